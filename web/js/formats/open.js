/*
 * Format plug-in interface (stable; dilemma.js, cards.js and spearheads.js follow it).
 *
 * A session's format id (snapshot.session.format) selects the module
 * /js/formats/<formatId>.js, loaded with dynamic import(). When the file does not exist
 * the client runs without it: the shared building blocks (tables, envelopes, timer,
 * flip-overs) work for every format.
 *
 *   export default {
 *     // Optional. UI strings of the format, merged into the i18n table under the prefix
 *     // "<formatId>." so ctx.t('dilemma.choose') finds strings.nl.choose / strings.en.choose.
 *     strings: { nl: { key: '…' }, en: { key: '…' } },
 *
 *     // Applies one format event (its name starts with "<formatId>.") to the state. The
 *     // format's own snapshot part is state.format (as the server sent it); change it in
 *     // place or replace it. Return true when something changed (the views then re-render).
 *     reduce(state, event, data) → boolean,
 *
 *     // Each returns a DOM Node shown above the flip-over in that view, or null for
 *     // nothing. They are called again on every state change and language switch: build a
 *     // fresh node each time (keep any typing in inputs you create outside that call or
 *     // in module variables). Never put user-typed text into innerHTML.
 *     participantPanel(state, ctx) → Node | null,
 *     facilitatorPanel(state, ctx) → Node | null,
 *     projectorPanel(state, ctx) → Node | null,
 *
 *     // Optional. On the start page: a panel for the format's own choices when creating a
 *     // session. `setup` is GET /api/formats/<id>/setup?pack=… (what the pack offers, from
 *     // the server's Format.setup); options() returns the `options` object sent with
 *     // POST /api/sessions. ctx here is {t, text, lang} (no send, no me).
 *     setupPanel(setup, ctx) → { node: Node, options: () → object } | null,
 *   }
 *
 *   ctx = {
 *     send(type, fields) → Promise   // a command, e.g. send('dilemma.choose', {option: 'a'});
 *                                    // resolves on ack, rejects with an Error whose
 *                                    // .message is already translated and .code is the
 *                                    // protocol's error code. Queued while offline.
 *     t(key, params) → string        // a UI string in the chosen language
 *     text({nl, en}) → string        // a content text: en when English is chosen and present
 *     lang                           // 'nl' or 'en'
 *     me                             // welcome.you: {role: 'participant'|'facilitator'|
 *                                    //   'projector', participant?, name?, label?}
 *     now() → number                 // the server's clock (epoch ms), for countdowns of the
 *                                    // format's own deadlines (see /js/timer.js createTimer)
 *   }
 *
 * state is the client's view of the snapshot (see docs/PROTOCOL.md), kept current by the
 * core: state.session, participants, tables, envelopes, role, roleSet, agenda, timer,
 * boards, spotlight, format. Treat everything except state.format as read-only.
 * Modules may import the helpers in /js/dom.js (h, replace, …) to build nodes.
 *
 * The open format has no rules or views of its own: this is the trivial implementation.
 */
export default {
  strings: { nl: {}, en: {} },

  reduce(state, event, data) {
    return false;
  },

  participantPanel(state, ctx) {
    return null;
  },

  facilitatorPanel(state, ctx) {
    return null;
  },

  projectorPanel(state, ctx) {
    return null;
  },
};

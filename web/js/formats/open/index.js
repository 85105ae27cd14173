/*
 * Format plug-in interface (stable; every format's folder follows it).
 *
 * A session's format id (snapshot.session.format) selects the module
 * /js/formats/<formatId>/index.js, loaded with dynamic import(). When the file does not exist
 * the client runs without it: the shared building blocks (tables, envelopes, timer,
 * flip-overs) work for every format.
 *
 *   export default {
 *     // Optional. UI strings of the format, merged into the i18n table under the prefix
 *     // "<formatId>." so ctx.t('dilemma.choose') finds strings.nl.choose / strings.en.choose.
 *     // 'setup.<option>' names a set-up option: the content library lists a template's
 *     // options by these names.
 *     strings: { nl: { key: '…' }, en: { key: '…' } },

     // Optional. The console's "Exporteren" card offers the full report (PDF, Markdown, JSON)
     // and the print view for every format; exportCsv names the format's own CSV export (e.g.
     // 'dilemma.csv'), and ownExports: true leaves the card out for a format that draws its own.
     exportCsv: string, ownExports: boolean,

     // Optional. Which shared blocks the format plays with, now: {tables, roles} (booleans;
     // by default tables, and roles when the session has a role set). The console hides the
     // table controls or the envelope buttons a format does not use; phones then do not wait
     // for tables that never come.
     uses(state) → { tables: boolean, roles: boolean },

     // Optional. 'title': the phone's tab of the session's plenary board shows that board's
     // own title (the spearheads' "Parkeerplaats") instead of "Plenair".
     plenaryTab: 'title',
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
 *     // Optional. The flip-over that matters now, e.g. the current topic's board: a board id
 *     // (the participant's and facilitator's tab switches to it once when it changes, the
 *     // projector shows it instead of the plenary board), null for the view's own choice, or
 *     // false for no flip-over on the projector. view: 'participant'|'facilitator'|'projector'.
 *     focusBoard(state, view, ctx) → string | null | false,
 *
 *     // Optional. On the start page and in the content library's template maker: a panel for
 *     // the format's own choices when creating a session. `setup` is
 *     // GET /api/formats/<id>/setup?pack=… (what the pack offers, from the server's
 *     // Format.setup); options() returns the `options` object sent with POST /api/sessions
 *     // (and kept in a template). ctx here is {t, text, lang, options}: no send, no me;
 *     // ctx.options, when present, are choices made before (a template being adapted, or the
 *     // panel rebuilt after a language switch) to start from instead of the defaults.
 *     setupPanel(setup, ctx) → { node: Node, options: () → object } | null,
 *
 *     // Optional. Which set-up option holds the lengths of the steps ({<step>: length}), so the
 *     // content library lists a template's timings by step title and in minutes rather than as
 *     // "intro 180": unit is 'seconds' or 'minutes'; titles(setup) returns {<step>: {nl, en}} from
 *     // the same `setup` as setupPanel's (steps it leaves out are named by their id).
 *     stepTimes: { option: string, unit: 'seconds'|'minutes', titles(setup) → object },
 *
 *     // Optional. In the content library (/bibliotheek): an item of one of the pack sections
 *     // this format reads (section is the pack's key, e.g. 'dilemmas'; item is one element of
 *     // that list, its texts {nl, en}), shown as participants will see it. Return null for a
 *     // section that is not the format's own: the library then asks the other formats, and
 *     // finally shows the item's texts with their field names. ctx is {t, text, lang, pack}:
 *     // pack is the content the item belongs to (merged with its base), for what the item
 *     // names by id (a dilemma's theme, say).
 *     preview(section, item, ctx) → Node | null,
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
 *                                    // format's own deadlines (kit.countdown, /js/timer.js)
 *     kit                            // the plug-in kit, /js/formats/kit.js: stylesheet(name),
 *                                    // keepFocus(build, {attr, within}), toast(message, kind),
 *                                    // countdown(key, {size, clock, testid, className})
 *   }
 *
 * state is the client's view of the snapshot (see docs/PROTOCOL.md), kept current by the
 * core: state.session, participants, tables, envelopes, role, roleSet, agenda, timer,
 * boards, spotlight, format. Treat everything except state.format as read-only.
 * Modules may import the helpers in /js/dom.js (h, replace, …) to build nodes, and the kit
 * from /js/formats/kit.js directly where there is no ctx yet (stylesheet('<formatId>') when
 * the module loads).
 *
 * A format with views of its own is one folder beside its entry file, as cards/, dilemma/ and
 * spearheads/ are: <formatId>.js (the object above: strings, reduce, the panels), and in
 * <formatId>/ strings.js, parts.js (what the views share), phone.js (participantPanel),
 * console.js (facilitatorPanel), projector.js (projectorPanel) and setup.js (setupPanel);
 * its CSS is /css/formats/<formatId>.css.
 *
 * The open format has no rules or views of its own: this is the trivial implementation, plus
 * the set-up of its timing and group size.
 */
import { h } from '../../dom.js';

// The choices of OpenFormat.plan on the server, with its defaults and limits.
const CHOICES = [
  { name: 'minutes', fallback: 15, min: 1, max: 120 },
  { name: 'maxTableSize', fallback: 5, min: 2, max: 12 },
  { name: 'dots', fallback: 3, min: 1, max: 10 },
];

export default {
  strings: {
    nl: {
      'setup.heading': 'Tijd en groepen',
      'setup.minutes': 'Gesprek aan tafel (minuten)',
      'setup.maxTableSize': 'Hoogstens mensen per tafel',
      'setup.dots': 'Stippen per persoon',
      'setup.help': 'Stippen zet je op de flip-overs om te kiezen. Welkom (5 min) en plenair delen (10 min) staan vast; de begeleider kan elke stap verlengen.',
    },
    en: {
      'setup.heading': 'Time and groups',
      'setup.minutes': 'Talking at the tables (minutes)',
      'setup.maxTableSize': 'At most people per table',
      'setup.dots': 'Dots per person',
      'setup.help': 'Dots are put on the flip-overs to choose. Welcome (5 min) and sharing in plenary (10 min) are fixed; the facilitator can extend any step.',
    },
  },

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

  setupPanel(setup, ctx) {
    const given = (ctx && ctx.options) || {};
    const defaults = (setup && setup.defaults) || {};
    const limits = (setup && setup.limits) || {};
    const inputs = CHOICES.map((choice) => {
      // The server's limits win; the ones above are for a server that sends none.
      const c = { ...choice, ...(limits[choice.name] || {}) };
      const start = Number.isInteger(given[c.name]) ? given[c.name]
        : Number.isInteger(defaults[c.name]) ? defaults[c.name] : c.fallback;
      const id = `setup-open-${c.name}`;
      const input = h('input', {
        id, type: 'number', class: 'input input--narrow', testid: `setup-${c.name}`, value: String(start),
        attrs: { min: String(c.min), max: String(c.max), step: '1', inputmode: 'numeric' },
      });
      return { c, input, field: h('div', { class: 'field' }, h('label', { class: 'field__label', htmlFor: id, text: ctx.t(`open.setup.${c.name}`) }), input) };
    });
    const node = h('fieldset', { class: 'setup setup--open' },
      h('legend', { class: 'field__label', text: ctx.t('open.setup.heading') }),
      h('div', { class: 'field-row' }, inputs.map((i) => i.field)),
      h('p', { class: 'field__help', text: ctx.t('open.setup.help') }));
    return {
      node,
      options() {
        const out = {};
        for (const { c, input } of inputs) {
          const n = Math.round(Number(input.value));
          out[c.name] = Number.isFinite(n) ? Math.min(c.max, Math.max(c.min, n)) : c.fallback;
        }
        return out;
      },
    };
  },
};

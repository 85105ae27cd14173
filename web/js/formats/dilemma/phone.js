// The dilemma game on a participant's phone: the rule, the round's dilemma, then per step:
// pick a perspective, pick values, make a choice, agree the leading values, see the roles.

import { h } from '../../dom.js';
import { currentStep, tableOf, labelOf, roleById, table as findTable } from '../../state.js';
import { SIDES, game, entriesOf, valueTitle, sideText, sideTag, leadingNotes, t, field, ruleCard, ruleStrip, howItGoes, dilemmaCard } from './parts.js';
import { resultsView } from './results.js';
import { keepFocus } from '../kit.js';

const NUDGE_SHOWN_MS = 90000;

// --- the participant's drafts (kept across renders) ----------------------------------------

const draft = {
  round: 0,
  values: [],
  other: [],
  note: '',
  choice: null,
  reason: '',
  dirtyValues: false,
  dirtyChoice: false,
  // Every local change counts up; an acknowledgement only clears "dirty" when nothing changed since its send.
  valuesGen: 0,
  choiceGen: 0,
  explain: null,
  message: null,
  status: null,
};
const noteInput = field('textarea', 'note', { class: 'dlm-input dlm-note', rows: 2, testid: 'dilemma-note', attrs: { maxlength: '200' } });
const otherInput = field('input', 'other', { type: 'text', class: 'dlm-input', testid: 'dilemma-other-input', attrs: { maxlength: '40' } });
const reasonInput = field('input', 'reason', { type: 'text', class: 'dlm-input', testid: 'dilemma-reason', attrs: { maxlength: '120' } });
const leadInput = field('input', 'lead', { type: 'text', class: 'dlm-input', testid: 'dilemma-lead-input', attrs: { maxlength: '40' } });
let otherOpen = false;
let nudgeSeen = 0;

// What is typed goes to the server after a pause, or when the field is left: a command waits
// in the connection's outbox (kept on the phone) until it is acknowledged, so a sleeping
// phone or a reload loses nothing. The buttons only say it once more.
const TYPING_PAUSE_MS = 1500;
let lastCtx = null;
let noteTimer = null;
let reasonTimer = null;

noteInput.addEventListener('input', () => {
  draft.note = noteInput.value;
  draft.dirtyValues = true;
  draft.valuesGen++;
  clearTimeout(noteTimer);
  noteTimer = setTimeout(() => lastCtx && sendValues(lastCtx), TYPING_PAUSE_MS);
});
noteInput.addEventListener('change', () => {
  clearTimeout(noteTimer);
  if (lastCtx) sendValues(lastCtx);
});
reasonInput.addEventListener('input', () => {
  draft.reason = reasonInput.value;
  draft.dirtyChoice = true;
  draft.choiceGen++;
  clearTimeout(reasonTimer);
  if (draft.choice) reasonTimer = setTimeout(() => lastCtx && sendChoice(lastCtx), TYPING_PAUSE_MS);
});
reasonInput.addEventListener('change', () => {
  clearTimeout(reasonTimer);
  if (lastCtx && draft.choice) sendChoice(lastCtx);
});

/** Takes the server's entry as the draft, unless something typed here waits to be saved. */
function syncDraft(f, round, mine) {
  if (draft.round !== round) {
    Object.assign(draft, {
      round, values: [], other: [], note: '', choice: null, reason: '', dirtyValues: false, dirtyChoice: false,
      explain: null, message: null, status: null,
    });
    noteInput.value = '';
    reasonInput.value = '';
    otherInput.value = '';
    leadInput.value = '';
    otherOpen = false;
  }
  // What someone is typing right now is never overwritten.
  if (mine && !draft.dirtyValues) {
    draft.values = [...mine.values];
    draft.other = [...mine.other];
    if (document.activeElement !== noteInput) {
      draft.note = mine.note || '';
      noteInput.value = draft.note;
    }
  }
  if (mine && !draft.dirtyChoice) {
    draft.choice = mine.choice;
    if (document.activeElement !== reasonInput) {
      draft.reason = mine.reason || '';
      reasonInput.value = draft.reason;
    }
  }
}

function sendValues(ctx) {
  clearTimeout(noteTimer);
  draft.note = noteInput.value;
  const gen = ++draft.valuesGen;
  draft.dirtyValues = true;
  draft.status = 'saving';
  const fields = { values: draft.values, other: draft.other };
  if (draft.note.trim()) fields.note = draft.note.trim();
  ctx.send('dilemma.values', fields).then(() => {
    if (draft.valuesGen === gen) draft.dirtyValues = false;
    draft.status = 'saved';
  }).catch((e) => {
    if (draft.valuesGen === gen) draft.dirtyValues = false;
    draft.status = null;
    draft.message = e.message;
  });
}

function sendChoice(ctx) {
  clearTimeout(reasonTimer);
  if (!draft.choice) return;
  draft.reason = reasonInput.value;
  const gen = ++draft.choiceGen;
  draft.dirtyChoice = true;
  const fields = { choice: draft.choice };
  if (draft.reason.trim()) fields.reason = draft.reason.trim();
  ctx.send('dilemma.choose', fields).then(() => {
    if (draft.choiceGen === gen) draft.dirtyChoice = false;
  }).catch((e) => {
    if (draft.choiceGen === gen) draft.dirtyChoice = false;
    draft.message = e.message;
  });
}

function nudgeBanner(f, ctx) {
  const n = f.nudge;
  if (!n || Date.now() - n.at > NUDGE_SHOWN_MS || n.at <= nudgeSeen) return null;
  const key = ['draw', 'share', 'choose', 'lead', 'reveal'].includes(n.step) ? `nudge_${n.step}` : 'nudge_other';
  const banner = h('div', { class: 'dlm-nudge', testid: 'dilemma-nudge', attrs: { role: 'alert' } },
    h('strong', { class: 'dlm-nudge__title', text: t(ctx, 'nudgeTitle') }),
    h('span', { text: t(ctx, key) }),
    h('button', {
      type: 'button', class: 'dlm-nudge__close', text: '×', attrs: { 'aria-label': t(ctx, 'dismiss') },
      on: { click: () => { nudgeSeen = n.at; banner.remove(); } },
    }));
  return banner;
}

// --- the phone ------------------------------------------------------------------------------

function valuesSection(f, ctx) {
  const max = (f.limits && f.limits.values) || 5;
  const chosen = draft.values.length + draft.other.length;
  const chips = (f.values || []).flatMap((v) => {
    const on = draft.values.includes(v.id);
    const chip = h('button', {
      type: 'button',
      class: ['dlm-chip', on && 'is-on'],
      testid: 'dilemma-value',
      data: { value: v.id },
      attrs: { role: 'checkbox', 'aria-checked': on ? 'true' : 'false', 'data-dlm-focus': `value-${v.id}` },
      text: ctx.text(v.title),
      on: {
        click: () => {
          draft.explain = v.id;
          draft.message = null;
          if (on) draft.values = draft.values.filter((x) => x !== v.id);
          else if (chosen >= max) {
            draft.message = t(ctx, 'valuesMax', { n: max });
            rerender(ctx);
            return;
          } else draft.values = [...draft.values, v.id];
          sendValues(ctx);
          rerender(ctx);
        },
      },
    });
    // The one-line explanation of the value just tapped, right under it.
    return draft.explain === v.id
      ? [chip, h('p', { class: 'dlm-explain', testid: 'dilemma-explain', attrs: { 'aria-live': 'polite' } },
        h('strong', { text: `${ctx.text(v.title)}: ` }), ctx.text(v.explanation))]
      : [chip];
  });
  const own = draft.other.map((words) => h('span', { class: 'dlm-chip is-on dlm-chip--own', testid: 'dilemma-own-value' },
    h('span', { text: words }),
    h('button', {
      type: 'button', class: 'dlm-chip__x', text: '×', attrs: { 'aria-label': t(ctx, 'removeValue', { value: words }) },
      on: {
        click: () => {
          draft.other = draft.other.filter((x) => x !== words);
          sendValues(ctx);
          rerender(ctx);
        },
      },
    })));
  const otherChip = h('button', {
    type: 'button', class: ['dlm-chip', 'dlm-chip--other', otherOpen && 'is-open'], testid: 'dilemma-other',
    attrs: { 'aria-expanded': otherOpen ? 'true' : 'false' }, text: t(ctx, 'other'),
    on: {
      click: () => {
        otherOpen = !otherOpen;
        rerender(ctx);
        if (otherOpen) queueMicrotask(() => otherInput.focus());
      },
    },
  });
  const addOther = () => {
    const words = otherInput.value.trim();
    if (!words) return;
    if (chosen >= max) {
      draft.message = t(ctx, 'valuesMax', { n: max });
      rerender(ctx);
      return;
    }
    const listed = (f.values || []).find((v) => [v.title.nl, v.title.en].some((x) => x && x.toLowerCase() === words.toLowerCase()));
    if (listed) {
      if (!draft.values.includes(listed.id)) draft.values = [...draft.values, listed.id];
    } else if (!draft.other.some((x) => x.toLowerCase() === words.toLowerCase())) {
      draft.other = [...draft.other, words];
    }
    otherInput.value = '';
    otherOpen = false;
    sendValues(ctx);
    rerender(ctx);
  };
  otherInput.onkeydown = (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      addOther();
    }
  };
  const status = draft.status === 'saving' ? t(ctx, 'saving') : draft.status === 'saved' ? t(ctx, 'saved') : '';
  return h('section', { class: 'dlm-block', testid: 'dilemma-values' },
    h('h3', { class: 'dlm-block__title', text: t(ctx, 'valuesHeading') }),
    h('p', { class: 'dlm-help', text: t(ctx, 'valuesHelp', { n: max }) }),
    h('div', { class: 'dlm-chips', attrs: { role: 'group', 'aria-label': t(ctx, 'valuesHeading') } }, chips, own, otherChip),
    otherOpen ? h('div', { class: 'dlm-row' },
      h('label', { class: 'sr-only', htmlFor: 'dlm-other', text: t(ctx, 'otherLabel') }),
      Object.assign(otherInput, { id: 'dlm-other', placeholder: t(ctx, 'otherLabel') }),
      h('button', { type: 'button', class: 'btn btn--small', testid: 'dilemma-other-add', text: t(ctx, 'otherAdd'), on: { click: addOther } })) : null,
    h('p', { class: 'dlm-count', text: `${t(ctx, 'valuesCount', { x: chosen, n: max })}${status ? ` · ${status}` : ''}` }),
    draft.message ? h('p', { class: 'dlm-error', attrs: { role: 'alert' }, text: draft.message }) : null,
    h('label', { class: 'dlm-label', htmlFor: 'dlm-note', text: t(ctx, 'noteLabel') }),
    Object.assign(noteInput, { id: 'dlm-note' }),
    h('button', {
      type: 'button', class: 'btn btn--small btn--light', testid: 'dilemma-note-save', text: t(ctx, 'save'),
      on: { click: () => { sendValues(ctx); rerender(ctx); } },
    }));
}

function chooseSection(f, round, ctx) {
  const buttons = SIDES.map((side) => h('button', {
    type: 'button',
    class: ['dlm-choice', `dlm-choice--${side}`, draft.choice === side && 'is-on'],
    testid: `dilemma-choice-${side}`,
    attrs: { 'aria-pressed': draft.choice === side ? 'true' : 'false', 'data-dlm-focus': `choice-${side}` },
    on: {
      click: () => {
        draft.choice = side;
        draft.message = null;
        sendChoice(ctx);
        rerender(ctx);
      },
    },
  },
  h('span', { class: 'dlm-choice__tag', text: sideTag(side) }),
  h('span', { class: 'dlm-choice__text', text: sideText(f, round, side, ctx) })));
  return h('section', { class: 'dlm-block', testid: 'dilemma-choose' },
    h('h3', { class: 'dlm-block__title', text: t(ctx, 'chooseHeading') }),
    h('p', { class: 'dlm-help', text: t(ctx, 'chooseHelp') }),
    h('div', { class: 'dlm-choices-pick' }, buttons),
    h('label', { class: 'dlm-label', htmlFor: 'dlm-reason', text: t(ctx, 'reasonLabel') }),
    h('div', { class: 'dlm-row' },
      Object.assign(reasonInput, { id: 'dlm-reason' }),
      h('button', {
        type: 'button', class: 'btn btn--small btn--light', testid: 'dilemma-reason-save', text: t(ctx, 'save'),
        disabled: !draft.choice, on: { click: () => sendChoice(ctx) },
      })),
    draft.message ? h('p', { class: 'dlm-error', attrs: { role: 'alert' }, text: draft.message }) : null,
    h('p', { class: 'dlm-help' }, h('strong', { text: `${t(ctx, 'yourValues')}: ` }),
      [...draft.values.map((id) => valueTitle(f, id, ctx)), ...draft.other].join(', ') || t(ctx, 'nothingYet')));
}

function leadSection(f, state, round, myTable, ctx) {
  const counts = new Map();
  for (const e of entriesOf(f, round, myTable)) {
    for (const id of e.values) counts.set(id, { label: valueTitle(f, id, ctx), value: id, n: (counts.get(id)?.n || 0) + 1 });
    for (const words of e.other) {
      const key = `text:${words.toLowerCase()}`;
      counts.set(key, { label: words, text: words, n: (counts.get(key)?.n || 0) + 1 });
    }
  }
  const notes = leadingNotes(state, myTable, round);
  const noteFor = (item) => notes.find((n) => {
    const title = item.value ? (f.values.find((v) => v.id === item.value) || {}).title : null;
    const words = n.text.trim().toLowerCase();
    return title ? [title.nl, title.en].some((x) => x && x.toLowerCase() === words) : words === item.label.toLowerCase();
  });
  const fail = (e) => { draft.message = e.message; rerender(ctx); };
  const named = [...counts.values()].sort((a, b) => b.n - a.n || a.label.localeCompare(b.label)).map((item) => {
    const note = noteFor(item);
    return h('button', {
      type: 'button', class: ['dlm-chip', note && 'is-on'], testid: 'dilemma-lead-value',
      attrs: { 'aria-pressed': note ? 'true' : 'false', 'data-dlm-focus': `lead-${item.value || item.label}` },
      on: {
        click: () => {
          draft.message = null;
          if (note) ctx.send('dilemma.unlead', { note: note.id }).catch(fail);
          else ctx.send('dilemma.lead', item.value ? { value: item.value } : { text: item.text }).catch(fail);
        },
      },
    }, h('span', { text: item.label }), h('span', { class: 'dlm-chip__n', text: t(ctx, 'timesNamed', { n: item.n }) }));
  });
  const addOwn = () => {
    const words = leadInput.value.trim();
    if (!words) return;
    leadInput.value = '';
    ctx.send('dilemma.lead', { text: words }).catch(fail);
  };
  leadInput.onkeydown = (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      addOwn();
    }
  };
  return h('section', { class: 'dlm-block', testid: 'dilemma-lead' },
    h('h3', { class: 'dlm-block__title', text: t(ctx, 'leadHeading') }),
    h('p', { class: 'dlm-help', text: t(ctx, 'leadHelp') }),
    h('h4', { class: 'dlm-sub2', text: t(ctx, 'namedAtTable') }),
    named.length ? h('div', { class: 'dlm-chips' }, named) : h('p', { class: 'dlm-muted', text: t(ctx, 'nobodyYet') }),
    h('h4', { class: 'dlm-sub2', text: t(ctx, 'onFlipover') }),
    notes.length
      ? h('ul', { class: 'dlm-onboard', testid: 'dilemma-leading-list' }, notes.map((n) => h('li', { class: 'dlm-pill dlm-pill--lead' },
        h('span', { text: n.text }),
        h('button', {
          type: 'button', class: 'dlm-chip__x', text: '×', attrs: { 'aria-label': t(ctx, 'removeValue', { value: n.text }) },
          on: { click: () => ctx.send('dilemma.unlead', { note: n.id }).catch(fail) },
        }))))
      : h('p', { class: 'dlm-muted', text: t(ctx, 'noneOnFlipover') }),
    h('label', { class: 'dlm-label', htmlFor: 'dlm-lead', text: t(ctx, 'leadOwn') }),
    h('div', { class: 'dlm-row' },
      Object.assign(leadInput, { id: 'dlm-lead' }),
      h('button', { type: 'button', class: 'btn btn--small', testid: 'dilemma-lead-add', text: t(ctx, 'leadAdd'), on: { click: addOwn } })),
    draft.message ? h('p', { class: 'dlm-error', attrs: { role: 'alert' }, text: draft.message }) : null);
}

/**
 * Where people choose their perspective: the role set's roles, the ones taken at my table
 * marked with who took them, and the core perspectives first (the server checks the same).
 */
let pickMessage = null;
function pickSection(state, myTable, me, ctx) {
  const set = state.roleSet;
  const table = findTable(state, myTable);
  if (!set || !table) return null;
  const env = state.envelopes[myTable] || {};
  const held = env.roles || {};
  const mine = held[me] || null;
  const takenBy = {};
  for (const [pid, role] of Object.entries(held)) if (pid !== me) takenBy[role] = pid;
  const core = set.core || [];
  const free = set.roles.map((r) => r.id).filter((id) => !takenBy[id]);
  const extrasTaken = Object.values(takenBy).filter((id) => !core.includes(id)).length;
  const extrasOpen = Math.max(0, (table.seats || []).length - core.length);
  const allowed = free.filter((id) => core.includes(id) || extrasTaken < extrasOpen);
  const coreTitles = core.map((id) => roleById(state, id)).filter(Boolean).map((r) => ctx.text(r.title));
  const buttons = set.roles.map((r) => {
    const by = takenBy[r.id];
    const isMine = r.id === mine;
    const open = isMine || (allowed.includes(r.id) || (!allowed.length && !by));
    const note = isMine ? t(ctx, 'pickYours') : by ? t(ctx, 'pickTaken', { name: labelOf(state, by) }) : open ? '' : t(ctx, 'pickLater');
    return h('button', {
      type: 'button', class: ['dlm-pick', isMine && 'is-on'], testid: 'dilemma-pick', data: { role: r.id },
      disabled: !open, attrs: { 'aria-pressed': isMine ? 'true' : 'false' },
      on: {
        click: () => {
          pickMessage = null;
          ctx.send('dilemma.pick', { role: r.id }).catch((e) => { pickMessage = e.message; rerender(); });
        },
      },
    },
    h('strong', { class: 'dlm-pick__title', text: ctx.text(r.title) }),
    note ? h('span', { class: 'dlm-pick__note', text: note }) : null);
  });
  return h('section', { class: 'dlm-block', testid: 'dilemma-picks' },
    h('h3', { class: 'dlm-block__title', text: t(ctx, 'pickHeading') }),
    coreTitles.length ? h('p', { class: 'dlm-help', text: t(ctx, 'pickHelp', { list: coreTitles.join(', ') }) }) : null,
    h('div', { class: 'dlm-picks' }, buttons),
    pickMessage ? h('p', { class: 'dlm-error', attrs: { role: 'alert' }, text: pickMessage }) : null);
}

/** Who at my table named what and chose what (they say it aloud anyway); roles once the table may see them. */
function tableSection(f, state, round, myTable, me, ctx, { withRoles = false, heading = null } = {}) {
  const table = findTable(state, myTable);
  if (!table) return null;
  const env = state.envelopes[myTable];
  const roles = withRoles && env && env.revealed ? env.roles || {} : {};
  const entries = entriesOf(f, round, myTable);
  const rows = (table.seats || []).map((pid) => {
    const e = entries.find((x) => x.participant === pid);
    const role = roles[pid] ? roleById(state, roles[pid]) : null;
    const values = e ? [...e.values.map((id) => valueTitle(f, id, ctx)), ...e.other] : [];
    return h('li', { class: ['dlm-mate', pid === me && 'is-me'], testid: 'dilemma-mate' },
      h('div', { class: 'dlm-mate__head' },
        h('strong', { class: 'dlm-mate__name', text: pid === me ? `${labelOf(state, pid)} (${t(ctx, 'you')})` : labelOf(state, pid) }),
        role ? h('span', { class: 'tag tag--role', testid: 'dilemma-mate-role', text: ctx.text(role.title) }) : null,
        e && e.choice
          ? h('span', { class: `dlm-badge dlm-badge--${e.choice}`, title: sideText(f, round, e.choice, ctx), text: sideTag(e.choice) })
          : null),
      values.length ? h('div', { class: 'dlm-mate__values' }, values.map((v) => h('span', { class: 'dlm-pill', text: v }))) : null,
      e && e.note ? h('p', { class: 'dlm-mate__note', text: e.note }) : null,
      e && e.reason ? h('p', { class: 'dlm-mate__reason', text: `${sideText(f, round, e.choice, ctx)} — ${e.reason}` }) : null);
  });
  return h('section', { class: 'dlm-block', testid: 'dilemma-table' },
    h('h3', { class: 'dlm-block__title', text: heading || t(ctx, 'atYourTable') }),
    withRoles && !(env && env.revealed) ? h('p', { class: 'dlm-muted', text: t(ctx, 'revealWait') }) : null,
    h('ul', { class: 'dlm-mates' }, rows));
}

let lastRender = null;
let rerenderQueued = false;

/**
 * The views draw again on every change of the state; a change only this phone knows about
 * (the "other…" field opened, a hint) redraws the panel in place from the last state.
 */
function rerender() {
  if (rerenderQueued) return;
  rerenderQueued = true;
  requestAnimationFrame(() => {
    rerenderQueued = false;
    const root = document.querySelector('[data-dlm-root]');
    if (root && lastRender) root.replaceWith(lastRender());
  });
}

export function participantPanel(state, ctx) {
  const f = game(state);
  if (!f) return null;
  lastCtx = ctx;
  const build = () => keepFocus(() => participantNode(state, f, ctx), { attr: 'data-dlm-focus' });
  lastRender = build;
  return build();
}

function participantNode(state, f, ctx) {
  const step = currentStep(state);
  const me = ctx.me && ctx.me.participant;
  const myTable = me ? (tableOf(state, me) || {}).id : null;
  const parts = [nudgeBanner(f, ctx)];
  if (!step || step.kind === 'intro' || (step.round === 0 && step.kind !== 'plenary')) {
    parts.push(ruleCard(f, ctx, true), howItGoes(state, ctx));
  } else if (step.kind === 'plenary') {
    parts.push(ruleStrip(f, ctx),
      h('h2', { class: 'dlm-heading', text: t(ctx, 'plenaryHeading') }),
      f.plenaryOpened ? resultsView(f, state, ctx, { limit: 10 }) : h('p', { class: 'dlm-muted', text: t(ctx, 'plenaryWait') }));
  } else {
    const round = step.round;
    const mine = (f.entries || []).find((e) => e.round === round && e.participant === me) || null;
    syncDraft(f, round, mine);
    parts.push(ruleStrip(f, ctx));
    // While choosing, the sides are the choice buttons below.
    parts.push(dilemmaCard(f, round, ctx, { compact: !['draw', 'share'].includes(step.kind), withSides: step.kind !== 'choose' }));
    const mode = f.roleMode || 'secret';
    const env = myTable ? state.envelopes[myTable] : null;
    const unpicked = mode === 'choose' && myTable && !(env && env.roles && env.roles[me]);
    if (step.kind === 'draw') {
      parts.push(h('p', { class: 'dlm-pointer', testid: 'dilemma-draw-hint', text: `${mode === 'choose' ? '↓' : '↑'} ${t(ctx, `drawHint_${mode}`)}` }));
    }
    // People who choose pick in the draw step; a latecomer without a perspective picks in any step.
    if (mode === 'choose' && myTable && (step.kind === 'draw' || unpicked)) parts.push(pickSection(state, myTable, me, ctx));
    if (step.kind === 'share') parts.push(valuesSection(f, ctx));
    if (step.kind === 'choose') parts.push(chooseSection(f, round, ctx));
    if (step.kind === 'lead' && myTable) parts.push(leadSection(f, state, round, myTable, ctx));
    // Unless roles are secret the table knows who speaks from which perspective.
    if (['share', 'choose', 'lead'].includes(step.kind) && myTable) {
      parts.push(tableSection(f, state, round, myTable, me, ctx, { withRoles: mode !== 'secret' }));
    }
    if (step.kind === 'reveal' && myTable) {
      parts.push(tableSection(f, state, round, myTable, me, ctx, { withRoles: true, heading: t(ctx, 'revealHeading') }));
      const notes = leadingNotes(state, myTable, round);
      if (notes.length) {
        parts.push(h('section', { class: 'dlm-block' },
          h('h3', { class: 'dlm-block__title', text: t(ctx, 'onFlipover') }),
          h('div', { class: 'dlm-chips' }, notes.map((n) => h('span', { class: 'dlm-pill dlm-pill--lead', text: n.text })))));
      }
    }
  }
  return h('div', { class: 'dlm dlm--phone', data: { dlmRoot: '1' }, testid: 'dilemma-panel' }, parts);
}

// The team's action list: the editor, the list, the notes to make actions of, the summary and
// who may make actions.

import { h } from '../../dom.js';
import { tr, trn, fmt, stepNow, spearheadOf, whenLabel, spearheadBoards, act } from './parts.js';

const ACTION_STATUSES = ['open', 'in_progress', 'done'];

// The form's typing lives here, so a re-render never loses it.
export let draft = emptyDraft();

export function emptyDraft(spearhead) {
  return { id: null, spearhead: spearhead || '', what: '', who: '', whoText: '', other: false, whenKind: '', date: '', week: '', firstStep: '', status: 'open', board: null, note: null };
}

export function draftFrom(action) {
  const week = /^\d{4}-W\d{2}$/.test(action.when || '');
  return {
    id: action.id,
    spearhead: action.spearhead,
    what: action.what,
    who: action.who || '',
    whoText: action.whoText || '',
    other: !action.who && !!action.whoText,
    whenKind: action.when ? (week ? 'week' : 'date') : '',
    date: action.when && !week ? action.when : '',
    week: week ? action.when : '',
    firstStep: action.firstStep || '',
    status: action.status || 'open',
    board: null,
    note: null,
  };
}

export function currentSpearhead(state) {
  const step = stepNow(state);
  return step && step.kind === 'spearhead' ? step.id : null;
}

export function actionEditor(state, ctx) {
  const f = fmt(state);
  if (!draft.spearhead) draft.spearhead = currentSpearhead(state) || f.plan.order[0];
  const number = draft.id ? f.actions.findIndex((a) => a.id === draft.id) + 1 : 0;
  if (draft.id && number === 0) draft = emptyDraft(currentSpearhead(state));
  const bind = (key) => (e) => { draft[key] = e.target.value; };
  const field = (labelKey, control, help) => h('label', { class: 'sp-field' },
    h('span', { class: 'sp-field__label', text: tr(ctx, labelKey) }), control, help ? h('span', { class: 'sp-field__help', text: help }) : null);

  const spearheads = f.plan.spearheads.filter((s) => f.plan.order.includes(s.id) || s.id === draft.spearhead);
  const whoSelect = h('select', {
    class: 'select', testid: 'sp-who', attrs: { 'data-focus-key': 'ed-who' },
    on: {
      change: (e) => {
        const v = e.target.value;
        draft.other = v === '__other';
        draft.who = draft.other ? '' : v;
        if (!draft.other) draft.whoText = '';
        rerenderSoon();
      },
    },
  },
  h('option', { value: '', text: tr(ctx, 'whoNone'), selected: !draft.who && !draft.other }),
  state.participants.map((p) => h('option', { value: p.id, text: p.label, selected: draft.who === p.id })),
  h('option', { value: '__other', text: tr(ctx, 'whoOther'), selected: draft.other }));

  const whenKind = h('select', {
    class: 'select', testid: 'sp-when-kind', attrs: { 'data-focus-key': 'ed-when-kind' },
    on: { change: (e) => { draft.whenKind = e.target.value; rerenderSoon(); } },
  },
  h('option', { value: '', text: tr(ctx, 'whenNone'), selected: draft.whenKind === '' }),
  h('option', { value: 'date', text: tr(ctx, 'whenDate'), selected: draft.whenKind === 'date' }),
  h('option', { value: 'week', text: tr(ctx, 'whenWeek'), selected: draft.whenKind === 'week' }));
  const whenInput = draft.whenKind === 'date'
    ? h('input', { type: 'date', class: 'input', testid: 'sp-when-date', value: draft.date, attrs: { 'data-focus-key': 'ed-date', 'aria-label': tr(ctx, 'whenDate') }, on: { input: bind('date'), change: bind('date') } })
    : draft.whenKind === 'week'
      ? h('input', { type: 'week', class: 'input', testid: 'sp-when-week', value: draft.week, attrs: { 'data-focus-key': 'ed-week', 'aria-label': tr(ctx, 'whenWeek'), placeholder: '2026-W12' }, on: { input: bind('week'), change: bind('week') } })
      : null;

  const submit = (e) => {
    e.preventDefault();
    const fields = {
      spearhead: draft.spearhead,
      what: draft.what,
      firstStep: draft.firstStep,
      status: draft.status,
    };
    if (draft.who) fields.who = draft.who;
    if (draft.other && draft.whoText.trim()) fields.whoText = draft.whoText;
    if (draft.whenKind === 'date' && draft.date) fields.when = draft.date;
    if (draft.whenKind === 'week' && draft.week) fields.when = draft.week;
    let type = 'spearheads.action.add';
    if (draft.id) {
      type = 'spearheads.action.edit';
      fields.action = draft.id;
    } else if (draft.board && draft.note) {
      fields.board = draft.board;
      fields.note = draft.note;
    }
    act(ctx, type, fields).then(() => {
      draft = emptyDraft(currentSpearhead(state));
      rerenderSoon();
    }).catch(() => {});
  };

  const form = h('form', { class: 'sp-editor', testid: 'sp-action-form', on: { submit } },
    h('h3', { class: 'sp-sub', text: draft.id ? tr(ctx, 'editAction', { n: number }) : tr(ctx, 'newAction') }),
    field('what', h('textarea', {
      class: 'input sp-what', testid: 'sp-what', rows: 2, value: draft.what, attrs: { maxlength: '500', 'data-focus-key': 'ed-what', required: true },
      on: { input: bind('what') },
    }), tr(ctx, 'whatHelp')),
    h('div', { class: 'sp-editor__row' },
      field('spearhead', h('select', { class: 'select', testid: 'sp-spearhead', attrs: { 'data-focus-key': 'ed-sp' }, on: { change: bind('spearhead') } },
        spearheads.map((s) => h('option', { value: s.id, text: ctx.text(s.title), selected: s.id === draft.spearhead })))),
      field('who', whoSelect),
      draft.other ? field('whoText', h('input', {
        type: 'text', class: 'input', testid: 'sp-who-text', value: draft.whoText, attrs: { maxlength: '80', 'data-focus-key': 'ed-whotext' },
        on: { input: bind('whoText') },
      })) : null),
    h('div', { class: 'sp-editor__row' },
      field('when', h('span', { class: 'sp-when' }, whenKind, whenInput)),
      field('firstStep', h('input', {
        type: 'text', class: 'input', testid: 'sp-first-step', value: draft.firstStep, attrs: { maxlength: '200', 'data-focus-key': 'ed-first' },
        on: { input: bind('firstStep') },
      })),
      draft.id ? field('status', h('select', { class: 'select', testid: 'sp-status', attrs: { 'data-focus-key': 'ed-status' }, on: { change: bind('status') } },
        ACTION_STATUSES.map((st) => h('option', { value: st, text: tr(ctx, `status.${st}`), selected: st === draft.status })))) : null),
    h('div', { class: 'toolbar' },
      h('button', { type: 'submit', class: 'btn btn--primary', testid: 'sp-action-save', text: draft.id ? tr(ctx, 'save') : tr(ctx, 'add') }),
      (draft.id || draft.what) ? h('button', {
        type: 'button', class: 'btn btn--light', text: tr(ctx, 'cancel'),
        on: { click: () => { draft = emptyDraft(currentSpearhead(state)); rerenderSoon(); } },
      }) : null));
  editor = { node: form, state, ctx };
  return form;
}

// A change of the draft that alters the form's shape (who → "someone else", an action to edit)
// rebuilds the form in place; the views themselves re-render on changes of the session only.
export let editor = null; // {node, state, ctx} of the form last built
export function rerenderSoon() {
  if (!editor || !editor.node.isConnected) return;
  const old = editor.node;
  old.replaceWith(actionEditor(editor.state, editor.ctx));
}

export function actionItem(state, ctx, a, index, editable) {
  const f = fmt(state);
  const s = spearheadOf(state, a.spearhead);
  const meta = [a.whoLabel, whenLabel(a.when)].filter(Boolean).join(' · ');
  const row = h('li', { class: ['sp-action', `is-${a.status}`], testid: 'sp-action', data: { action: a.id } },
    h('span', { class: 'sp-action__num', text: String(index + 1) }),
    h('div', { class: 'sp-action__body' },
      h('p', { class: 'sp-action__what', testid: 'sp-action-what', text: a.what }),
      h('p', { class: 'sp-action__meta' },
        h('span', { class: 'sp-tag', text: s ? ctx.text(s.title) : a.spearhead }),
        meta ? h('span', { text: meta }) : null,
        a.carriedFrom ? h('span', { class: 'sp-tag sp-tag--carried', text: tr(ctx, 'carried') }) : null,
        h('span', { class: `sp-status sp-status--${a.status}`, text: tr(ctx, `status.${a.status}`) })),
      a.firstStep ? h('p', { class: 'sp-action__first' }, h('strong', { text: `${tr(ctx, 'firstStep')}: ` }), a.firstStep) : null));
  if (editable && !f.locked) {
    const confirmRemove = h('button', {
      type: 'button', class: 'btn btn--small btn--light btn--danger-text', text: tr(ctx, 'remove'),
      attrs: { 'data-focus-key': `rm-${a.id}` },
    });
    confirmRemove.addEventListener('click', () => {
      if (confirmRemove.dataset.armed) act(ctx, 'spearheads.action.remove', { action: a.id }).catch(() => {});
      else {
        confirmRemove.dataset.armed = '1';
        confirmRemove.textContent = tr(ctx, 'sure');
      }
    });
    row.append(h('div', { class: 'sp-action__tools' },
      h('button', {
        type: 'button', class: 'btn btn--small btn--light', text: '↑', disabled: index === 0,
        attrs: { 'aria-label': tr(ctx, 'up'), 'data-focus-key': `up-${a.id}` },
        on: { click: () => act(ctx, 'spearheads.action.move', { action: a.id, before: f.actions[index - 1].id }).catch(() => {}) },
      }),
      h('button', {
        type: 'button', class: 'btn btn--small btn--light', text: '↓', disabled: index === f.actions.length - 1,
        attrs: { 'aria-label': tr(ctx, 'down'), 'data-focus-key': `down-${a.id}` },
        on: {
          click: () => {
            const after = f.actions[index + 2];
            act(ctx, 'spearheads.action.move', after ? { action: a.id, before: after.id } : { action: a.id }).catch(() => {});
          },
        },
      }),
      h('button', {
        type: 'button', class: 'btn btn--small', testid: 'sp-action-edit', text: tr(ctx, 'edit'),
        attrs: { 'data-focus-key': `edit-${a.id}` },
        on: {
          click: () => {
            draft = draftFrom(a);
            rerenderSoon();
            queueMicrotask(() => document.querySelector('[data-testid="sp-what"]')?.focus());
          },
        },
      }),
      confirmRemove));
  }
  return row;
}

export function actionsCard(state, ctx, { editable = false } = {}) {
  const f = fmt(state);
  return h('section', { class: 'card sp sp-actions', testid: 'sp-actions' },
    h('h2', { class: 'card__title' }, tr(ctx, 'actions'), h('span', { class: 'count-badge', text: String(f.actions.length) })),
    f.locked ? h('p', { class: 'notice', testid: 'sp-locked', text: tr(ctx, 'locked') }) : null,
    f.actions.length
      ? h('ol', { class: 'sp-action-list' }, f.actions.map((a, i) => actionItem(state, ctx, a, i, editable)))
      : h('p', { class: 'muted', text: tr(ctx, 'noActions') }),
    editable && !f.locked ? actionEditor(state, ctx) : null);
}

/** The notes in the Actions column of the current spearhead, most dots first, each one click from an action. */
export function actionNotesCard(state, ctx, spearhead) {
  const f = fmt(state);
  const column = f.plan.columns[2].id;
  const notes = [];
  for (const b of spearheadBoards(state, spearhead)) {
    for (const n of b.notes) if (n.column === column) notes.push({ board: b.id, note: n });
  }
  notes.sort((x, y) => (y.note.votes || 0) - (x.note.votes || 0));
  const madeFrom = new Map(f.actions.map((a, i) => [a.sourceNote, i + 1]));
  return h('section', { class: 'card sp sp-notes', testid: 'sp-action-notes' },
    h('h2', { class: 'card__title', text: tr(ctx, 'fromNotes') }),
    notes.length ? h('p', { class: 'small muted', text: tr(ctx, 'fromNotesHelp') }) : h('p', { class: 'muted', text: tr(ctx, 'noActionNotes') }),
    h('ul', { class: 'sp-note-list' }, notes.map(({ board, note }) => h('li', { class: 'sp-note-item', data: { note: note.id } },
      h('span', { class: 'sp-note-item__text', text: note.text }),
      h('span', { class: 'sp-note-item__votes', text: trn(ctx, 'dots', note.votes || 0) }),
      madeFrom.has(note.id)
        ? h('span', { class: 'sp-tag', text: tr(ctx, 'isAction', { n: madeFrom.get(note.id) }) })
        : h('button', {
          type: 'button', class: 'btn btn--small', testid: 'sp-make-action', text: tr(ctx, 'makeAction'), disabled: f.locked,
          attrs: { 'data-focus-key': `make-${note.id}` },
          on: {
            click: () => {
              draft = { ...emptyDraft(spearhead), what: note.text, board, note: note.id };
              rerenderSoon();
              queueMicrotask(() => document.querySelector('[data-testid="sp-what"]')?.focus());
            },
          },
        })))));
}

export function summaryCard(state, ctx, spearhead) {
  const f = fmt(state);
  const current = (f.summaries || {})[spearhead] || '';
  const input = h('input', {
    type: 'text', class: 'input', testid: 'sp-summary', value: current, disabled: f.locked,
    attrs: { maxlength: '500', 'data-focus-key': `summary-${spearhead}` },
  });
  const save = () => {
    if (input.value.trim() !== current) act(ctx, 'spearheads.summary', { spearhead, text: input.value }).catch(() => {});
  };
  input.addEventListener('change', save);
  return h('section', { class: 'card sp sp-summary' },
    h('label', { class: 'sp-field' },
      h('span', { class: 'sp-field__label', text: tr(ctx, 'summary') }), input,
      h('span', { class: 'sp-field__help', text: tr(ctx, 'summaryHelp') })));
}

export function makersCard(state, ctx) {
  const f = fmt(state);
  return h('section', { class: 'card sp sp-makers' },
    h('h2', { class: 'card__title', text: tr(ctx, 'makers') }),
    h('p', { class: 'small muted', text: tr(ctx, 'makersHelp') }),
    state.participants.length ? h('ul', { class: 'sp-makers__list' }, state.participants.map((p) => h('li', {},
      h('label', { class: 'sp-check' },
        h('input', {
          type: 'checkbox', checked: (f.makers || []).includes(p.id), testid: 'sp-maker', data: { participant: p.id },
          attrs: { 'data-focus-key': `maker-${p.id}` },
          on: { change: (e) => act(ctx, 'spearheads.makers.allow', { participant: p.id, allowed: e.target.checked }).catch(() => {}) },
        }),
        h('span', { text: p.label }))))) : h('p', { class: 'muted', text: tr(ctx, 'noParticipants') }),
    h('div', { class: 'toolbar' }, h('button', {
      type: 'button', class: ['btn', f.locked ? 'btn--light' : 'btn--primary'], testid: 'sp-lock',
      text: f.locked ? tr(ctx, 'unlock') : tr(ctx, 'lock'),
      on: { click: () => act(ctx, 'spearheads.actions.lock', { locked: !f.locked }).catch(() => {}) },
    })));
}

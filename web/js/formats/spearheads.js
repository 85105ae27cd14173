// The four-spearhead team session ("Met je (wijk)team in gesprek"): the model, the private
// thermometer, one flip-over per spearhead, the team's action list, the closing table, the
// check of an earlier action list, and the exports. Plug-in interface: see formats/open.js.

import { h } from '../dom.js';
import { load, keys } from '../storage.js';
import { boardTable } from '../state.js';

const CSS_HREF = '/css/formats/spearheads.css';
if (typeof document !== 'undefined' && !document.querySelector(`link[href="${CSS_HREF}"]`)) {
  document.head.append(h('link', { rel: 'stylesheet', href: CSS_HREF }));
}

const STRINGS = {
  nl: {
    model: 'Het model',
    tip: 'Tip',
    spearhead: 'Speerpunt',
    questions: 'Vragen om samen te bespreken',
    columnsHint: 'Vul per kolom in op het flip-over hieronder:',
    yourScores: 'Jouw cijfers',
    privateNote: 'Alleen jij ziet je eigen cijfers. Het team ziet het gemiddelde en de spreiding, pas als minstens {n} mensen een punt een cijfer gaven.',
    filled: '{x} van {n} ingevuld',
    scoreLabel: '{factor}: cijfer {n}',
    thermoProgress: '{raters} mensen zijn begonnen, {complete} hebben alles ingevuld.',
    thermoWaiting: 'De uitslag verschijnt als de begeleider hem toont.',
    thermoClosed: 'De uitslag is getoond; invullen is gesloten.',
    reveal: 'Toon de uitslag',
    revealHelp: 'Daarna kan niemand meer invullen, zodat niemands cijfer af te leiden is uit een verschuivend gemiddelde.',
    average: 'gemiddeld',
    spread: 'spreiding',
    tooFew: 'te weinig cijfers',
    earlier: 'vorige keer',
    count: '{n}×',
    actions: 'Actielijst',
    noActions: 'Nog geen acties. Maak een actie van een briefje in de kolom Acties.',
    newAction: 'Nieuwe actie',
    editAction: 'Actie {n} bewerken',
    what: 'Wat gaan we doen?',
    whatHelp: 'Specifiek en haalbaar: beschrijf het resultaat.',
    who: 'Wie',
    whoNone: '— nog niemand —',
    whoOther: 'Iemand anders (typ een naam)…',
    whoText: 'Naam',
    when: 'Wanneer',
    whenNone: 'nog geen datum',
    whenDate: 'op een datum',
    whenWeek: 'in een week',
    firstStep: 'Eerste stap',
    status: 'Status',
    'status.open': 'open',
    'status.in_progress': 'bezig',
    'status.done': 'gereed',
    save: 'Opslaan',
    add: 'Actie toevoegen',
    cancel: 'Annuleren',
    edit: 'Bewerk',
    remove: 'Verwijder',
    up: 'Omhoog',
    down: 'Omlaag',
    sure: 'Zeker?',
    fromNotes: 'Briefjes in de kolom Acties',
    fromNotesHelp: 'Meeste stippen bovenaan. Maak er een actie van:',
    makeAction: '→ Actie',
    isAction: 'actie {n}',
    noActionNotes: 'Nog geen briefjes in de kolom Acties.',
    'dots.one': '1 stip',
    'dots.other': '{n} stippen',
    summary: 'Stand van zaken in één zin',
    summaryHelp: 'Voor de slottabel. Leeg laten: de belangrijkste briefjes uit de kolom Stand van zaken.',
    summarySaved: 'Opgeslagen',
    lock: 'Actielijst vaststellen',
    unlock: 'Actielijst weer openen',
    locked: 'De actielijst is vastgesteld.',
    makers: 'Mogen acties maken',
    makersHelp: 'Geef deelnemers het recht om acties te maken en te wijzigen.',
    noParticipants: 'Nog niemand aangemeld.',
    closing: 'Slottabel',
    stand: 'Stand van zaken',
    nothingYet: '–',
    review: 'Terugblik op de vorige actielijst',
    reviewFrom: 'Uit „{title}” van {date}',
    reviewStatus: 'Hoe staat het ermee?',
    'review.none': 'nog niet besproken',
    'review.done': 'gedaan',
    'review.in_progress': 'bezig',
    'review.stopped': 'gestopt',
    'review.carried_over': 'doorgeschoven',
    reviewNote: 'Toelichting',
    carried: 'doorgeschoven',
    carriedAs: '→ actie {n}',
    exports: 'Exporteren',
    exportsHelp: 'De actielijst om mee te nemen naar het teamplan.',
    'export.pdf': 'PDF (A4)',
    'export.csv': 'Excel (CSV)',
    'export.md': 'Markdown',
    'export.json': 'JSON',
    'export.report': 'Volledig verslag',
    print: 'Afdrukweergave',
    downloadFailed: 'Downloaden lukte niet. Probeer het opnieuw.',
    youMayAct: 'De begeleider heeft je gevraagd mee te schrijven aan de actielijst.',
    // set-up
    setupSpearheads: 'Speerpunten en volgorde',
    setupMinutes: 'min.',
    setupThermometer: 'Begin met de thermometer (9 punten, cijfer 1–5, anoniem)',
    setupTableBoards: 'Een flip-over per tafel (anders één voor het hele team)',
    setupTeam: 'Naam van het team (voor de export)',
    setupTeamPlaceholder: 'bijv. Wijkteam Noord',
    setupDots: 'Stippen per persoon',
    setupFollowUp: 'Vervolg op een eerdere sessie',
    setupFollowNone: '— geen: een nieuwe start —',
    setupFollowOther: 'Een andere sessie (plak de link van het begeleidersscherm)…',
    setupFollowLink: 'Link van het begeleidersscherm van de eerdere sessie',
    setupFollowHelp: 'De acties van toen komen terug: het team zet bij elke actie hoe het ermee staat.',
    setupUnavailable: 'Dit inhoudspakket heeft geen speerpunten. Kies het pakket „Vier speerpunten”.',
    'total.one': 'Totaal: 1 minuut',
    'total.other': 'Totaal: {n} minuten',
    // a template's choices in the content library
    'setup.spearheads': 'Speerpunten',
    'setup.thermometer': 'Thermometer',
    'setup.thermometerMinimum': 'Cijfers nodig voor een gemiddelde',
    'setup.tableBoards': 'Flip-over per tafel',
    'setup.team': 'Team',
    'setup.dots': 'Stippen per persoon',
    'setup.maxTableSize': 'Hoogstens mensen per tafel',
    'setup.followUp': 'Vervolg op sessie',
  },
  en: {
    model: 'The model',
    tip: 'Tip',
    spearhead: 'Spearhead',
    questions: 'Questions to discuss together',
    columnsHint: 'Fill in each column on the flip-over below:',
    yourScores: 'Your scores',
    privateNote: 'Only you see your own scores. The team sees the average and the spread, and only once at least {n} people rated a point.',
    filled: '{x} of {n} filled in',
    scoreLabel: '{factor}: score {n}',
    thermoProgress: '{raters} people have started, {complete} have rated everything.',
    thermoWaiting: 'The result appears when the facilitator shows it.',
    thermoClosed: 'The result has been shown; rating is closed.',
    reveal: 'Show the result',
    revealHelp: 'After that nobody can rate any more, so no one’s score can be worked out from a shifting average.',
    average: 'average',
    spread: 'spread',
    tooFew: 'too few scores',
    earlier: 'last time',
    count: '{n}×',
    actions: 'Action list',
    noActions: 'No actions yet. Turn a note in the Actions column into an action.',
    newAction: 'New action',
    editAction: 'Edit action {n}',
    what: 'What will we do?',
    whatHelp: 'Specific and achievable: describe the result.',
    who: 'Who',
    whoNone: '— nobody yet —',
    whoOther: 'Someone else (type a name)…',
    whoText: 'Name',
    when: 'When',
    whenNone: 'no date yet',
    whenDate: 'on a date',
    whenWeek: 'in a week',
    firstStep: 'First step',
    status: 'Status',
    'status.open': 'open',
    'status.in_progress': 'in progress',
    'status.done': 'done',
    save: 'Save',
    add: 'Add action',
    cancel: 'Cancel',
    edit: 'Edit',
    remove: 'Remove',
    up: 'Up',
    down: 'Down',
    sure: 'Sure?',
    fromNotes: 'Notes in the Actions column',
    fromNotesHelp: 'Most dots first. Turn one into an action:',
    makeAction: '→ Action',
    isAction: 'action {n}',
    noActionNotes: 'No notes in the Actions column yet.',
    'dots.one': '1 dot',
    'dots.other': '{n} dots',
    summary: 'Where we stand, in one line',
    summaryHelp: 'For the closing table. Left empty: the main notes of the Where we stand column.',
    summarySaved: 'Saved',
    lock: 'Finalise the action list',
    unlock: 'Open the action list again',
    locked: 'The action list is final.',
    makers: 'May make actions',
    makersHelp: 'Let participants make and change actions.',
    noParticipants: 'Nobody has joined yet.',
    closing: 'Closing table',
    stand: 'Where we stand',
    nothingYet: '–',
    review: 'Looking back at the previous action list',
    reviewFrom: 'From “{title}” of {date}',
    reviewStatus: 'How is it going?',
    'review.none': 'not discussed yet',
    'review.done': 'done',
    'review.in_progress': 'in progress',
    'review.stopped': 'stopped',
    'review.carried_over': 'carried over',
    reviewNote: 'Note',
    carried: 'carried over',
    carriedAs: '→ action {n}',
    exports: 'Export',
    exportsHelp: 'The action list to take to the team plan.',
    'export.pdf': 'PDF (A4)',
    'export.csv': 'Excel (CSV)',
    'export.md': 'Markdown',
    'export.json': 'JSON',
    'export.report': 'Full report',
    print: 'Print view',
    downloadFailed: 'The download failed. Please try again.',
    youMayAct: 'The facilitator asked you to help write the action list.',
    setupSpearheads: 'Spearheads and order',
    setupMinutes: 'min.',
    setupThermometer: 'Start with the thermometer (9 points, score 1–5, anonymous)',
    setupTableBoards: 'A flip-over per table (otherwise one for the whole team)',
    setupTeam: 'Team name (for the export)',
    setupTeamPlaceholder: 'e.g. District team North',
    setupDots: 'Dots per person',
    setupFollowUp: 'Follow-up of an earlier session',
    setupFollowNone: '— none: a fresh start —',
    setupFollowOther: 'Another session (paste the facilitator link)…',
    setupFollowLink: 'Facilitator link of the earlier session',
    setupFollowHelp: 'The actions of then come back: the team notes how each one is going.',
    setupUnavailable: 'This content pack has no spearheads. Choose the “Four key areas” pack.',
    'total.one': 'Total: 1 minute',
    'total.other': 'Total: {n} minutes',
    // a template's choices in the content library
    'setup.spearheads': 'Spearheads',
    'setup.thermometer': 'Thermometer',
    'setup.thermometerMinimum': 'Scores needed for an average',
    'setup.tableBoards': 'Flip-over per table',
    'setup.team': 'Team',
    'setup.dots': 'Dots per person',
    'setup.maxTableSize': 'At most people per table',
    'setup.followUp': 'Follow-up of session',
  },
};

const REVIEW_STATUSES = ['done', 'in_progress', 'stopped', 'carried_over'];
const ACTION_STATUSES = ['open', 'in_progress', 'done'];

// --- small helpers ------------------------------------------------------------------------

function tr(ctx, key, params) {
  return ctx.t(`spearheads.${key}`, params);
}

/** A counted noun: key.one or key.other, so it is never "1 stippen". */
function trn(ctx, key, n) {
  return tr(ctx, `${key}.${n === 1 ? 'one' : 'other'}`, { n });
}

function fmt(state) {
  return state.format || null;
}

function stepNow(state) {
  const steps = state.agenda.steps || [];
  return steps[state.agenda.current] || null;
}

function spearheadOf(state, id) {
  const f = fmt(state);
  return (f && f.plan.spearheads.find((s) => s.id === id)) || null;
}

function decimal(value, ctx) {
  if (typeof value !== 'number') return '–';
  const s = value.toFixed(1);
  return ctx.lang === 'en' ? s : s.replace('.', ',');
}

/** 2026-12-01 → 01-12-2026; 2026-W49 → week 49 (2026). */
export function whenLabel(when) {
  if (!when) return '';
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(when);
  if (m) return `${m[3]}-${m[2]}-${m[1]}`;
  m = /^(\d{4})-W(\d{2})$/.exec(when);
  if (m) return `week ${Number(m[2])} (${m[1]})`;
  return when;
}

function canAct(state, ctx) {
  const f = fmt(state);
  if (!ctx.me) return false;
  if (ctx.me.role === 'facilitator') return true;
  return ctx.me.role === 'participant' && !!f && (f.makers || []).includes(ctx.me.participant);
}

function labelOf(state, id) {
  const p = state.participants.find((x) => x.id === id);
  return p ? p.label : '?';
}

/** The boards of a spearhead this viewer has: the plenary one first, then the tables'. */
function spearheadBoards(state, spearhead) {
  const out = state.boards.filter((b) => b.id === `plenary/${spearhead}`);
  for (const b of state.boards) if (boardTable(b.id) && b.id.endsWith(`/${spearhead}`)) out.push(b);
  return out;
}

/**
 * Panels are rebuilt on every change: the element that had the focus (by its data-focus-key)
 * gets it back, with the caret where it was, once the new panel is in the page.
 */
function keepingFocus(build) {
  const active = document.activeElement;
  const key = active && active.closest && active.closest('.sp') ? active.getAttribute('data-focus-key') : null;
  let start = null;
  let end = null;
  try {
    start = active.selectionStart;
    end = active.selectionEnd;
  } catch {
    // not a text field
  }
  const node = build();
  if (key) {
    queueMicrotask(() => {
      const again = document.querySelector(`.sp [data-focus-key="${CSS.escape(key)}"]`);
      if (!again || again === document.activeElement) return;
      again.focus({ preventScroll: true });
      try {
        if (start != null) again.setSelectionRange(start, end);
      } catch {
        // not a text field
      }
    });
  }
  return node;
}

function toast(message) {
  const box = document.querySelector('[data-testid="toast"]');
  if (!box) return;
  const item = h('div', { class: 'toast toast--error' }, h('span', { class: 'toast__text', text: message }));
  box.append(item);
  setTimeout(() => item.remove(), 6000);
}

function act(ctx, type, fields) {
  return ctx.send(type, fields).catch((e) => {
    toast(e.message);
    throw e;
  });
}

// --- the thermometer ------------------------------------------------------------------------

/** Rating on the phone: five buttons per factor, the own choice marked. */
function ratingCard(state, ctx) {
  const f = fmt(state);
  const t = f.plan.thermometer;
  const mine = f.mine || {};
  const closed = f.thermometer && f.thermometer.revealed;
  const done = t.factors.filter((x) => mine[x.id]).length;
  return h('section', { class: 'card sp sp-rate', testid: 'sp-rating' },
    h('h2', { class: 'card__title', text: ctx.text(t.title) }),
    h('p', { class: 'sp-lead', text: ctx.text(t.intro) }),
    h('p', { class: 'sp-private', text: tr(ctx, 'privateNote', { n: t.minimum }) }),
    h('p', { class: 'sp-progress', testid: 'sp-filled', text: tr(ctx, 'filled', { x: done, n: t.factors.length }) }),
    h('ol', { class: 'sp-factors' }, t.factors.map((factor) => h('li', { class: 'sp-factor', data: { factor: factor.id } },
      h('p', { class: 'sp-factor__title', text: ctx.text(factor.title) }),
      factor.hint ? h('p', { class: 'sp-factor__hint', text: ctx.text(factor.hint) }) : null,
      h('div', { class: 'sp-scale', attrs: { role: 'group', 'aria-label': ctx.text(factor.title) } },
        h('span', { class: 'sp-scale__end', text: ctx.text(t.low) }),
        [1, 2, 3, 4, 5].map((n) => h('button', {
          type: 'button',
          class: ['sp-score', mine[factor.id] === n && 'is-chosen'],
          testid: 'sp-score',
          data: { factor: factor.id, score: n },
          disabled: !!closed,
          text: String(n),
          attrs: {
            'aria-pressed': mine[factor.id] === n ? 'true' : 'false',
            'aria-label': tr(ctx, 'scoreLabel', { factor: ctx.text(factor.title), n }),
            'data-focus-key': `score-${factor.id}-${n}`,
          },
          on: { click: () => act(ctx, 'spearheads.rate', { factor: factor.id, score: n }).catch(() => {}) },
        })),
        h('span', { class: 'sp-scale__end', text: ctx.text(t.high) }))))),
    closed ? h('p', { class: 'notice', text: tr(ctx, 'thermoClosed') }) : null);
}

/**
 * The team's thermometer: per factor a tube filled to the average on the 1–5 scale, the
 * spread as a band around it, last session's average as a mark. Only aggregates exist here.
 */
function thermometerChart(state, ctx, { variant = 'tubes' } = {}) {
  const f = fmt(state);
  const t = f.plan.thermometer;
  const agg = f.thermometer || { factors: {} };
  const earlier = (f.plan.earlier && f.plan.earlier.thermometer) || {};
  const pct = (v) => `${Math.max(0, Math.min(100, ((v - 1) / 4) * 100))}%`;
  return h('div', { class: ['sp-thermo', `sp-thermo--${variant}`], testid: 'sp-thermometer' },
    t.factors.map((factor) => {
      const a = agg.factors[factor.id] || { count: 0 };
      const has = typeof a.average === 'number';
      const before = earlier[factor.id];
      const tube = h('div', { class: 'sp-tube', attrs: { 'aria-hidden': 'true' } },
        h('div', { class: 'sp-tube__glass' },
          has ? h('div', { class: 'sp-tube__band', style: { '--from': pct(a.average - a.spread), '--to': pct(a.average + a.spread) } }) : null,
          has ? h('div', { class: 'sp-tube__fill', style: { '--level': pct(a.average) } }) : null,
          before ? h('div', { class: 'sp-tube__earlier', style: { '--level': pct(before.average) }, title: tr(ctx, 'earlier') }) : null),
        h('div', { class: ['sp-tube__bulb', has && 'is-filled'] }));
      return h('figure', { class: ['sp-gauge', !has && 'is-empty'], testid: 'sp-gauge', data: { factor: factor.id } },
        tube,
        h('figcaption', { class: 'sp-gauge__caption' },
          h('span', { class: 'sp-gauge__title', text: ctx.text(factor.title) }),
          h('span', { class: 'sp-gauge__value', testid: 'sp-average', text: has ? decimal(a.average, ctx) : '–' }),
          h('span', { class: 'sp-gauge__meta', text: has
            ? `${tr(ctx, 'spread')} ${decimal(a.spread, ctx)} · ${tr(ctx, 'count', { n: a.count })}`
            : (agg.revealed ? tr(ctx, 'tooFew') : tr(ctx, 'count', { n: a.count })) }),
          before ? h('span', { class: 'sp-gauge__earlier', text: `${tr(ctx, 'earlier')}: ${decimal(before.average, ctx)}` }) : null));
    }));
}

function thermometerCard(state, ctx, { controls = false, variant = 'tubes' } = {}) {
  const f = fmt(state);
  const agg = f.thermometer || { revealed: false, raters: 0, complete: 0 };
  return h('section', { class: 'card sp sp-thermo-card' },
    h('h2', { class: 'card__title', text: ctx.text(f.plan.thermometer.title) }),
    h('p', { class: 'sp-progress', testid: 'sp-thermo-progress', text: tr(ctx, 'thermoProgress', { raters: agg.raters, complete: agg.complete }) }),
    agg.revealed ? thermometerChart(state, ctx, { variant }) : h('p', { class: 'muted', text: tr(ctx, 'thermoWaiting') }),
    controls && !agg.revealed ? h('div', { class: 'toolbar' },
      h('button', {
        type: 'button', class: 'btn btn--primary', testid: 'sp-reveal', text: tr(ctx, 'reveal'),
        on: { click: () => act(ctx, 'spearheads.thermometer.reveal', {}).catch(() => {}) },
      }),
      h('span', { class: 'muted small', text: tr(ctx, 'revealHelp') })) : null);
}

// --- the model and a spearhead --------------------------------------------------------------

function modelCard(state, ctx, { big = false } = {}) {
  const f = fmt(state);
  return h('section', { class: ['card sp sp-model', big && 'sp-model--big'], testid: 'sp-model' },
    h('h2', { class: 'card__title', text: ctx.text(f.plan.model.title) }),
    h('p', { class: 'sp-lead', text: ctx.text(f.plan.model.intro) }),
    h('ol', { class: 'sp-model__grid' }, f.plan.order.map((id, i) => {
      const s = spearheadOf(state, id);
      return h('li', { class: `sp-model__item sp-model__item--${i % 4}` },
        h('span', { class: 'sp-model__num', text: String(i + 1) }),
        h('strong', { class: 'sp-model__title', text: ctx.text(s.title) }),
        big ? h('span', { class: 'sp-model__summary', text: ctx.text(s.summary) }) : null);
    })),
    f.plan.model.tip && !big ? h('p', { class: 'small muted', text: ctx.text(f.plan.model.tip) }) : null);
}

function spearheadCard(state, ctx, id, { big = false } = {}) {
  const f = fmt(state);
  const s = spearheadOf(state, id);
  const index = f.plan.order.indexOf(id);
  return h('section', { class: ['card sp sp-spearhead', big && 'sp-spearhead--big'], testid: 'sp-spearhead', data: { spearhead: id } },
    h('p', { class: 'sp-kicker', text: `${tr(ctx, 'spearhead')} ${index + 1} / ${f.plan.order.length}` }),
    h('h2', { class: 'sp-spearhead__title', text: ctx.text(s.title) }),
    h('p', { class: 'sp-lead', text: ctx.text(s.summary) }),
    h('h3', { class: 'sp-sub', text: tr(ctx, 'questions') }),
    h('ul', { class: 'sp-questions' }, s.questions.map((q) => h('li', { text: ctx.text(q) }))),
    big ? null : h('div', { class: 'sp-columns-hint' },
      h('p', { class: 'small muted', text: tr(ctx, 'columnsHint') }),
      h('ol', { class: 'sp-columns' }, f.plan.columns.map((c) => h('li', { class: `sp-col sp-col--${c.color}` },
        h('strong', { text: ctx.text(c.title) }), c.hint ? ` — ${ctx.text(c.hint)}` : '')))));
}

// --- the action list --------------------------------------------------------------------------

// The form's typing lives here, so a re-render never loses it.
let draft = emptyDraft();

function emptyDraft(spearhead) {
  return { id: null, spearhead: spearhead || '', what: '', who: '', whoText: '', other: false, whenKind: '', date: '', week: '', firstStep: '', status: 'open', board: null, note: null };
}

function draftFrom(action) {
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

function currentSpearhead(state) {
  const step = stepNow(state);
  return step && step.kind === 'spearhead' ? step.id : null;
}

function actionEditor(state, ctx) {
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
let editor = null; // {node, state, ctx} of the form last built
function rerenderSoon() {
  if (!editor || !editor.node.isConnected) return;
  const old = editor.node;
  old.replaceWith(actionEditor(editor.state, editor.ctx));
}

function actionItem(state, ctx, a, index, editable) {
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

function actionsCard(state, ctx, { editable = false } = {}) {
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
function actionNotesCard(state, ctx, spearhead) {
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

function summaryCard(state, ctx, spearhead) {
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

function makersCard(state, ctx) {
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

// --- the closing table and the review ----------------------------------------------------------

/** Where we stand on a spearhead: the summary, else the highlighted notes of the first column, else all of them. */
function standOf(state, spearhead) {
  const f = fmt(state);
  const summary = (f.summaries || {})[spearhead];
  if (summary) return [summary];
  const column = f.plan.columns[0].id;
  const notes = [];
  for (const b of spearheadBoards(state, spearhead)) for (const n of b.notes) if (n.column === column) notes.push(n);
  const highlighted = notes.filter((n) => n.highlighted);
  return (highlighted.length ? highlighted : notes).sort((a, b) => (b.votes || 0) - (a.votes || 0)).map((n) => n.text);
}

function closingTable(state, ctx) {
  const f = fmt(state);
  const rows = [...f.plan.order];
  for (const a of f.actions) if (!rows.includes(a.spearhead)) rows.push(a.spearhead);
  return h('section', { class: 'card sp sp-closing', testid: 'sp-closing' },
    h('h2', { class: 'card__title', text: tr(ctx, 'closing') }),
    h('table', { class: 'sp-table' },
      h('thead', {}, h('tr', {},
        h('th', { text: tr(ctx, 'spearhead') }), h('th', { text: tr(ctx, 'stand') }), h('th', { text: tr(ctx, 'actions') }))),
      h('tbody', {}, rows.map((id) => {
        const s = spearheadOf(state, id);
        const stand = standOf(state, id);
        const mine = f.actions.map((a, i) => ({ a, n: i + 1 })).filter(({ a }) => a.spearhead === id);
        return h('tr', { testid: 'sp-closing-row' },
          h('th', { attrs: { scope: 'row' }, text: s ? ctx.text(s.title) : id }),
          h('td', { data: { label: tr(ctx, 'stand') } }, stand.length ? h('ul', { class: 'sp-plain' }, stand.slice(0, 4).map((x) => h('li', { text: x }))) : tr(ctx, 'nothingYet')),
          h('td', { data: { label: tr(ctx, 'actions') } }, mine.length ? h('ol', { class: 'sp-plain' }, mine.map(({ a, n }) => h('li', { value: n },
            h('span', { text: a.what }),
            (a.whoLabel || a.when) ? h('span', { class: 'sp-closing__meta', text: ` — ${[a.whoLabel, whenLabel(a.when)].filter(Boolean).join(', ')}` }) : null)))
            : tr(ctx, 'nothingYet')));
      }))));
}

const reviewNotes = new Map(); // earlier action id → typed note, kept across re-renders

function reviewCard(state, ctx, { editable = false } = {}) {
  const f = fmt(state);
  const e = f.plan.earlier;
  const date = new Date(e.createdAt).toLocaleDateString(ctx.lang === 'en' ? 'en-GB' : 'nl-NL');
  const numbers = new Map(f.actions.map((a, i) => [a.id, i + 1]));
  return h('section', { class: 'card sp sp-review', testid: 'sp-review' },
    h('h2', { class: 'card__title', text: tr(ctx, 'review') }),
    h('p', { class: 'small muted', text: tr(ctx, 'reviewFrom', { title: e.title, date }) }),
    h('ol', { class: 'sp-review__list' }, e.actions.map((a) => {
      const r = (f.reviews || {})[a.id] || null;
      const status = r ? r.status : null;
      const carried = r && r.carriedAs && numbers.has(r.carriedAs) ? tr(ctx, 'carriedAs', { n: numbers.get(r.carriedAs) }) : '';
      const item = h('li', { class: ['sp-review__item', status && `is-${status}`], testid: 'sp-review-item', data: { action: a.id } },
        h('p', { class: 'sp-action__what', text: a.what }),
        h('p', { class: 'sp-action__meta' },
          h('span', { class: 'sp-tag', text: ctx.text(a.spearheadTitle) }),
          a.who ? h('span', { text: a.who }) : null,
          a.when ? h('span', { text: whenLabel(a.when) }) : null,
          h('span', { class: ['sp-status', `sp-status--${status || 'none'}`], text: `${tr(ctx, `review.${status || 'none'}`)} ${carried}`.trim() })),
        r && r.note && !editable ? h('p', { class: 'small', text: r.note }) : null);
      if (editable && !f.locked) {
        const noteKey = `rv-note-${a.id}`;
        if (!reviewNotes.has(a.id)) reviewNotes.set(a.id, (r && r.note) || '');
        const note = h('input', {
          type: 'text', class: 'input', value: reviewNotes.get(a.id), attrs: { maxlength: '200', 'data-focus-key': noteKey, placeholder: tr(ctx, 'reviewNote'), 'aria-label': tr(ctx, 'reviewNote') },
          on: { input: (ev) => reviewNotes.set(a.id, ev.target.value) },
        });
        const send = (value) => act(ctx, 'spearheads.review', { action: a.id, status: value, note: reviewNotes.get(a.id) }).catch(() => {});
        note.addEventListener('change', () => { if (status) send(status); });
        item.append(h('div', { class: 'sp-review__tools' },
          h('div', { class: 'sp-segmented', attrs: { role: 'group', 'aria-label': tr(ctx, 'reviewStatus') } },
            REVIEW_STATUSES.map((st) => h('button', {
              type: 'button', class: ['btn btn--small', status === st ? 'btn--primary' : 'btn--light'], testid: 'sp-review-status',
              data: { status: st }, text: tr(ctx, `review.${st}`),
              attrs: { 'aria-pressed': status === st ? 'true' : 'false', 'data-focus-key': `rv-${a.id}-${st}` },
              on: { click: () => send(st) },
            }))),
          note));
      }
      return item;
    })));
}

// --- exports ----------------------------------------------------------------------------------

async function download(state, ctx, name) {
  const code = state.session.code;
  const token = load(keys.facilitatorToken(code));
  try {
    const res = await fetch(`/api/sessions/${encodeURIComponent(code)}/export/${name}?lang=${ctx.lang}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!res.ok) throw new Error(String(res.status));
    const blob = await res.blob();
    const disposition = res.headers.get('content-disposition') || '';
    const m = /filename="([^"]+)"/.exec(disposition);
    const a = h('a', { href: URL.createObjectURL(blob), download: m ? m[1] : name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  } catch {
    toast(tr(ctx, 'downloadFailed'));
  }
}

function exportsCard(state, ctx) {
  const code = state.session.code;
  const token = load(keys.facilitatorToken(code)) || '';
  const button = (name, key) => h('button', {
    type: 'button', class: 'btn', testid: `sp-export-${name.replace('.', '-')}`, text: tr(ctx, key),
    on: { click: () => download(state, ctx, name) },
  });
  return h('section', { class: 'card sp sp-exports' },
    h('h2', { class: 'card__title', text: tr(ctx, 'exports') }),
    h('p', { class: 'small muted', text: tr(ctx, 'exportsHelp') }),
    h('div', { class: 'toolbar' },
      button('actions.pdf', 'export.pdf'), button('actions.csv', 'export.csv'), button('actions.md', 'export.md'),
      button('actions.json', 'export.json'), button('report.md', 'export.report'),
      h('a', {
        class: 'btn btn--light', testid: 'sp-print', target: '_blank', rel: 'noopener', text: tr(ctx, 'print'),
        href: `/print/spearheads.html?code=${encodeURIComponent(code)}&lang=${ctx.lang}#${token}`,
      })));
}

// --- panels -------------------------------------------------------------------------------------

function stepPart(state, ctx, view) {
  const f = fmt(state);
  const step = stepNow(state);
  const kind = step ? step.kind : 'intro';
  const staff = view !== 'participant';
  const big = view === 'projector';
  if (kind === 'intro') return modelCard(state, ctx, { big });
  if (kind === 'thermometer' && f.plan.thermometer) {
    if (view === 'participant') {
      // Once shown, the team's result comes first; the own scores stay below for reference.
      const shown = f.thermometer && f.thermometer.revealed;
      return h('div', { class: 'sp-stack' },
        shown ? thermometerCard(state, ctx, { variant: 'bars' }) : null, ratingCard(state, ctx));
    }
    return thermometerCard(state, ctx, { controls: view === 'facilitator', variant: 'tubes' });
  }
  if (kind === 'review' && f.plan.earlier) return reviewCard(state, ctx, { editable: !big && canAct(state, ctx) });
  if (kind === 'spearhead') {
    const parts = [spearheadCard(state, ctx, step.id, { big })];
    if (!big && canAct(state, ctx)) {
      if (view === 'facilitator') parts.push(summaryCard(state, ctx, step.id));
      parts.push(actionNotesCard(state, ctx, step.id));
    }
    return h('div', { class: 'sp-stack' }, parts);
  }
  if (kind === 'closing') return closingTable(state, ctx);
  return staff ? modelCard(state, ctx) : null;
}

export default {
  strings: STRINGS,
  // The console shows this format's own "Exporteren" card (action list, report, print view).
  ownExports: true,
  // The session's plenary board is the parking lot here: its tab carries that name.
  plenaryTab: 'title',
  // The whole team works on the plenary flip-overs; tables only when chosen at set-up.
  uses: (state) => ({ roles: false, tables: !!(state.format && state.format.plan && state.format.plan.tableBoards) }),

  reduce(state, event, data) {
    const f = fmt(state);
    if (!f || !data) return false;
    switch (event) {
      case 'spearheads.thermometer': f.thermometer = data.thermometer; return true;
      case 'spearheads.rated': f.mine = data.mine; return true;
      case 'spearheads.actions': f.actions = data.actions || []; f.locked = !!data.locked; return true;
      case 'spearheads.summaries': f.summaries = data.summaries || {}; return true;
      case 'spearheads.reviews': f.reviews = data.reviews || {}; return true;
      case 'spearheads.makers': f.makers = data.makers || []; return true;
      default: return false;
    }
  },

  focusBoard(state, view, ctx) {
    const f = fmt(state);
    const step = stepNow(state);
    if (!f || !step) return view === 'projector' ? false : null;
    if (step.kind !== 'spearhead') return view === 'projector' ? false : null;
    if (view === 'participant' && f.plan.tableBoards && ctx && ctx.me) {
      const me = state.participants.find((p) => p.id === ctx.me.participant);
      const own = me && me.table ? `table/${me.table}/${step.id}` : null;
      if (own && state.boards.some((b) => b.id === own)) return own;
    }
    return `plenary/${step.id}`;
  },

  participantPanel(state, ctx) {
    if (!fmt(state)) return null;
    return keepingFocus(() => {
      const maker = canAct(state, ctx);
      const step = stepNow(state);
      const showActions = maker || fmt(state).actions.length > 0 || (step && step.kind === 'closing');
      return h('div', { class: 'sp sp-panel sp-panel--phone' },
        stepPart(state, ctx, 'participant'),
        maker ? h('p', { class: 'notice', text: tr(ctx, 'youMayAct') }) : null,
        showActions && !(step && step.kind === 'closing' && !maker) ? actionsCard(state, ctx, { editable: maker }) : null);
    });
  },

  facilitatorPanel(state, ctx) {
    if (!fmt(state)) return null;
    return keepingFocus(() => h('div', { class: 'sp sp-panel sp-panel--console' },
      stepPart(state, ctx, 'facilitator'),
      actionsCard(state, ctx, { editable: true }),
      h('div', { class: 'sp-two' }, makersCard(state, ctx), exportsCard(state, ctx))));
  },

  projectorPanel(state, ctx) {
    if (!fmt(state)) return null;
    return h('div', { class: 'sp sp-panel sp-panel--projector' }, stepPart(state, ctx, 'projector'));
  },

  setupPanel(setup, ctx) {
    return setupPanel(setup, ctx);
  },

  // minutes: per spearhead and per fixed step (intro, thermometer, review, closing).
  stepTimes: {
    option: 'minutes',
    unit: 'minutes',
    titles: (setup) => ({
      ...(setup.stepTitles || {}),
      ...Object.fromEntries((setup.spearheads || []).map((s) => [s.id, s.title])),
    }),
  },
};

// --- the start page -------------------------------------------------------------------------------

/** The options the panel shows; the others a template holds (thermometerMinimum, maxTableSize…) pass through. */
const PANEL_OPTIONS = ['spearheads', 'minutes', 'thermometer', 'tableBoards', 'team', 'dots', 'followUp'];
/** The steps besides the spearheads whose minutes a template may hold (see SpearheadsSetup on the server). */
const FIXED_STEPS = ['intro', 'thermometer', 'review', 'closing'];

const minutesOk = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 1 && v <= 120;

/**
 * Where the set-up panel starts: the pack's spearheads, all chosen, with choices made before (a
 * template being adapted, or the panel rebuilt in the other language or for another pack) laid
 * over them where they still fit: the chosen spearheads first in their order, the others after
 * them unticked; minutes, thermometer, flip-overs, team, dots and follow-up as chosen.
 */
export function startingChoices(setup, given) {
  const all = setup.spearheads.map((s) => ({ ...s, chosen: true }));
  const d = {
    items: all,
    fixedMinutes: {},
    thermometer: !!setup.thermometer.available,
    tableBoards: false,
    team: '',
    dots: setup.dots || 3,
    followUp: null,
    rest: {},
  };
  if (!given || typeof given !== 'object') return d;
  const byId = new Map(all.map((s) => [s.id, s]));
  if (Array.isArray(given.spearheads)) {
    const ids = given.spearheads.filter((id, i, list) => byId.has(id) && list.indexOf(id) === i);
    if (ids.length) d.items = [...ids.map((id) => byId.get(id)), ...all.filter((s) => !ids.includes(s.id)).map((s) => ({ ...s, chosen: false }))];
  }
  const minutes = given.minutes && typeof given.minutes === 'object' ? given.minutes : {};
  for (const item of d.items) if (minutesOk(minutes[item.id])) item.minutes = minutes[item.id];
  for (const step of FIXED_STEPS) if (minutesOk(minutes[step])) d.fixedMinutes[step] = minutes[step];
  if (typeof given.thermometer === 'boolean') d.thermometer = given.thermometer && !!setup.thermometer.available;
  if (typeof given.tableBoards === 'boolean') d.tableBoards = given.tableBoards;
  if (typeof given.team === 'string') d.team = given.team;
  if (Number.isInteger(given.dots) && given.dots >= 1 && given.dots <= 10) d.dots = given.dots;
  const f = given.followUp;
  if (f && typeof f === 'object' && typeof f.code === 'string' && typeof f.token === 'string') d.followUp = { code: f.code, token: f.token };
  for (const [name, value] of Object.entries(given)) if (!PANEL_OPTIONS.includes(name)) d.rest[name] = value;
  return d;
}

function setupPanel(setup, ctx) {
  const t = (key, params) => ctx.t(`spearheads.${key}`, params);
  if (!setup || setup.unavailable || !Array.isArray(setup.spearheads)) {
    return { node: h('p', { class: 'notice', testid: 'sp-setup-unavailable', text: t('setupUnavailable') }), options: () => ({}) };
  }
  const d = startingChoices(setup, ctx && ctx.options);
  const items = d.items;
  const list = h('ol', { class: 'sp-setup__list' });
  const total = h('p', { class: 'small muted', testid: 'sp-setup-total' });
  const thermo = h('input', { type: 'checkbox', checked: d.thermometer, disabled: !setup.thermometer.available, testid: 'sp-setup-thermometer' });
  const tableBoards = h('input', { type: 'checkbox', checked: d.tableBoards, testid: 'sp-setup-tableboards' });
  const team = h('input', { type: 'text', class: 'input', testid: 'sp-setup-team', value: d.team, attrs: { maxlength: '80' }, placeholder: t('setupTeamPlaceholder') });
  const dots = h('input', { type: 'number', class: 'input input--narrow', min: 1, max: 10, value: String(d.dots), testid: 'sp-setup-dots' });
  const recent = (load(keys.recent(), []) || []).filter((r) => load(keys.facilitatorToken(r.code)));
  const follow = h('select', { class: 'select', testid: 'sp-setup-followup' },
    h('option', { value: '', text: t('setupFollowNone') }),
    recent.map((r) => h('option', { value: r.code, text: `${r.title || r.code} (${r.code})` })),
    h('option', { value: '__link', text: t('setupFollowOther') }));
  const link = h('input', { type: 'url', class: 'input', testid: 'sp-setup-followlink', placeholder: 'https://…/f/ABC123#…' });
  const linkField = h('label', { class: 'field', hidden: true }, h('span', { class: 'field__label', text: t('setupFollowLink') }), link);
  if (d.followUp) {
    // A session of this device with the same token is offered by name; any other by its facilitator link.
    const known = recent.some((r) => r.code === d.followUp.code) && load(keys.facilitatorToken(d.followUp.code)) === d.followUp.token;
    if (known) {
      follow.value = d.followUp.code;
    } else {
      follow.value = '__link';
      link.value = `${location.origin}/f/${d.followUp.code}#${d.followUp.token}`;
      linkField.hidden = false;
    }
  }
  follow.addEventListener('change', () => { linkField.hidden = follow.value !== '__link'; });

  const fixed = (step, fallback) => d.fixedMinutes[step] ?? fallback ?? 0;
  function minutesOf() {
    return items.filter((i) => i.chosen).reduce((sum, i) => sum + Number(i.minutes || 0), 0)
      + fixed('intro', setup.steps.intro) + fixed('closing', setup.steps.closing)
      + (thermo.checked ? fixed('thermometer', setup.thermometer.minutes) : 0)
      + (follow.value ? fixed('review', setup.steps.review) : 0);
  }
  function paint() {
    list.replaceChildren(...items.map((item, i) => h('li', { class: 'sp-setup__item' },
      h('label', { class: 'sp-check' },
        h('input', { type: 'checkbox', checked: item.chosen, testid: 'sp-setup-spearhead', data: { spearhead: item.id }, on: { change: (e) => { item.chosen = e.target.checked; paint(); } } }),
        h('span', { text: ctx.text(item.title) })),
      h('input', {
        type: 'number', class: 'input input--narrow', min: 1, max: 120, value: String(item.minutes), testid: 'sp-setup-minutes', data: { spearhead: item.id },
        attrs: { 'aria-label': `${ctx.text(item.title)}: ${t('setupMinutes')}` },
        on: { input: (e) => { item.minutes = Number(e.target.value) || item.minutes; total.textContent = t(minutesOf() === 1 ? 'total.one' : 'total.other', { n: minutesOf() }); } },
      }),
      h('span', { class: 'small muted', text: t('setupMinutes') }),
      h('button', { type: 'button', class: 'btn btn--small btn--light', text: '↑', disabled: i === 0, attrs: { 'aria-label': t('up') }, on: { click: () => { items.splice(i - 1, 0, items.splice(i, 1)[0]); paint(); } } }),
      h('button', { type: 'button', class: 'btn btn--small btn--light', text: '↓', disabled: i === items.length - 1, attrs: { 'aria-label': t('down') }, on: { click: () => { items.splice(i + 1, 0, items.splice(i, 1)[0]); paint(); } } }))));
    total.textContent = t(minutesOf() === 1 ? 'total.one' : 'total.other', { n: minutesOf() });
  }
  thermo.addEventListener('change', paint);
  follow.addEventListener('change', paint);
  paint();

  const node = h('fieldset', { class: 'sp sp-setup', testid: 'sp-setup' },
    h('legend', { class: 'field__label', text: t('setupSpearheads') }),
    list, total,
    h('label', { class: 'sp-check' }, thermo, h('span', { text: t('setupThermometer') })),
    h('label', { class: 'sp-check' }, tableBoards, h('span', { text: t('setupTableBoards') })),
    h('div', { class: 'field-row' },
      h('label', { class: 'field' }, h('span', { class: 'field__label', text: t('setupTeam') }), team),
      h('label', { class: 'field' }, h('span', { class: 'field__label', text: t('setupDots') }), dots)),
    h('label', { class: 'field' }, h('span', { class: 'field__label', text: t('setupFollowUp') }), follow,
      h('span', { class: 'field__help', text: t('setupFollowHelp') })),
    linkField);

  return {
    node,
    options() {
      const chosen = items.filter((i) => i.chosen);
      const followUp = (() => {
        if (follow.value === '__link') {
          const m = /\/f\/([A-Za-z0-9-]+)#([A-Za-z0-9_-]+)/.exec(link.value.trim());
          return m ? { code: m[1], token: m[2] } : null;
        }
        return follow.value ? { code: follow.value, token: load(keys.facilitatorToken(follow.value)) } : null;
      })();
      // Minutes in the session's order, and only for the steps it will have: the server refuses others.
      const minutes = {};
      const fixedStep = (step, present) => { if (present && step in d.fixedMinutes) minutes[step] = d.fixedMinutes[step]; };
      fixedStep('intro', true);
      fixedStep('thermometer', thermo.checked);
      fixedStep('review', !!followUp);
      for (const i of chosen) minutes[i.id] = Number(i.minutes);
      fixedStep('closing', true);
      const out = {
        spearheads: chosen.map((i) => i.id),
        minutes,
        thermometer: thermo.checked,
        tableBoards: tableBoards.checked,
        dots: Math.round(Number(dots.value)) || 3,
      };
      if (team.value.trim()) out.team = team.value.trim();
      if (followUp) out.followUp = followUp;
      for (const [name, value] of Object.entries(d.rest)) if (!(name in out)) out[name] = value;
      return out;
    },
  };
}

// The dilemma game (dilemmaspel): the plug-in for the phone, the console, the projector and
// the start page (interface documented in formats/open.js; protocol in docs/PROTOCOL.md,
// "Format: dilemma").
//
// Phone: the rule, the round's dilemma, then per step: pick values (chips, "other…", a short
// note), make a choice, agree the table's leading values, see the roles revealed; in the
// plenary the results. Console: every table's progress (who drew, named, chose), nudges,
// the next step, the results and the spotlight. Projector: the rule, the dilemma and counts
// per table while rounds run; the results in the plenary.
//
// Text typed by people goes into the DOM with textContent only (h() and text nodes).

import { h, svg } from '../dom.js';
import { currentStep, tableOf, labelOf, roleById, table as findTable } from '../state.js';

const STYLESHEET = '/css/formats/dilemma.css';
const ROUND_KINDS = ['draw', 'share', 'choose', 'lead', 'reveal'];
const SIDES = ['a', 'middle', 'b'];
const NUDGE_SHOWN_MS = 90000;

function loadStylesheet() {
  if (typeof document === 'undefined' || document.querySelector(`link[href="${STYLESHEET}"]`)) return;
  document.head.append(h('link', { rel: 'stylesheet', href: STYLESHEET }));
}
loadStylesheet();

const strings = {
  nl: {
    rule: 'Spelregel',
    ruleShort: 'Geen goed of fout: we verkennen waarden.',
    howItGoes: 'Zo gaat een ronde',
    howDraw: 'Pak een perspectief uit de envelop van je tafel',
    howShare: 'Vertel wat je vanuit dit perspectief belangrijk vindt',
    howChoose: 'Wat zou jouw keuze zijn?',
    howLead: 'Welke waarden waren leidend? Op de flip-over ermee',
    howReveal: 'Rollen onthullen en terugblikken',
    minutes: '{n} min',
    round: 'Ronde {n}',
    roundOf: 'Ronde {n} van {m}',
    theDilemma: 'Het dilemma',
    sideA: 'A',
    sideB: 'B',
    versus: 'tegenover',
    readMore: 'Lees de situatie',
    drawHint_open: 'Tik op de envelop hierboven en neem je rol. Je tafel ziet meteen wie vanuit welk perspectief praat.',
    drawHint_choose: 'Kies hieronder een perspectief dat nog vrij is aan je tafel.',
    drawHint_secret: 'Tik op de envelop hierboven en lees je perspectief. Houd het nog even voor jezelf.',
    pickHeading: 'Kies je perspectief',
    pickHelp: 'Eerst komen deze perspectieven aan tafel: {list}. Is je tafel groter, dan kiest wie overblijft een ander.',
    pickTaken: 'gekozen door {name}',
    pickYours: 'jouw perspectief',
    pickLater: 'eerst de perspectieven hierboven',
    valuesHeading: 'Wat vind jij belangrijk?',
    valuesHelp: 'Kies de waarden die er vanuit je perspectief toe doen, en die ook dicht bij jezelf liggen (hoogstens {n}). Tik op een waarde voor uitleg.',
    valuesCount: '{x} van {n} gekozen',
    valuesMax: 'Je kunt er hoogstens {n} kiezen. Haal er eerst een weg.',
    other: 'Anders…',
    otherLabel: 'Een waarde in je eigen woorden',
    otherAdd: 'Toevoegen',
    remove: 'Weghalen',
    removeValue: '{value} weghalen',
    noteLabel: 'Korte toelichting (mag leeg)',
    save: 'Bewaren',
    saved: 'Bewaard',
    saving: 'Bezig met bewaren…',
    chooseHeading: 'Wat zou jij kiezen?',
    chooseHelp: 'Neem mee wat je zelf zei en wat je van de anderen hoorde. Een tussenweg mag ook.',
    reasonLabel: 'In één zin: waarom? (mag leeg)',
    yourValues: 'Jouw waarden',
    nothingYet: 'nog niets',
    leadHeading: 'Welke waarden waren leidend?',
    leadHelp: 'Spreek met je tafel af welke waarden de keuzes stuurden. Tik erop om ze op de flip-over te zetten.',
    namedAtTable: 'Genoemd aan jullie tafel',
    onFlipover: 'Op jullie flip-over',
    noneOnFlipover: 'Nog geen leidende waarden.',
    leadOwn: 'Een andere leidende waarde',
    leadAdd: 'Op de flip-over',
    timesNamed: '{n}×',
    atYourTable: 'Aan jullie tafel',
    nobodyYet: 'Nog niemand heeft iets gedeeld.',
    revealHeading: 'Wie had welk perspectief?',
    revealWait: 'De rollen worden zo onthuld.',
    chose: 'koos',
    noChoice: 'nog geen keuze',
    middleShort: 'tussenweg',
    you: 'jij',
    plenaryHeading: 'Welke waarden hadden de boventoon?',
    plenaryWait: 'De uitkomsten verschijnen hier in het plenaire deel.',
    valuesChart: 'Genoemde waarden, over alle tafels',
    named: '{n}× genoemd',
    ledAt: 'leidend aan {n} tafel(s)',
    choicesHeading: 'Ronde {n}: hoe vielen de keuzes?',
    perPerspective: 'Per perspectief',
    leadingPerTable: 'Leidende waarden per tafel',
    tableN: 'Tafel {n}',
    noValues: 'Nog geen waarden genoemd.',
    nudgeTitle: 'Een seintje van de begeleider',
    nudge_draw: 'Neem je perspectief en lees het.',
    nudge_share: 'Kies de waarden die voor jou belangrijk zijn.',
    nudge_choose: 'Maak je keuze: A, B of een tussenweg.',
    nudge_lead: 'Spreek af welke waarden leidend waren en zet ze op de flip-over.',
    nudge_reveal: 'Rond af: wie had welk perspectief?',
    nudge_other: 'Let op de tijd.',
    dismiss: 'Sluiten',
    // console
    console: 'Dilemmaspel',
    notStarted: 'Het spel is nog niet begonnen.',
    nextStep: 'Volgende stap: {step}',
    begin: 'Begin: {step}',
    startRound: 'Start ronde {n}',
    toPlenary: 'Naar het plenaire deel',
    allDone: 'Alle stappen zijn geweest.',
    autoRunOn: 'De stappen van een ronde lopen vanzelf door.',
    autoRunOff: 'Je zet zelf elke stap en klok in gang.',
    progressHeading: 'Voortgang per tafel',
    progressLegend: '✉ envelop · W waarden · K keuze',
    dotValues: 'W',
    dotChoice: 'K',
    envOpened: 'envelop geopend',
    envClosed: 'envelop nog dicht',
    nudgeTable: 'Seintje aan de tafel',
    nudgePerson: 'Seintje aan {name}',
    nudged: 'Seintje gestuurd',
    spotlight: 'Flip-over op de beamer',
    spotlightOff: 'Van de beamer halen',
    resultsHeading: 'Uitkomsten',
    resultsLive: 'Alleen jij ziet dit, tot het plenaire deel begint.',
    resultsShared: 'Iedereen ziet dit nu.',
    noTablesYet: 'Tafels worden gemaakt zodra de eerste ronde begint (of met “Tafels maken”).',
    // projector
    ruleBig: 'Er is geen goed of fout',
    progressTable: 'Tafel {n}',
    drew: '{x}/{n} perspectief',
    namedCount: '{x}/{n} waarden',
    choseCount: '{x}/{n} keuze',
    // setup
    setupHeading: 'Dilemmaspel instellen',
    setupFrom: 'Dilemma’s uit: {pack}',
    rounds: 'Aantal rondes',
    dilemmaFor: 'Dilemma voor ronde {n}',
    roundMinutes: 'Lengte van een ronde (minuten)',
    stepTimes: 'Tijd per stap (minuten)',
    tableSizeMin: 'Tafelgrootte: minstens',
    tableSizeMax: 'hoogstens',
    roleSet: 'Rollen in de envelop',
    roleMode: 'Hoe komt ieder aan een perspectief?',
    roleMode_open: 'Open: rollen uit de envelop, de tafel ziet ze meteen (zoals in het spel)',
    roleMode_choose: 'Zelf kiezen: ieder kiest een vrij perspectief',
    roleMode_secret: 'Geheim tot de onthulling (onze variant, met een extra stap)',
    autoRun: 'Stappen van een ronde lopen vanzelf door',
    roles: '{n} rollen',
    step_intro: 'Welkom en spelregel',
    step_draw: 'Perspectief kiezen',
    step_share: 'Waarden delen',
    step_choose: 'Keuze maken',
    step_lead: 'Leidende waarden',
    step_reveal: 'Onthullen (alleen bij geheime rollen)',
    step_plenary: 'Plenair',
    // a template's choices, as the content library lists them
    'setup.rounds': 'Rondes',
    'setup.roleMode': 'Perspectieven',
    'setup.dilemmas': 'Dilemma’s',
    'setup.roundMinutes': 'Minuten per ronde',
    'setup.timings': 'Tijd per stap',
    'setup.minTableSize': 'Minstens per tafel',
    'setup.maxTableSize': 'Hoogstens per tafel',
    'setup.roleSet': 'Rollen',
    'setup.autoRun': 'Stappen lopen vanzelf door',
  },
  en: {
    rule: 'The rule',
    ruleShort: 'No right or wrong: we explore values.',
    howItGoes: 'How a round goes',
    howDraw: 'Take a perspective from your table’s envelope',
    howShare: 'Say what matters to you from this perspective',
    howChoose: 'What would your choice be?',
    howLead: 'Which values led? Onto the flip-over with them',
    howReveal: 'Reveal the roles and look back',
    minutes: '{n} min',
    round: 'Round {n}',
    roundOf: 'Round {n} of {m}',
    theDilemma: 'The dilemma',
    sideA: 'A',
    sideB: 'B',
    versus: 'versus',
    readMore: 'Read the situation',
    drawHint_open: 'Tap the envelope above and take your role. Your table sees at once who speaks from which perspective.',
    drawHint_choose: 'Pick a perspective below that is still free at your table.',
    drawHint_secret: 'Tap the envelope above and read your perspective. Keep it to yourself for now.',
    pickHeading: 'Pick your perspective',
    pickHelp: 'These perspectives come to the table first: {list}. At a larger table, whoever is left picks another.',
    pickTaken: 'taken by {name}',
    pickYours: 'your perspective',
    pickLater: 'the perspectives above first',
    valuesHeading: 'What matters to you?',
    valuesHelp: 'Pick the values that matter from your perspective and that are close to you as well (at most {n}). Tap a value for its meaning.',
    valuesCount: '{x} of {n} chosen',
    valuesMax: 'You can pick at most {n}. Take one away first.',
    other: 'Other…',
    otherLabel: 'A value in your own words',
    otherAdd: 'Add',
    remove: 'Remove',
    removeValue: 'Remove {value}',
    noteLabel: 'A short note (optional)',
    save: 'Save',
    saved: 'Saved',
    saving: 'Saving…',
    chooseHeading: 'What would you choose?',
    chooseHelp: 'Take in what you said yourself and what you heard from the others. A middle way is fine too.',
    reasonLabel: 'In one sentence: why? (optional)',
    yourValues: 'Your values',
    nothingYet: 'nothing yet',
    leadHeading: 'Which values led?',
    leadHelp: 'Agree with your table which values steered the choices. Tap them to put them on the flip-over.',
    namedAtTable: 'Named at your table',
    onFlipover: 'On your flip-over',
    noneOnFlipover: 'No leading values yet.',
    leadOwn: 'Another leading value',
    leadAdd: 'On the flip-over',
    timesNamed: '{n}×',
    atYourTable: 'At your table',
    nobodyYet: 'Nobody has shared anything yet.',
    revealHeading: 'Who had which perspective?',
    revealWait: 'The roles will be revealed shortly.',
    chose: 'chose',
    noChoice: 'no choice yet',
    middleShort: 'middle way',
    you: 'you',
    plenaryHeading: 'Which values dominated?',
    plenaryWait: 'The results appear here in the plenary.',
    valuesChart: 'Values named, over all tables',
    named: 'named {n}×',
    ledAt: 'led at {n} table(s)',
    choicesHeading: 'Round {n}: how did the choices fall?',
    perPerspective: 'Per perspective',
    leadingPerTable: 'Leading values per table',
    tableN: 'Table {n}',
    noValues: 'No values named yet.',
    nudgeTitle: 'A nudge from the facilitator',
    nudge_draw: 'Take your perspective and read it.',
    nudge_share: 'Pick the values that matter to you.',
    nudge_choose: 'Make your choice: A, B or a middle way.',
    nudge_lead: 'Agree which values led and put them on the flip-over.',
    nudge_reveal: 'Round off: who had which perspective?',
    nudge_other: 'Mind the time.',
    dismiss: 'Close',
    console: 'Dilemma game',
    notStarted: 'The game has not started yet.',
    nextStep: 'Next step: {step}',
    begin: 'Begin: {step}',
    startRound: 'Start round {n}',
    toPlenary: 'On to the plenary',
    allDone: 'All steps are done.',
    autoRunOn: 'The steps of a round run by themselves.',
    autoRunOff: 'You start every step and clock yourself.',
    progressHeading: 'Progress per table',
    progressLegend: '✉ envelope · V values · C choice',
    dotValues: 'V',
    dotChoice: 'C',
    envOpened: 'envelope opened',
    envClosed: 'envelope still closed',
    nudgeTable: 'Nudge the table',
    nudgePerson: 'Nudge {name}',
    nudged: 'Nudge sent',
    spotlight: 'Flip-over on the projector',
    spotlightOff: 'Take off the projector',
    resultsHeading: 'Results',
    resultsLive: 'Only you see this until the plenary begins.',
    resultsShared: 'Everyone sees this now.',
    noTablesYet: 'Tables are made when the first round begins (or with “Make tables”).',
    ruleBig: 'There is no right or wrong',
    progressTable: 'Table {n}',
    drew: '{x}/{n} perspective',
    namedCount: '{x}/{n} values',
    choseCount: '{x}/{n} choice',
    setupHeading: 'Set up the dilemma game',
    setupFrom: 'Dilemmas from: {pack}',
    rounds: 'Number of rounds',
    dilemmaFor: 'Dilemma for round {n}',
    roundMinutes: 'Length of a round (minutes)',
    stepTimes: 'Time per step (minutes)',
    tableSizeMin: 'Table size: at least',
    tableSizeMax: 'at most',
    roleSet: 'Roles in the envelope',
    roleMode: 'How does everyone get a perspective?',
    roleMode_open: 'Open: roles from the envelope, the table sees them at once (as in the game)',
    roleMode_choose: 'Pick your own: everyone picks a free perspective',
    roleMode_secret: 'Secret until the reveal (our variant, with an extra step)',
    autoRun: 'The steps of a round run by themselves',
    roles: '{n} roles',
    step_intro: 'Welcome and the rule',
    step_draw: 'Take a perspective',
    step_share: 'Share values',
    step_choose: 'Make a choice',
    step_lead: 'Leading values',
    step_reveal: 'Reveal (secret roles only)',
    step_plenary: 'Plenary',
    'setup.rounds': 'Rounds',
    'setup.dilemmas': 'Dilemmas',
    'setup.roundMinutes': 'Minutes per round',
    'setup.timings': 'Time per step',
    'setup.minTableSize': 'At least per table',
    'setup.maxTableSize': 'At most per table',
    'setup.roleSet': 'Roles',
    'setup.roleMode': 'Perspectives',
    'setup.autoRun': 'Steps run by themselves',
  },
};

// --- state helpers -------------------------------------------------------------------------

function game(state) {
  return state && state.format && Array.isArray(state.format.rounds) ? state.format : null;
}

function roundInfo(f, n) {
  return (f.rounds || []).find((r) => r.round === n) || null;
}

function entriesOf(f, round, table) {
  return (f.entries || []).filter((e) => e.round === round && (!table || e.table === table));
}

function valueTitle(f, id, ctx) {
  const v = (f.values || []).find((x) => x.id === id);
  return v ? ctx.text(v.title) : id;
}

function sideText(f, round, side, ctx) {
  if (side === 'middle') return ctx.text(f.middle);
  const r = roundInfo(f, round);
  return r && r.dilemma ? ctx.text(r.dilemma.sides[side]) : side;
}

function sideTag(side) {
  return side === 'a' ? 'A' : side === 'b' ? 'B' : '≈';
}

/** The notes in round n's column of a table's flip-over: the table's leading values. */
function leadingNotes(state, tableId, round) {
  const board = (state.boards || []).find((b) => b.id === `table/${tableId}`);
  return board ? board.notes.filter((n) => n.column === `r${round}`) : [];
}

/** A small bell (decorative; the button says what it does). Drawn, because not every screen has emoji. */
function bell() {
  return svg('svg', { class: 'dlm-icon', viewBox: '0 0 24 24', width: 18, height: 18, 'aria-hidden': 'true', focusable: 'false' },
    svg('path', { d: 'M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6v-5a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1z' }));
}

function t(ctx, key, params) {
  return ctx.t(`dilemma.${key}`, params);
}

// --- focus that survives a re-render -----------------------------------------------------
// The view rebuilds this panel on every change; the inputs below are made once and moved
// into each new tree, so what someone is typing stays. The focus and caret go back there.

function keepTyping(node) {
  const active = document.activeElement;
  const key = active && active.getAttribute && active.getAttribute('data-dlm-focus');
  if (!key) return node;
  const start = active.selectionStart;
  const end = active.selectionEnd;
  queueMicrotask(() => {
    const again = document.querySelector(`[data-dlm-focus="${key}"]`);
    if (again && document.activeElement !== again) {
      again.focus({ preventScroll: true });
      try {
        if (start != null) again.setSelectionRange(start, end);
      } catch {
        // not a text field
      }
    }
  });
  return node;
}

function field(tag, key, props) {
  const el = h(tag, { ...props, attrs: { ...(props.attrs || {}), 'data-dlm-focus': key } });
  return el;
}

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

// --- pieces every view uses ---------------------------------------------------------------

function ruleCard(f, ctx, big) {
  return h('section', { class: ['dlm-rule', big && 'dlm-rule--big'], testid: 'dilemma-rule' },
    h('span', { class: 'dlm-rule__label', text: t(ctx, 'rule') }),
    h('p', { class: 'dlm-rule__text', text: ctx.text(f.rule) }));
}

function ruleStrip(f, ctx) {
  return h('p', { class: 'dlm-rule-strip', testid: 'dilemma-rule', attrs: { title: ctx.text(f.rule) } },
    h('span', { class: 'dlm-rule-strip__mark', attrs: { 'aria-hidden': 'true' }, text: '⚖' }), ' ', t(ctx, 'ruleShort'));
}

function howItGoes(state, ctx) {
  const steps = (state.agenda.steps || []).filter((s) => s.round === 1);
  const keys = { draw: 'howDraw', share: 'howShare', choose: 'howChoose', lead: 'howLead', reveal: 'howReveal' };
  return h('section', { class: 'dlm-how' },
    h('h3', { class: 'dlm-how__title', text: t(ctx, 'howItGoes') }),
    h('ol', { class: 'dlm-how__list' }, steps.map((s) => h('li', {},
      h('span', { class: 'dlm-how__text', text: t(ctx, keys[s.kind] || 'howReveal') }),
      h('span', { class: 'dlm-how__min', text: t(ctx, 'minutes', { n: Math.round(s.seconds / 6) / 10 }) })))));
}

function dilemmaCard(f, round, ctx, options = {}) {
  const r = roundInfo(f, round);
  if (!r || !r.dilemma) return null;
  return cardFace(r.dilemma, ctx, { ...options, label: t(ctx, 'roundOf', { n: round, m: f.rounds.length }) });
}

/**
 * A dilemma card: d = {title, situation, sides: {a, b}, theme?, setting?}, every one a text.
 * The game's rounds and the content library's preview both show it, so a trainer sees what
 * the phones will show.
 */
function cardFace(d, ctx, { label = '', compact = false, big = false, withSides = true } = {}) {
  const sides = h('div', { class: 'dlm-sides' },
    h('div', { class: 'dlm-side dlm-side--a' }, h('span', { class: 'dlm-side__tag', text: 'A' }), h('span', { text: ctx.text(d.sides.a) })),
    h('span', { class: 'dlm-sides__vs', text: t(ctx, 'versus') }),
    h('div', { class: 'dlm-side dlm-side--b' }, h('span', { class: 'dlm-side__tag', text: 'B' }), h('span', { text: ctx.text(d.sides.b) })));
  const where = [d.theme, d.setting].filter(Boolean).map((x) => ctx.text(x)).join(' · ');
  const meta = h('p', { class: 'dlm-card__meta' },
    label ? h('span', { class: 'dlm-card__round', text: label }) : null,
    where ? h('span', { class: 'dlm-card__theme', text: where }) : null);
  const situation = h('p', { class: 'dlm-card__situation', testid: 'dilemma-situation', text: ctx.text(d.situation) });
  return h('section', { class: ['dlm-card', big && 'dlm-card--big'], testid: 'dilemma-card' },
    meta,
    h('h2', { class: 'dlm-card__title', testid: 'dilemma-title', text: ctx.text(d.title) }),
    compact ? h('details', { class: 'dlm-card__more' }, h('summary', { text: t(ctx, 'readMore') }), situation) : situation,
    withSides ? sides : null);
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

// --- results (phone, console, projector) -------------------------------------------------

function bar(fraction, cls) {
  return h('span', { class: ['dlm-bar', cls], style: { width: `${Math.max(0, Math.min(100, fraction * 100)).toFixed(1)}%` } });
}

function valuesChart(results, ctx, limit) {
  const values = results.values || [];
  if (!values.length) return h('p', { class: 'dlm-muted', text: t(ctx, 'noValues') });
  const max = Math.max(1, ...values.map((v) => v.named || 0));
  return h('ol', { class: 'dlm-chart', testid: 'dilemma-values-chart' }, values.slice(0, limit).map((v) => h('li', { class: 'dlm-chart__row', testid: 'dilemma-value-row' },
    h('span', { class: 'dlm-chart__label', text: ctx.text(v.label) }),
    h('span', { class: 'dlm-chart__track' }, bar(v.named / max, 'dlm-bar--value')),
    h('span', { class: 'dlm-chart__count', testid: 'dilemma-value-count', text: String(v.named) }),
    v.leading ? h('span', { class: 'dlm-chart__lead', title: t(ctx, 'ledAt', { n: v.leading }), text: `★ ${v.leading}` }) : h('span', { class: 'dlm-chart__lead' }))));
}

function stacked(counts, total) {
  return h('span', { class: 'dlm-stack' }, SIDES.map((side) => (counts[side]
    ? h('span', {
      class: `dlm-stack__part dlm-stack__part--${side}`,
      style: { width: `${((counts[side] / Math.max(1, total)) * 100).toFixed(1)}%` },
      text: `${sideTag(side)} ${counts[side]}`,
    })
    : null)));
}

function choicesBlock(round, f, state, ctx) {
  const total = SIDES.reduce((n, s) => n + (round.choices[s] || 0), 0);
  const legend = h('ul', { class: 'dlm-legend' }, SIDES.map((side) => h('li', { class: `dlm-legend__item dlm-legend__item--${side}` },
    h('span', { class: 'dlm-legend__tag', text: sideTag(side) }),
    h('span', { text: `${ctx.text(round.sides[side])}: ${round.choices[side] || 0}` }))));
  const rows = (round.byPerspective || []).map((row) => {
    const n = SIDES.reduce((k, s) => k + (row[s] || 0), 0);
    return h('li', { class: 'dlm-persp__row', testid: 'dilemma-perspective-row' },
      h('span', { class: 'dlm-persp__label', text: ctx.text(row.title) }),
      h('span', { class: 'dlm-persp__track' }, stacked(row, n)));
  });
  return h('section', { class: 'dlm-choices', testid: 'dilemma-choices' },
    h('h3', { class: 'dlm-sub', text: t(ctx, 'choicesHeading', { n: round.round }) }),
    h('p', { class: 'dlm-choices__title', text: ctx.text(round.title) }),
    h('div', { class: 'dlm-choices__all' }, stacked(round.choices, total)),
    legend,
    rows.length ? h('h4', { class: 'dlm-sub2', text: t(ctx, 'perPerspective') }) : null,
    rows.length ? h('ul', { class: 'dlm-persp' }, rows) : null);
}

function leadingBlock(results, ctx) {
  const items = [];
  for (const round of results.rounds || []) {
    for (const table of round.tables || []) {
      items.push(h('li', { class: 'dlm-leadlist__row' },
        h('span', { class: 'dlm-leadlist__who', text: `${t(ctx, 'round', { n: round.round })} · ${t(ctx, 'tableN', { n: table.number })}` }),
        h('span', { class: 'dlm-leadlist__values' }, table.leading.length
          ? table.leading.map((l) => h('span', { class: 'dlm-pill dlm-pill--lead', text: ctx.text(l.label) }))
          : h('span', { class: 'dlm-muted', text: '–' }))));
    }
  }
  return h('section', { class: 'dlm-leadlist', testid: 'dilemma-leading' },
    h('h3', { class: 'dlm-sub', text: t(ctx, 'leadingPerTable') }),
    h('ul', {}, items));
}

function resultsView(f, state, ctx, { limit = 12, big = false } = {}) {
  const results = f.results;
  if (!results) return h('p', { class: 'dlm-muted', text: t(ctx, 'plenaryWait') });
  return h('div', { class: ['dlm-results', big && 'dlm-results--big'], testid: 'dilemma-results' },
    h('div', { class: 'dlm-results__col' },
      h('section', { class: 'dlm-results__values' },
        h('h3', { class: 'dlm-sub', text: t(ctx, 'valuesChart') }),
        valuesChart(results, ctx, limit)),
      leadingBlock(results, ctx)),
    h('div', { class: 'dlm-results__col' },
      (results.rounds || []).map((r) => choicesBlock(r, f, state, ctx))));
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

function participantPanel(state, ctx) {
  const f = game(state);
  if (!f) return null;
  lastCtx = ctx;
  const build = () => keepTyping(participantNode(state, f, ctx));
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

// --- the console ----------------------------------------------------------------------------

function nextStepButton(state, f, ctx) {
  const steps = state.agenda.steps || [];
  const i = state.agenda.current;
  const next = steps[i + 1];
  if (!next) return h('p', { class: 'dlm-muted', text: t(ctx, 'allDone') });
  let label;
  if (i < 0) label = t(ctx, 'begin', { step: ctx.text(next.title) });
  else if (next.kind === 'draw') label = t(ctx, 'startRound', { n: next.round });
  else if (next.kind === 'plenary') label = t(ctx, 'toPlenary');
  else label = t(ctx, 'nextStep', { step: ctx.text(next.title) });
  return h('button', {
    type: 'button', class: 'btn btn--primary', testid: 'dilemma-next', text: label,
    on: { click: () => ctx.send('step.goto', { index: i + 1 }).catch(() => {}) },
  });
}

function progressGrid(state, f, round, ctx) {
  if (!state.tables.length) return h('p', { class: 'dlm-muted', text: t(ctx, 'noTablesYet') });
  const entries = entriesOf(f, round);
  return h('div', { class: 'dlm-progress' }, state.tables.map((tb) => {
    const env = state.envelopes[tb.id];
    const opened = new Set(env ? env.opened || [] : []);
    const boardId = `table/${tb.id}`;
    const spotlit = state.spotlight === boardId;
    const notes = leadingNotes(state, tb.id, round);
    return h('article', { class: 'dlm-progress__table', testid: 'dilemma-progress-table', data: { table: tb.id } },
      h('header', { class: 'dlm-progress__head' },
        h('h4', { text: t(ctx, 'tableN', { n: tb.number }) }),
        h('button', {
          type: 'button', class: 'btn btn--small btn--light dlm-nudge-btn', testid: 'dilemma-nudge-table',
          disabled: !round, on: { click: () => ctx.send('dilemma.nudge', { table: tb.id }).catch(() => {}) },
        }, bell(), h('span', { text: t(ctx, 'nudgeTable') }))),
      h('ul', { class: 'dlm-progress__people' }, (tb.seats || []).map((pid) => {
        const e = entries.find((x) => x.participant === pid);
        const valueCount = e ? e.values.length + e.other.length : 0;
        return h('li', { class: 'dlm-progress__person', testid: 'dilemma-progress-person', data: { participant: pid } },
          h('span', { class: 'dlm-progress__name', text: labelOf(state, pid) }),
          h('span', {
            class: ['dlm-dot', opened.has(pid) && 'is-done'], title: opened.has(pid) ? t(ctx, 'envOpened') : t(ctx, 'envClosed'), text: '✉',
          }),
          h('span', { class: ['dlm-dot', valueCount && 'is-done'], testid: 'dilemma-progress-values', text: `${t(ctx, 'dotValues')}${valueCount || ''}` }),
          h('span', {
            class: ['dlm-dot', e && e.choice && 'is-done'], testid: 'dilemma-progress-choice',
            title: e && e.choice ? sideText(f, round, e.choice, ctx) : '', text: e && e.choice ? sideTag(e.choice) : t(ctx, 'dotChoice'),
          }),
          h('button', {
            type: 'button', class: 'dlm-bell', title: t(ctx, 'nudgePerson', { name: labelOf(state, pid) }),
            testid: 'dilemma-nudge-person',
            attrs: { 'aria-label': t(ctx, 'nudgePerson', { name: labelOf(state, pid) }) },
            disabled: !round, on: { click: () => ctx.send('dilemma.nudge', { participant: pid }).catch(() => {}) },
          }, bell()));
      })),
      notes.length ? h('div', { class: 'dlm-chips' }, notes.map((n) => h('span', { class: 'dlm-pill dlm-pill--lead', text: n.text }))) : null,
      h('button', {
        type: 'button', class: ['btn', 'btn--small', spotlit ? 'is-on' : 'btn--light'], testid: 'dilemma-spotlight',
        attrs: { 'aria-pressed': spotlit ? 'true' : 'false' }, text: spotlit ? t(ctx, 'spotlightOff') : t(ctx, 'spotlight'),
        on: { click: () => ctx.send('board.spotlight', { board: spotlit ? null : boardId }).catch(() => {}) },
      }));
  }));
}

function facilitatorPanel(state, ctx) {
  const f = game(state);
  if (!f) return null;
  const step = currentStep(state);
  const round = step && step.round > 0 ? step.round : f.round;
  const plenary = step && step.kind === 'plenary';
  const info = roundInfo(f, round);
  const results = h('details', { class: 'dlm-console__results', open: plenary || f.plenaryOpened },
    h('summary', {}, h('strong', { text: t(ctx, 'resultsHeading') }), ' ',
      h('span', { class: 'dlm-muted', text: f.plenaryOpened ? t(ctx, 'resultsShared') : t(ctx, 'resultsLive') })),
    resultsView(f, state, ctx, { limit: 25 }));
  return h('section', { class: 'card dlm dlm--console', testid: 'dilemma-console' },
    h('header', { class: 'dlm-console__head' },
      h('h2', { class: 'card__title' }, t(ctx, 'console'),
        round ? h('span', { class: 'card__badge', text: t(ctx, 'roundOf', { n: round, m: f.rounds.length }) }) : null),
      nextStepButton(state, f, ctx)),
    ruleStrip(f, ctx),
    h('p', { class: 'dlm-muted small', text: f.autoRun ? t(ctx, 'autoRunOn') : t(ctx, 'autoRunOff') }),
    info && info.dilemma && info.started ? h('div', { class: 'dlm-console__dilemma' },
      h('strong', { text: ctx.text(info.dilemma.title) }),
      h('span', { class: 'dlm-muted', text: ` — A: ${ctx.text(info.dilemma.sides.a)} · B: ${ctx.text(info.dilemma.sides.b)}` })) : null,
    h('h3', { class: 'dlm-sub' }, t(ctx, 'progressHeading'), ' ', h('span', { class: 'dlm-muted small', text: t(ctx, 'progressLegend') })),
    progressGrid(state, f, round, ctx),
    results);
}

// --- the projector --------------------------------------------------------------------------

function projectorPanel(state, ctx) {
  const f = game(state);
  if (!f) return null;
  const step = currentStep(state);
  if (!step || step.kind === 'intro') {
    return h('div', { class: 'dlm dlm--stage', testid: 'dilemma-stage' },
      h('section', { class: 'dlm-rule dlm-rule--stage', testid: 'dilemma-rule' },
        h('p', { class: 'dlm-rule__big', text: t(ctx, 'ruleBig') }),
        h('p', { class: 'dlm-rule__text', text: ctx.text(f.rule) })),
      howItGoes(state, ctx));
  }
  if (step.kind === 'plenary') {
    return h('div', { class: 'dlm dlm--stage', testid: 'dilemma-stage' },
      f.plenaryOpened ? resultsView(f, state, ctx, { limit: 10, big: true }) : null);
  }
  const round = step.round;
  const progress = (f.progress && f.progress[String(round)]) || {};
  const tables = state.tables.map((tb) => {
    const env = state.envelopes[tb.id];
    const size = (tb.seats || []).length;
    const p = progress[tb.id] || { named: 0, chose: 0 };
    return h('li', { class: 'dlm-stage-table', testid: 'dilemma-stage-table' },
      h('strong', { text: t(ctx, 'progressTable', { n: tb.number }) }),
      h('span', { text: t(ctx, 'drew', { x: env ? (env.opened || []).length : 0, n: size }) }),
      h('span', { text: t(ctx, 'namedCount', { x: p.named, n: size }) }),
      h('span', { text: t(ctx, 'choseCount', { x: p.chose, n: size }) }));
  });
  return h('div', { class: 'dlm dlm--stage', testid: 'dilemma-stage' },
    dilemmaCard(f, round, ctx, { big: true }),
    h('p', { class: 'dlm-rule-strip dlm-rule-strip--stage', text: ctx.text(f.rule) }),
    tables.length ? h('ul', { class: 'dlm-stage-tables' }, tables) : null);
}

// --- the start page ------------------------------------------------------------------------

/**
 * Where the set-up panel starts: the pack's defaults, with choices made before (a template
 * being adapted, or the panel rebuilt in the other language) laid over them where they still
 * fit this pack; what no longer fits (a dilemma the pack lost) keeps the default.
 */
function startingChoices(setup, given) {
  const d = { ...setup.defaults, dilemmas: [...setup.defaults.dilemmas], timings: { ...setup.defaults.timings }, rescale: false };
  if (!given || typeof given !== 'object') return d;
  const limits = setup.limits;
  const within = (v, [min, max]) => Number.isInteger(v) && v >= min && v <= max;
  const known = new Set(setup.dilemmas.map((x) => x.id));
  const ids = Array.isArray(given.dilemmas)
    ? given.dilemmas.filter((id, i, all) => known.has(id) && all.indexOf(id) === i).slice(0, limits.rounds[1]) : [];
  if (ids.length) {
    d.dilemmas = ids;
    d.rounds = ids.length;
  } else if (within(given.rounds, limits.rounds)) {
    d.rounds = given.rounds;
  }
  if (within(given.roundMinutes, limits.roundMinutes)) d.roundMinutes = given.roundMinutes;
  const timings = given.timings && typeof given.timings === 'object' ? given.timings : null;
  if (timings) {
    for (const [kind, seconds] of Object.entries(timings)) if (kind in d.timings && within(seconds, limits.seconds)) d.timings[kind] = seconds;
  }
  // Minutes per round without step times: the steps are scaled to fit, as the server does.
  d.rescale = within(given.roundMinutes, limits.roundMinutes) && !timings;
  if (within(given.minTableSize, limits.tableSize)) d.minTableSize = given.minTableSize;
  if (within(given.maxTableSize, limits.tableSize)) d.maxTableSize = given.maxTableSize;
  if (setup.roleSets.some((r) => r.id === given.roleSet)) d.roleSet = given.roleSet;
  if ((setup.roleModes || []).includes(given.roleMode)) d.roleMode = given.roleMode;
  if (typeof given.autoRun === 'boolean') d.autoRun = given.autoRun;
  return d;
}

function setupPanel(setup, ctx) {
  if (!setup || !setup.defaults || !Array.isArray(setup.dilemmas)) return null;
  const d = startingChoices(setup, ctx && ctx.options);
  const tt = (key, params) => ctx.t(`dilemma.${key}`, params);
  const [minRounds, maxRounds] = setup.limits.rounds;
  const modes = setup.roleModes || [];
  const roleMode = modes.length ? h('select', { id: 'dlm-setup-mode', class: 'select', testid: 'dlm-setup-mode' },
    modes.map((m) => h('option', { value: m, text: tt(`roleMode_${m}`), selected: m === (d.roleMode || 'open') }))) : null;
  const mode = () => (roleMode ? roleMode.value : 'secret');
  // The reveal step belongs to the secret variant only.
  const inMode = (s) => !s.secretOnly || mode() === 'secret';
  const roundKinds = () => setup.steps.filter((s) => s.inRound && inMode(s)).map((s) => s.kind);
  const defaults = {};
  for (const s of setup.steps) defaults[s.kind] = s.seconds;
  const defaultRound = () => roundKinds().reduce((n, k) => n + defaults[k], 0);
  const seconds = { ...d.timings };

  const num = (id, value, min, max, step = 1) => h('input', {
    id, type: 'number', class: 'input input--narrow', value: String(value), min, max, step, testid: id,
  });
  const roundsInput = num('dlm-setup-rounds', d.rounds, minRounds, maxRounds);
  const minutesInput = num('dlm-setup-minutes', d.roundMinutes, setup.limits.roundMinutes[0], setup.limits.roundMinutes[1]);
  const minSize = num('dlm-setup-min', d.minTableSize, setup.limits.tableSize[0], setup.limits.tableSize[1]);
  const maxSize = num('dlm-setup-max', d.maxTableSize, setup.limits.tableSize[0], setup.limits.tableSize[1]);
  const autoRun = h('input', { id: 'dlm-setup-auto', type: 'checkbox', checked: d.autoRun !== false, testid: 'dlm-setup-auto' });
  const roleSet = h('select', { id: 'dlm-setup-roles', class: 'select', testid: 'dlm-setup-roles' },
    setup.roleSets.map((r) => h('option', { value: r.id, text: `${ctx.text(r.title)} (${tt('roles', { n: r.roles })})`, selected: r.id === d.roleSet })));
  const dilemmaSlot = h('div', { class: 'dlm-setup__dilemmas' });
  const stepSlot = h('div', { class: 'dlm-setup__steps' });
  const chosen = [...d.dilemmas];

  function renderDilemmas() {
    const n = Math.max(minRounds, Math.min(maxRounds, Math.round(Number(roundsInput.value)) || d.rounds));
    while (chosen.length < n) chosen.push((setup.dilemmas.find((x) => !chosen.includes(x.id)) || setup.dilemmas[0]).id);
    chosen.length = n;
    dilemmaSlot.replaceChildren(...chosen.map((id, i) => {
      const select = h('select', { id: `dlm-setup-d${i}`, class: 'select', testid: 'dlm-setup-dilemma' },
        setup.dilemmas.map((x) => h('option', { value: x.id, text: `${ctx.text(x.title)} — ${ctx.text(x.theme)}`, selected: x.id === id })));
      const card = setup.dilemmas.find((x) => x.id === id);
      select.addEventListener('change', () => {
        chosen[i] = select.value;
        // A dilemma may name the perspectives that fit it (a district team's); the first round's sets the envelope.
        const named = i === 0 && (setup.dilemmas.find((x) => x.id === select.value) || {}).roleSet;
        if (named && setup.roleSets.some((r) => r.id === named)) roleSet.value = named;
        renderDilemmas();
      });
      return h('div', { class: 'field' },
        h('label', { class: 'field__label', htmlFor: `dlm-setup-d${i}`, text: tt('dilemmaFor', { n: i + 1 }) }),
        select,
        card ? h('p', { class: 'field__help', text: `${ctx.text(card.situation)} (A: ${ctx.text(card.sides.a)} · B: ${ctx.text(card.sides.b)})` }) : null);
    }));
  }

  /** The round's steps scaled to fit, its last step taking what rounding leaves (as the server does). */
  function scaleTo(minutes) {
    const total = Math.round(minutes * 60);
    const kinds = roundKinds();
    let used = 0;
    for (const k of kinds.slice(0, -1)) {
      seconds[k] = Math.max(10, Math.round((defaults[k] * total) / defaultRound() / 10) * 10);
      used += seconds[k];
    }
    seconds[kinds[kinds.length - 1]] = Math.max(10, total - used);
  }

  function renderSteps() {
    stepSlot.replaceChildren(h('table', { class: 'dlm-setup__table' }, h('tbody', {}, setup.steps.filter(inMode).map((s) => {
      const input = num(`dlm-setup-step-${s.kind}`, Math.round((seconds[s.kind] / 60) * 10) / 10, 0.5, 60, 0.5);
      input.addEventListener('change', () => {
        const m = Number(input.value);
        if (m > 0) seconds[s.kind] = Math.max(10, Math.min(3600, Math.round(m * 60)));
        const sum = roundKinds().reduce((n, k) => n + seconds[k], 0);
        minutesInput.value = String(Math.round((sum / 60) * 10) / 10);
      });
      return h('tr', {},
        h('th', { scope: 'row' }, h('label', { htmlFor: `dlm-setup-step-${s.kind}`, text: tt(`step_${s.kind}`) })),
        h('td', {}, input));
    }))));
  }

  roundsInput.addEventListener('input', () => {
    const n = Number(roundsInput.value);
    if (n >= minRounds && n <= maxRounds && n !== chosen.length) renderDilemmas();
  });
  roundsInput.addEventListener('change', renderDilemmas);
  if (d.rescale) scaleTo(d.roundMinutes);
  minutesInput.addEventListener('change', () => {
    const m = Number(minutesInput.value);
    if (m >= setup.limits.roundMinutes[0] && m <= setup.limits.roundMinutes[1]) {
      scaleTo(m);
      renderSteps();
    }
  });
  if (roleMode) {
    roleMode.addEventListener('change', () => {
      const sum = roundKinds().reduce((n, k) => n + seconds[k], 0);
      minutesInput.value = String(Math.round((sum / 60) * 10) / 10);
      renderSteps();
    });
  }
  renderDilemmas();
  renderSteps();

  const node = h('fieldset', { class: 'dlm-setup', testid: 'dilemma-setup' },
    h('legend', { class: 'dlm-setup__legend', text: tt('setupHeading') }),
    h('p', { class: 'dlm-rule-strip', text: ctx.text(setup.rule) }),
    h('p', { class: 'field__help', text: tt('setupFrom', { pack: ctx.text(setup.packTitle) }) }),
    h('div', { class: 'field-row' },
      h('div', { class: 'field' }, h('label', { class: 'field__label', htmlFor: 'dlm-setup-rounds', text: tt('rounds') }), roundsInput),
      h('div', { class: 'field' }, h('label', { class: 'field__label', htmlFor: 'dlm-setup-minutes', text: tt('roundMinutes') }), minutesInput)),
    dilemmaSlot,
    h('details', { class: 'dlm-setup__more' },
      h('summary', { text: tt('stepTimes') }),
      stepSlot),
    h('div', { class: 'field-row' },
      h('div', { class: 'field' },
        h('span', { class: 'field__label', text: tt('tableSizeMin') }),
        h('span', { class: 'dlm-row' }, h('label', { class: 'sr-only', htmlFor: 'dlm-setup-min', text: tt('tableSizeMin') }), minSize,
          h('label', { htmlFor: 'dlm-setup-max', text: tt('tableSizeMax') }), maxSize)),
      h('div', { class: 'field' }, h('label', { class: 'field__label', htmlFor: 'dlm-setup-roles', text: tt('roleSet') }), roleSet)),
    roleMode ? h('div', { class: 'field' }, h('label', { class: 'field__label', htmlFor: 'dlm-setup-mode', text: tt('roleMode') }), roleMode) : null,
    h('label', { class: 'dlm-check', htmlFor: 'dlm-setup-auto' }, autoRun, h('span', { text: tt('autoRun') })));

  return {
    node,
    options() {
      const timings = {};
      for (const s of setup.steps) timings[s.kind] = Math.max(10, Math.min(3600, Math.round(seconds[s.kind])));
      return {
        rounds: chosen.length,
        dilemmas: [...chosen],
        roundMinutes: Math.round(Number(minutesInput.value)) || d.roundMinutes,
        timings,
        minTableSize: Math.round(Number(minSize.value)),
        maxTableSize: Math.round(Number(maxSize.value)),
        roleSet: roleSet.value,
        ...(roleMode ? { roleMode: roleMode.value } : {}),
        autoRun: autoRun.checked,
      };
    },
  };
}

// --- the content library ------------------------------------------------------------------

const isText = (x) => Boolean(x && typeof x === 'object' && typeof x.nl === 'string');

/**
 * A dilemma as the phones show it in a round (its theme named from the pack's themes), and a
 * value as the chip and explanation a participant taps; other sections are not this game's.
 */
function preview(section, item, ctx) {
  if (!item || typeof item !== 'object') return null;
  if (section === 'dilemmas' && isText(item.title) && isText(item.situation) && item.sides
    && isText(item.sides.a) && isText(item.sides.b)) {
    const theme = ((ctx.pack && ctx.pack.themes) || []).find((x) => x && x.id === item.theme);
    const d = { ...item, theme: theme && isText(theme.title) ? theme.title : null, setting: isText(item.setting) ? item.setting : null };
    return h('div', { class: 'dlm dlm-preview' }, cardFace(d, ctx, { label: t(ctx, 'theDilemma') }));
  }
  if (section === 'values' && isText(item.title)) {
    return h('div', { class: 'dlm dlm-preview' },
      h('div', { class: 'dlm-chips' }, h('span', { class: 'dlm-chip is-on', text: ctx.text(item.title) })),
      isText(item.explanation)
        ? h('p', { class: 'dlm-explain' }, h('strong', { text: `${ctx.text(item.title)}: ` }), ctx.text(item.explanation))
        : null);
  }
  return null;
}

// --- events -----------------------------------------------------------------------------------

function reduce(state, event, data) {
  const f = game(state);
  if (!f || !data) return false;
  switch (event) {
    case 'dilemma.round': {
      const r = data.round;
      const i = f.rounds.findIndex((x) => x.round === r.round);
      if (i >= 0) f.rounds[i] = { ...f.rounds[i], ...r };
      else f.rounds.push(r);
      if (typeof data.current === 'number') f.round = data.current;
      return true;
    }
    case 'dilemma.entry': {
      const e = data.entry;
      f.entries = (f.entries || []).filter((x) => !(x.round === e.round && x.participant === e.participant));
      f.entries.push(e);
      return true;
    }
    case 'dilemma.progress': {
      f.progress = f.progress || {};
      const key = String(data.round);
      f.progress[key] = { ...(f.progress[key] || {}), [data.table]: data.progress };
      return true;
    }
    case 'dilemma.results':
      f.results = data.results;
      f.plenaryOpened = !!data.plenaryOpened;
      return true;
    case 'dilemma.nudged':
      f.nudge = { ...data, at: Date.now() };
      try {
        const active = !navigator.userActivation || navigator.userActivation.hasBeenActive;
        if (navigator.vibrate && active) navigator.vibrate([120, 80, 120]);
      } catch {
        // a nicety
      }
      return true;
    default:
      return false;
  }
}

export default {
  strings,
  exportCsv: 'dilemma.csv',
  reduce,
  participantPanel,
  facilitatorPanel,
  projectorPanel,
  setupPanel,
  // timings: seconds per step kind; the content library names them by the pack's step titles.
  stepTimes: {
    option: 'timings',
    unit: 'seconds',
    titles: (setup) => Object.fromEntries((setup.steps || []).map((s) => [s.kind, s.title])),
  },
  preview,
};

// The facilitator's console: joining info, people, tables and envelopes, steps and the clock,
// and every flip-over with the facilitator's note tools.

import { h, replace, keepFocus, confirmButton } from '../dom.js';
import { t, text, lang, onLangChange, relabel } from '../i18n.js';
import { load, keys } from '../storage.js';
import { table as findTable, boardTable, isPlenary, currentStep, upcomingStep, displayTimer } from '../state.js';
import { createTimer } from '../timer.js';
import { renderBoard } from '../board.js';
import { createComposer } from '../composer.js';
import { openNoteEditor } from '../noteEditor.js';
import { panel, focusBoard, uses } from '../formats.js';
import { tokenFromHash, formatCtx, joinUrlFor, isLoopbackUrl } from '../session.js';
import { exportsCard } from '../exportsCard.js';
import { renderPeople, renderTables } from './console-groups.js';
import { startView, showProblem as problem, attach } from './live-view.js';

const view = startView({ variant: 'console', draw: renderConsole });
const { chrome, store, code, render } = view;
const token = tokenFromHash() || (code ? load(keys.facilitatorToken(code)) : '');
let live = null;
let parts = null;
let selectedBoard = 'plenary';
let lastFocus = null; // the board the format last asked to show
const selection = new Set();
let minutesFor = null; // the step the minutes field was last filled for

function fail(e) {
  chrome.toast(e.message);
}

function send(type, fields) {
  return live.send(type, fields).catch((e) => {
    fail(e);
    throw e;
  });
}

/** Fire and forget, with the error shown. */
function act(type, fields) {
  send(type, fields).catch(() => {});
}

function showProblem(key) {
  parts = null;
  chrome.setConnection('online');
  problem(chrome, key, h('a', { class: 'btn btn--primary', href: '/', text: t('start.createHeading') }));
}

// --- building the console ----------------------------------------------------------------

function build() {
  const timer = createTimer({ size: 'big', clock: () => live.now() });

  // Joining
  const codeEl = h('strong', { class: 'join-info__code', testid: 'code', text: code });
  const qr = h('img', {
    class: 'join-info__qr', testid: 'qr', src: `/api/sessions/${encodeURIComponent(code)}/qr.svg`, width: 180, height: 180,
  });
  const joinLink = h('a', { class: 'join-info__link', target: '_blank', rel: 'noopener' });
  const copy = h('button', { type: 'button', class: 'btn btn--small btn--light' });
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(joinLink.href);
      copy.textContent = t('common.copied');
      setTimeout(() => { copy.textContent = t('common.copy'); }, 2000);
    } catch {
      // clipboard refused (no https): the link can still be selected by hand
    }
  });
  const projector = h('div', { class: 'join-info__projector' });
  const reach = h('div', { class: 'join-info__reach' });
  const closeSlot = h('div', { class: 'join-info__close' });
  const joinCard = h('section', { class: 'card join-info' },
    h('h2', { class: 'card__title', data: { t: 'f.joinHeading' } }),
    h('div', { class: 'join-info__row' }, h('div', {}, h('span', { class: 'caption', data: { t: 'f.code' } }), codeEl), qr),
    h('span', { class: 'caption', data: { t: 'f.joinAt' } }),
    h('div', { class: 'join-info__linkrow' }, joinLink, copy),
    reach,
    projector,
    closeSlot);

  // People
  const count = h('span', { class: 'count-badge', testid: 'participant-count', text: '0' });
  const people = h('div', { class: 'people' });
  const peopleCard = h('section', { class: 'card' },
    h('h2', { class: 'card__title' }, h('span', { data: { t: 'f.participants' } }), count), people);

  // Steps and clock
  const steps = h('ol', { class: 'steps' });
  const minutes = h('input', {
    id: 'timer-minutes', type: 'number', class: 'input input--narrow', min: 1, max: 120, step: 1,
  });
  const btn = (testid, key, onClick, cls = 'btn') => h('button', {
    type: 'button', class: cls, testid, data: { t: key }, on: { click: onClick },
  });
  const startBtn = btn('timer-start', 'f.timerStart', () => {
    const s = store.state;
    const step = upcomingStep(s);
    const typed = Number(minutes.value);
    const fields = {};
    if (typed > 0 && (!step || Math.round(typed * 60) !== step.seconds)) {
      fields.seconds = Math.min(7200, Math.max(10, Math.round(typed * 60)));
    }
    // Nothing chosen yet: Start means "begin with the first step", one press instead of two.
    if (!currentStep(s) && step) {
      send('step.goto', { index: 0 }).then(() => act('timer.start', fields)).catch(() => {});
    } else {
      act('timer.start', fields);
    }
  }, 'btn btn--primary');
  const pauseBtn = btn('timer-pause', 'f.timerPause', () => act('timer.pause'));
  const resumeBtn = btn('timer-resume', 'f.timerResume', () => act('timer.resume'), 'btn btn--primary');
  const extendBtn = btn('timer-extend', 'f.timerExtend', () => act('timer.extend', { seconds: 60 }));
  const skipBtn = btn('timer-skip', 'f.timerSkip', () => act('timer.skip'), 'btn btn--light');
  // One press moves on in every format: the next step becomes current and its clock runs.
  const nextBtn = h('button', {
    type: 'button', class: 'btn btn--primary', testid: 'step-next',
    on: {
      click: () => {
        const s = store.state;
        const index = (s.agenda.current ?? -1) + 1;
        if (index >= (s.agenda.steps || []).length) return;
        send('step.goto', { index }).then(() => act('timer.start', {})).catch(() => {});
      },
    },
  });
  const stepNow = h('h3', { class: 'clock__step' });
  const clockCard = h('section', { class: 'card clock' },
    h('div', { class: 'clock__head' }, stepNow, timer.el),
    h('div', { class: 'clock__controls' },
      h('label', { class: 'inline-field', htmlFor: 'timer-minutes' }, h('span', { data: { t: 'f.startMinutes' } }), minutes),
      startBtn, pauseBtn, resumeBtn, extendBtn, skipBtn, nextBtn));
  const stepsCard = h('section', { class: 'card' }, h('h2', { class: 'card__title', data: { t: 'f.steps' } }), steps);

  // Tables
  const maxSize = h('input', {
    id: 'max-size', type: 'number', class: 'input input--narrow', testid: 'max-size', min: 2, max: 12, step: 1, value: '5',
  });
  const arrange = h('button', {
    type: 'button', class: 'btn btn--primary', testid: 'arrange-tables',
    on: {
      click: () => {
        const n = Math.round(Number(maxSize.value));
        if (!(n >= 2 && n <= 12)) {
          chrome.toast(t('err.invalid_field.maxSize'));
          maxSize.focus();
          return;
        }
        act('tables.arrange', { maxSize: n });
      },
    },
  });
  const dealAll = btn('deal-roles', 'f.dealAll', () => act('roles.deal', {}));
  const revealAll = btn('reveal-roles', 'f.revealAll', () => act('roles.reveal', {}));
  const tablesGrid = h('div', { class: 'tables-grid' });
  const tablesCard = h('section', { class: 'card', testid: 'tables-card' },
    h('h2', { class: 'card__title', data: { t: 'f.tables' } }),
    h('div', { class: 'toolbar' },
      h('label', { class: 'inline-field', htmlFor: 'max-size' }, h('span', { data: { t: 'f.maxSize' } }), maxSize),
      arrange, dealAll, revealAll),
    tablesGrid);

  // Boards
  const boardTabs = h('div', { class: 'tabs', attrs: { role: 'tablist' } });
  const spotlight = h('button', { type: 'button', class: 'btn btn--light', testid: 'spotlight' });
  const groupLabel = h('input', { id: 'group-label', type: 'text', class: 'input', attrs: { maxlength: '80' } });
  const groupLabelText = h('label', { htmlFor: 'group-label', class: 'sr-only' });
  const groupBtn = h('button', { type: 'button', class: 'btn', testid: 'group-notes' });
  const clearSel = h('button', { type: 'button', class: 'btn btn--light', data: { t: 'f.clearSelection' } });
  const groupHint = h('span', { class: 'muted small', data: { t: 'f.groupHint' } });
  const groupBar = h('div', { class: 'toolbar group-bar' }, groupHint, groupLabelText, groupLabel, groupBtn, clearSel);
  const boardSlot = h('div', { class: 'board-slot' });
  const composer = createComposer({
    code,
    idPrefix: 'f-compose',
    submit: (board, column, value, color) => send('note.add', { board, column, text: value, color }),
  });
  const boardsCard = h('section', { class: 'card boards', id: 'boards' },
    h('div', { class: 'boards__head' }, h('h2', { class: 'card__title', data: { t: 'f.boards' } }), spotlight),
    boardTabs, groupBar, boardSlot, h('details', { class: 'boards__compose' },
      h('summary', { data: { t: 'compose.heading' } }), composer.el));

  groupBtn.addEventListener('click', () => {
    if (selection.size < 2) return;
    const fields = { board: selectedBoard, notes: [...selection] };
    const label = groupLabel.value.trim();
    if (label) fields.label = label;
    send('note.group', fields).then(() => {
      selection.clear();
      groupLabel.value = '';
      render();
    }).catch(() => {});
  });
  clearSel.addEventListener('click', () => {
    selection.clear();
    render();
  });
  spotlight.addEventListener('click', () => {
    const on = store.state.spotlight === selectedBoard;
    act('board.spotlight', { board: on ? null : selectedBoard });
  });

  const formatSlot = h('div', { class: 'format-slot' });
  const exportsSlot = h('div', { class: 'exports-slot' });
  replace(chrome.main, h('div', { class: 'console' },
    h('aside', { class: 'console__side' }, joinCard, peopleCard),
    h('div', { class: 'console__main' }, clockCard, stepsCard, tablesCard, formatSlot, boardsCard, exportsSlot)));

  const code2 = h('span', { class: 'topbar__code', text: code });
  chrome.extra.append(code2);

  relabel(chrome.main);
  const rules = store.state && store.state.session.rules;
  if (rules && rules.maxTableSize >= 2 && rules.maxTableSize <= 12) maxSize.value = String(rules.maxTableSize);
  parts = {
    timer, codeEl, joinLink, copy, projector, reach, closeSlot, count, people, steps, minutes, stepNow,
    startBtn, pauseBtn, resumeBtn, extendBtn, skipBtn, nextBtn, maxSize, tablesCard, arrange, dealAll, revealAll, tablesGrid,
    boardTabs, spotlight, groupBar, groupLabel, groupLabelText, groupBtn, clearSel, boardSlot, composer, formatSlot, boardsCard,
    exportsSlot, exportsFor: null,
  };
  renderConsole();
}

// --- rendering ---------------------------------------------------------------------------

function renderConsole() {
  if (!parts || !store.state) return;
  const s = store.state;
  const p = parts;
  chrome.setSubtitle(s.session.title ? `${s.session.title} · ${t('f.console')}` : t('f.console'));

  renderJoin(s, p);
  const used = uses(store.format, s);
  renderPeople(s, p, { act, used });
  renderClock(s, p);
  renderSteps(s, p);
  renderTables(s, p, { act, used, selectBoard });
  replace(p.formatSlot, panel(store.format, 'facilitatorPanel', s, formatCtx(live, store)));
  renderBoards(s, p);
  renderExports(p);
}

/** Every format's console can take the results home; a format with its own card (spearheads) says so. */
function renderExports(p) {
  const f = store.format;
  const key = `${lang()}:${sessionFormat()}:${f ? `${f.exportCsv}:${!!f.ownExports}` : ''}`;
  if (p.exportsFor === key) return; // built once per language: a re-render must not steal focus from its buttons
  p.exportsFor = key;
  replace(p.exportsSlot, f && f.ownExports ? null : exportsCard({
    code, token, csv: f && typeof f.exportCsv === 'string' ? f.exportCsv : null, onError: (m) => chrome.toast(m),
  }));
}

function sessionFormat() {
  return store.state ? store.state.session.format : '';
}

function renderJoin(s, p) {
  p.joinLink.href = joinUrlFor(s, code);
  renderReach(p);
  p.joinLink.textContent = p.joinLink.href.replace(/^https?:\/\//, '');
  p.copy.textContent = p.copy.textContent === t('common.copied') ? t('common.copied') : t('common.copy');
  const qr = p.codeEl.closest('.join-info').querySelector('img');
  qr.alt = t('f.qrAlt');
  const projectorToken = load(keys.projectorToken(code));
  if (projectorToken) {
    replace(p.projector, h('a', {
      class: 'btn btn--block', testid: 'open-projector', href: `/p/${code}#${projectorToken}`,
      target: '_blank', rel: 'noopener', text: t('f.openProjector'),
    }));
  } else {
    replace(p.projector, h('p', { class: 'muted small', text: t('f.projectorUnknown') }));
  }
  if (s.session.closed) {
    replace(p.closeSlot, h('p', { class: 'notice', text: t('f.closed') }));
  } else if (!p.closeSlot.querySelector('button')) {
    replace(p.closeSlot, confirmButton({ class: 'btn btn--light btn--block', testid: 'close-session' },
      () => t('f.closeSession'), () => t('common.sure'), () => act('session.close')));
  } else {
    p.closeSlot.querySelector('button').relabel();
  }
}

// Where phones can reach this laptop: asked once, shown while the join link is loopback.
let network = null;
fetch('/api/network').then((r) => (r.ok ? r.json() : null)).then((n) => { network = n; render(); }).catch(() => {});

function renderReach(p) {
  if (!isLoopbackUrl(p.joinLink.href)) {
    replace(p.reach);
    return;
  }
  const addresses = network ? network.addresses || [] : [];
  replace(p.reach, h('div', { class: 'notice join-info__warning', testid: 'join-loopback-warning', attrs: { role: 'status' } },
    h('p', { text: t('f.loopbackWarning') }),
    addresses.length ? h('p', { class: 'small', text: t('f.loopbackChoose') }) : h('p', { class: 'small', text: t('f.loopbackNone') }),
    addresses.length ? h('ul', { class: 'join-info__addresses' }, addresses.map((a) => h('li', {},
      h('a', { href: `${a}/f/${code}#${token}`, testid: 'join-address', text: a.replace(/^https?:\/\//, '') })))) : null));
}

function renderClock(s, p) {
  const step = upcomingStep(s);
  p.stepNow.textContent = currentStep(s) ? text(step.title) : t('f.noStep');
  p.stepNow.classList.toggle('muted', !currentStep(s));
  p.timer.update(displayTimer(s), currentStep(s) ? text(currentStep(s).title) : '');
  if (step && minutesFor !== `${s.agenda.current}:${step.seconds}` && document.activeElement !== p.minutes) {
    minutesFor = `${s.agenda.current}:${step.seconds}`;
    p.minutes.value = String(Math.max(1, Math.round(step.seconds / 60)));
  }
  const st = s.timer.status;
  p.startBtn.disabled = !step || st === 'running' || st === 'paused';
  p.pauseBtn.disabled = st !== 'running';
  p.resumeBtn.disabled = st !== 'paused';
  p.extendBtn.disabled = st === 'idle';
  p.skipBtn.disabled = st !== 'running' && st !== 'paused';
  const steps = s.agenda.steps || [];
  const following = steps[(s.agenda.current ?? -1) + 1];
  p.nextBtn.hidden = !following || !currentStep(s);
  p.nextBtn.textContent = following ? t('f.nextStep', { step: text(following.title) }) : '';
}

function renderSteps(s, p) {
  keepFocus(p.steps, () => replace(p.steps, (s.agenda.steps || []).map((step, i) => {
    const current = i === s.agenda.current;
    return h('li', { class: ['steps__item', current && 'is-current'] },
      h('span', { class: 'steps__num', text: String(i + 1) }),
      h('span', { class: 'steps__text' },
        h('span', { class: 'steps__title', text: text(step.title) }),
        h('span', { class: 'steps__meta', text: t('f.minutes', { n: Math.round(step.seconds / 60) }) })),
      current ? h('span', { class: 'steps__now', text: t('f.current') }) : null,
      h('button', {
        type: 'button',
        class: ['btn', 'btn--small', current ? 'btn--light' : ''],
        testid: 'step-goto',
        data: { index: i },
        attrs: { 'data-focus-key': `goto-${i}`, 'aria-label': `${t('f.goto')}: ${text(step.title)}` },
        text: t('f.goto'),
        on: { click: () => act('step.goto', { index: i }) },
      }));
  })));
}

function boardName(s, b) {
  if (b.id === 'plenary') return t('f.plenary');
  const tid = boardTable(b.id);
  if (tid) {
    const tb = findTable(s, tid);
    const base = tb ? t('f.tableN', { n: tb.number }) : tid;
    return /^table\/[^/]+$/.test(b.id) ? base : `${base} · ${text(b.title)}`;
  }
  return text(b.title);
}

function selectBoard(id) {
  if (id !== selectedBoard) selection.clear();
  selectedBoard = id;
  renderConsole();
}

function renderBoards(s, p) {
  const boards = [...s.boards].sort((a, b) => rank(a) - rank(b));
  function rank(b) {
    if (isPlenary(b.id)) return b.id === 'plenary' ? 0 : 1;
    const tb = findTable(s, boardTable(b.id));
    return 10 + (tb ? tb.number : 999);
  }
  const focus = focusBoard(store.format, s, 'facilitator', formatCtx(live, store));
  if (focus && focus !== lastFocus && boards.some((b) => b.id === focus)) {
    if (focus !== selectedBoard) selection.clear();
    selectedBoard = focus;
    lastFocus = focus;
  }
  if (!boards.some((b) => b.id === selectedBoard)) selectedBoard = boards[0] ? boards[0].id : null;
  const board = boards.find((b) => b.id === selectedBoard) || null;
  for (const id of [...selection]) if (!board || !board.notes.some((n) => n.id === id)) selection.delete(id);

  keepFocus(p.boardTabs, () => replace(p.boardTabs, boards.map((b) => h('button', {
    type: 'button',
    class: ['tab', b.id === selectedBoard && 'is-active', s.spotlight === b.id && 'is-spotlit'],
    testid: 'board-tab',
    data: { board: b.id },
    attrs: { role: 'tab', 'aria-selected': b.id === selectedBoard ? 'true' : 'false', 'data-focus-key': `btab-${b.id}` },
    text: `${boardName(s, b)} (${b.notes.length})`,
    on: { click: () => selectBoard(b.id) },
  }))));

  const spotOn = board && s.spotlight === board.id;
  p.spotlight.textContent = spotOn ? t('f.spotlightOff') : t('f.spotlight');
  p.spotlight.classList.toggle('is-on', !!spotOn);
  p.spotlight.setAttribute('aria-pressed', spotOn ? 'true' : 'false');
  p.spotlight.disabled = !board;

  p.groupBar.hidden = !board;
  p.groupBtn.textContent = t('f.groupSelected', { n: selection.size });
  p.groupBtn.disabled = selection.size < 2;
  p.clearSel.hidden = selection.size === 0;
  p.groupLabel.placeholder = t('f.groupLabel');
  p.groupLabelText.textContent = t('f.groupLabel');

  keepFocus(p.boardSlot, () => replace(p.boardSlot, board
    ? renderBoard(board, {
      mode: 'facilitator',
      me: null,
      pending: live.pending(),
      selection,
      onSelect: (id, on) => {
        if (on) selection.add(id);
        else selection.delete(id);
        renderConsole();
      },
      actions: noteActions(board),
    })
    : null));
  p.composer.setBoard(board);
}

function noteActions(board) {
  return {
    edit: (note) => openNoteEditor({
      board,
      note,
      canMove: true,
      onSave: ({ text: value, color, column }) => {
        if (value !== note.text || color !== note.color) act('note.edit', { board: board.id, note: note.id, text: value, color });
        if (column !== note.column) act('note.move', { board: board.id, note: note.id, column });
      },
      onRemove: () => act('note.remove', { board: board.id, note: note.id }),
    }),
    remove: (note) => act('note.remove', { board: board.id, note: note.id }),
    highlight: (note, on) => act('note.highlight', { board: board.id, note: note.id, on }),
    ungroup: (note) => act('note.ungroup', { board: board.id, note: note.id }),
    hideVotes: (hidden) => act('votes.hide', { board: board.id, hidden }),
  };
}

onLangChange(() => {
  if (!parts) return;
  relabel(chrome.main);
  renderConsole();
});

// --- start -------------------------------------------------------------------------------

function boot() {
  if (!code) {
    showProblem('f.noSession');
    return;
  }
  if (!token) {
    showProblem('f.linkInvalid');
    return;
  }
  const onWelcome = () => parts || build();
  live = attach({ view, principal: 'facilitator', token, tokenKey: keys.facilitatorToken(code), linkInvalid: 'f.linkInvalid', onWelcome, onProblem: showProblem });
}

boot();

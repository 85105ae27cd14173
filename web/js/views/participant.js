// The participant's phone: join with a first name, then my table, the step and its clock,
// my envelope, and the flip-overs of my table and the plenary.

import { h, replace, keepFocus } from '../dom.js';
import { t, text, errorText, onLangChange, relabel } from '../i18n.js';
import { load, save, keys } from '../storage.js';
import { Live, randomToken } from '../live.js';
import { tableOf, labelOf, participant as findParticipant, isPlenary, boardTable, currentStep, upcomingStep, displayTimer } from '../state.js';
import { createTimer } from '../timer.js';
import { renderBoard } from '../board.js';
import { createComposer } from '../composer.js';
import { createEnvelope } from '../envelope.js';
import { openNoteEditor } from '../noteEditor.js';
import { panel, focusBoard, uses } from '../formats.js';
import { normaliseCode, wire, formatCtx } from '../session.js';
import { startView } from './live-view.js';

const view = startView({ variant: 'phone', draw: renderSession });
const { chrome, store, render } = view;
let code = view.code;
let live = null;
let screen = 'join';
let selectedBoard = null;
let lastFocus = null; // the board the format last asked to show
let boardPicked = false;

// --- join form ---------------------------------------------------------------------------

const joinError = h('p', { class: 'form-error', attrs: { role: 'alert' } });
const codeInput = h('input', {
  id: 'join-code', type: 'text', class: 'input input--code', testid: 'join-code',
  autocomplete: 'off', autocapitalize: 'characters', spellcheck: false,
  attrs: { inputmode: 'text', maxlength: '9', 'aria-describedby': 'join-code-help' },
});
const nameInput = h('input', {
  id: 'join-name', type: 'text', class: 'input', testid: 'join-name',
  autocomplete: 'given-name', attrs: { maxlength: '40', enterkeyhint: 'go' },
});
const joinButton = h('button', { type: 'submit', class: 'btn btn--primary btn--block btn--large', testid: 'join-submit' });
const codeLabel = h('label', { htmlFor: 'join-code', class: 'field__label', data: { t: 'join.codeLabel' } });
const codeHelp = h('p', { id: 'join-code-help', class: 'field__help', data: { t: 'join.codeHelp' } });
const nameLabel = h('label', { htmlFor: 'join-name', class: 'field__label', data: { t: 'join.nameLabel' } });
const joinHeading = h('h1', { class: 'join__title', data: { t: 'join.heading' } });
const privacy = h('p', { class: 'join__privacy', data: { t: 'join.privacy' } });
const joinNotice = h('p', { class: 'notice', hidden: true });
const joinForm = h('form', { class: 'card join', attrs: { novalidate: true } },
  joinHeading,
  joinNotice,
  h('div', { class: 'field' }, codeLabel, codeInput, codeHelp),
  h('div', { class: 'field' }, nameLabel, nameInput),
  joinError,
  joinButton,
  privacy);
let joining = false;

function labelJoin() {
  relabel(joinForm);
  nameInput.placeholder = t('join.namePlaceholder');
  joinButton.textContent = joining ? t('join.joining') : t('join.submit');
  if (joinNotice.key) joinNotice.textContent = t(joinNotice.key);
  if (joinError.error) joinError.textContent = joinError.error();
}

function showJoin({ notice, error } = {}) {
  screen = 'join';
  joining = false;
  joinButton.disabled = false;
  codeInput.value = code;
  const record = code ? load(keys.participant(code)) : null;
  if (record && record.name && !nameInput.value) nameInput.value = record.name;
  joinNotice.key = notice || null;
  joinNotice.hidden = !notice;
  joinError.error = error || null;
  joinError.textContent = '';
  labelJoin();
  chrome.setSubtitle('');
  chrome.setConnection('online');
  replace(chrome.main, joinForm);
  (code ? nameInput : codeInput).focus();
}

joinForm.addEventListener('submit', (e) => {
  e.preventDefault();
  if (joining) return;
  const typedCode = normaliseCode(codeInput.value);
  const name = nameInput.value.trim();
  joinError.error = null;
  if (typedCode.length !== 6) {
    joinError.error = () => t('join.needCode');
    labelJoin();
    codeInput.focus();
    return;
  }
  if (!name) {
    joinError.error = () => t('join.needName');
    labelJoin();
    nameInput.focus();
    return;
  }
  if (typedCode !== code) {
    code = typedCode;
    history.replaceState(null, '', `/j/${code}`);
  }
  joinError.textContent = '';
  joining = true;
  joinButton.disabled = true;
  labelJoin();
  // The token is made here, before asking: a join re-sent after a lost answer is then
  // recognised by the server instead of making a second "Anna".
  const record = { token: randomToken(), name, joined: false };
  save(keys.participant(code), record);
  connect({ kind: 'join', name, token: record.token });
});

// --- connection --------------------------------------------------------------------------

function connect(credentials) {
  if (live && live.code !== code) {
    live.halt();
    live = null;
  }
  if (!live) {
    live = new Live({ code, principal: 'participant', credentials: null });
    wire({ live, store, chrome, render });
    live.on('token', (token) => {
      const record = load(keys.participant(code)) || {};
      save(keys.participant(code), { ...record, token, joined: true });
    });
    live.on('welcome', () => {
      if (screen !== 'session') buildSession();
    });
    live.on('rejected', onRejected);
    live.setCredentials(credentials);
  } else {
    live.setCredentials(credentials);
  }
}

function onRejected({ code: errorCode, field }) {
  const wasJoining = joining;
  const record = load(keys.participant(code)) || {};
  // The token did not make it in (or no longer counts): forget it, keep the name for the form.
  save(keys.participant(code), { name: record.name });
  if (live) live.clearOutbox();
  if (!wasJoining && errorCode === 'bad_token') {
    showJoin({ notice: 'join.tokenGone' });
    return;
  }
  showJoin({ error: () => errorText(errorCode, { field }) });
}

store.onSignal((name) => {
  if (name === 'removed') {
    if (live) {
      live.clearOutbox();
      live.halt();
    }
    live = null;
    const record = load(keys.participant(code)) || {};
    save(keys.participant(code), { name: record.name });
    showJoin({ notice: 'join.removed' });
  }
});

// --- the session screen ------------------------------------------------------------------

let parts = null;

function buildSession() {
  screen = 'session';
  joining = false;
  const timer = createTimer({ size: 'normal', clock: () => live.now() });
  // The same countdown, small, in the sticky top bar: in view while people choose, answer or type.
  const compactTimer = createTimer({ size: 'compact', clock: () => live.now(), testid: 'timer-compact' });
  replace(chrome.extra, compactTimer.el);
  const meLabel = h('strong', { class: 'me__label', testid: 'me-label' });
  const tableSlot = h('div', { class: 'me__table' });
  const mates = h('div', { class: 'me__mates' });
  const meCard = h('section', { class: 'card me' },
    h('div', { class: 'me__row' },
      h('div', {}, h('span', { class: 'me__caption', data: { i18n: 'p.youAre' } }), meLabel),
      tableSlot),
    mates);

  const stepCaption = h('span', { class: 'step__caption' });
  // Focus goes here after joining and at each new step (tabindex -1: reachable by script, not by Tab).
  const stepTitle = h('h2', { class: 'step__title', testid: 'step-title', attrs: { tabindex: '-1' } });
  const stepHint = h('p', { class: 'step__hint' });
  const stepCard = h('section', { class: 'card step' },
    h('div', { class: 'step__text' }, stepCaption, stepTitle, stepHint), timer.el);

  const envelope = createEnvelope({ send: (type, f) => live.send(type, f), toast: chrome.toast });
  const formatSlot = h('div', { class: 'format-slot' });
  const tabs = h('div', { class: 'tabs', attrs: { role: 'tablist' } });
  const boardSlot = h('div', { class: 'board-slot', attrs: { role: 'tabpanel' } });
  const composer = createComposer({
    code,
    submit: (board, column, value, color) => live.send('note.add', { board, column, text: value, color })
      .catch((e) => {
        chrome.toast(e.message);
        throw e;
      }),
  });
  const boardCard = h('section', { class: 'card flipover' }, tabs, boardSlot, composer.el);

  // A skip link, first on the page: one Tab and Enter to the note field.
  const skip = h('a', {
    class: 'skip-link', href: '#compose-text', testid: 'skip-to-note',
    on: {
      click: (e) => {
        e.preventDefault();
        const field = document.getElementById('compose-text');
        if (field) {
          field.scrollIntoView({ block: 'center' });
          field.focus();
        }
      },
    },
  });
  parts = { timer, compactTimer, meLabel, tableSlot, mates, meCard, stepCaption, stepTitle, stepHint, envelope, formatSlot, tabs, boardSlot, composer, boardCard, skip, stepShown: null };
  replace(chrome.main, h('div', { class: 'phone' }, skip, meCard, stepCard, envelope.el, formatSlot, boardCard));
  renderSession();
  // After joining, the screen's content has focus, not the page's body.
  stepTitle.focus();
}

function visibleBoards(state, myTable) {
  const mine = state.boards.filter((b) => myTable && boardTable(b.id) === myTable);
  const plenary = state.boards.filter((b) => isPlenary(b.id));
  return [...mine, ...plenary];
}

function renderSession() {
  if (screen !== 'session' || !parts || !store.state) return;
  const s = store.state;
  const you = store.you || {};
  const me = you.participant;
  const p = parts;
  chrome.setSubtitle(s.session.title);

  // Me and my table.
  const mine = findParticipant(s, me);
  p.meCard.querySelector('.me__caption').textContent = t('p.youAre');
  p.meLabel.textContent = mine ? mine.label : you.label || '';
  const table = me ? tableOf(s, me) : null;
  if (table) {
    replace(p.tableSlot,
      h('span', { class: 'me__caption', text: t('p.table') }),
      h('strong', { class: 'me__table-number', testid: 'table-number', text: String(table.number) }));
    const others = (table.seats || []).filter((id) => id !== me);
    replace(p.mates,
      h('h3', { class: 'me__mates-title', text: t('p.tablemates') }),
      others.length
        ? h('ul', { class: 'chips' }, others.map((id) => h('li', { class: 'chip', text: labelOf(s, id) })))
        : h('p', { class: 'muted small', text: t('p.aloneAtTable') }));
  } else {
    replace(p.tableSlot);
    // A session without tables never gets any: no promise that the facilitator will deal them.
    const waits = uses(store.format, s).tables;
    replace(p.mates, waits ? h('p', { class: 'muted small', text: s.tables.length ? t('p.noTable') : t('p.waitTable') }) : null);
  }

  // The step and its clock.
  const step = currentStep(s);
  const next = upcomingStep(s);
  p.stepCaption.textContent = step ? t('p.step') : t('p.upcoming');
  p.stepTitle.textContent = next ? text(next.title) : t('p.noStep');
  p.stepHint.textContent = step && step.hint ? text(step.hint) : '';
  p.stepHint.hidden = !(step && step.hint);
  p.timer.update(displayTimer(s), step ? text(step.title) : '');
  p.skip.textContent = t('p.skipToNote');
  // A new step: bring it into focus, unless the person is busy in a field or button.
  if (p.stepShown !== null && p.stepShown !== s.agenda.current) {
    const busy = document.activeElement && document.activeElement !== document.body && document.activeElement !== p.stepTitle
      && document.activeElement.isConnected;
    if (!busy) p.stepTitle.focus({ preventScroll: true });
  }
  p.stepShown = s.agenda.current;
  p.compactTimer.update(displayTimer(s));
  p.compactTimer.el.hidden = !step || s.timer.status === 'idle';

  keepFocus(p.envelope.el, () => p.envelope.update(s, you));
  // No envelope card in a format without roles (it would promise roles that never come).
  if (!uses(store.format, s).roles && !s.role) p.envelope.el.hidden = true;
  replace(p.formatSlot, panel(store.format, 'participantPanel', s, formatCtx(live, store)));

  // Flip-overs: my table's and the plenary ones, as tabs.
  const boards = visibleBoards(s, table && table.id);
  const focus = focusBoard(store.format, s, 'participant', formatCtx(live, store));
  if (focus && focus !== lastFocus && boards.some((b) => b.id === focus)) {
    selectedBoard = focus;
    lastFocus = focus;
  }
  // Until the person picks a tab (or the format points at one), their own table's flip-over comes first once there is one.
  if (!boardPicked && !focus && boards.some((b) => !isPlenary(b.id)) && isPlenary(selectedBoard || 'plenary')) selectedBoard = null;
  if (!boards.some((b) => b.id === selectedBoard)) {
    const own = boards.find((b) => !isPlenary(b.id));
    selectedBoard = (own || boards[0] || {}).id || null;
  }
  keepFocus(p.tabs, () => replace(p.tabs, boards.map((b) => h('button', {
    type: 'button',
    class: ['tab', b.id === selectedBoard && 'is-active'],
    testid: 'board-tab',
    data: { board: b.id },
    attrs: { role: 'tab', 'aria-selected': b.id === selectedBoard ? 'true' : 'false', 'data-focus-key': `tab-${b.id}` },
    text: tabLabel(b),
    on: {
      click: () => {
        selectedBoard = b.id;
        boardPicked = true;
        renderSession();
      },
    },
  }))));
  p.tabs.hidden = boards.length < 2;
  // On a phone the tabs are one row that scrolls sideways: bring the chosen one into view.
  const active = p.tabs.querySelector('.tab.is-active');
  if (active && p.tabs.scrollWidth > p.tabs.clientWidth) {
    p.tabs.scrollLeft = Math.max(0, active.offsetLeft - p.tabs.offsetLeft - 16);
  }
  const board = boards.find((b) => b.id === selectedBoard);
  keepFocus(p.boardSlot, () => replace(p.boardSlot, board
    ? renderBoard(board, {
      mode: 'participant',
      me,
      pending: live.pending(),
      actions: boardActions(board),
    })
    : h('p', { class: 'muted', text: t('p.noBoard') })));
  p.composer.setBoard(board || null);
}

function tabLabel(board) {
  // A format that makes the session's plenary board something else (the spearheads' parking
  // lot) names its tab by the board's own title.
  if (board.id === 'plenary') return store.format && store.format.plenaryTab === 'title' ? text(board.title) : t('p.tabPlenary');
  if (/^table\/[^/]+$/.test(board.id)) return t('p.tabTable');
  return text(board.title);
}

function boardActions(board) {
  const fail = (e) => chrome.toast(e.message);
  return {
    vote: (note) => live.send('vote.add', { board: board.id, note: note.id }).catch(fail),
    unvote: (note) => live.send('vote.remove', { board: board.id, note: note.id }).catch(fail),
    edit: (note) => openNoteEditor({
      board,
      note,
      canMove: false,
      onSave: ({ text: value, color }) => live.send('note.edit', { board: board.id, note: note.id, text: value, color }).catch(fail),
      onRemove: () => live.send('note.remove', { board: board.id, note: note.id }).catch(fail),
    }),
    remove: (note) => live.send('note.remove', { board: board.id, note: note.id }).catch(fail),
  };
}

onLangChange(() => {
  if (screen === 'join') labelJoin();
  else renderSession();
});

// --- start -------------------------------------------------------------------------------

function boot() {
  const record = code ? load(keys.participant(code)) : null;
  if (record && record.token) {
    // Back after a reload or a sleep: come back as the same person.
    screen = 'connecting';
    replace(chrome.main, h('p', { class: 'loading', text: t('common.loading') }));
    if (record.joined) connect({ kind: 'attach', token: record.token });
    else if (record.name) {
      joining = true;
      connect({ kind: 'join', name: record.name, token: record.token });
    } else showJoin();
  } else {
    showJoin();
  }
}

boot();

// What every view of the card game shares: strings, the card, the answers and the spread, the
// countdowns and the insight field that live across re-renders, and errors of its commands.

import { h } from '../../dom.js';
import { countdown } from '../kit.js';

export const TYPES = ['knowledge', 'statement', 'case', 'tip', 'assignment'];

/** What the table is asked to do with a card that is not answered: talk a case or tip over, or do an assignment. */
export function talkKey(card) {
  return { tip: 'talkTip', assignment: 'talkAssignment' }[card && card.type] || 'talk';
}

// --- helpers -------------------------------------------------------------------------------

export function s(ctx, key, params) {
  return ctx.t(`cards.${key}`, params);
}

export function labelOf(state, id) {
  const p = (state.participants || []).find((x) => x.id === id);
  return p ? p.label : '?';
}

export function themeOf(state, id) {
  return ((state.format && state.format.themes) || []).find((x) => x.id === id) || null;
}

export function myTable(state, me) {
  return (state.tables || []).find((tb) => (tb.seats || []).includes(me)) || null;
}

export function tableName(state, ctx, id) {
  if (id === 'plenary') return s(ctx, 'plenary');
  const tb = (state.tables || []).find((x) => x.id === id);
  return s(ctx, 'table', { n: tb ? tb.number : id });
}

export function inPlayStep(state) {
  return state.agenda && state.format && state.agenda.current === state.format.playStep;
}

export function optionText(ctx, card, id) {
  const o = (card.options || []).find((x) => x.id === id);
  if (!o) return id;
  return card.type === 'knowledge' ? `${id.toUpperCase()}. ${ctx.text(o.text)}` : ctx.text(o.text);
}

// Errors of this plug-in's commands show in a box that lives across re-renders.
const errorBoxes = new Set();
export function errorBox() {
  const box = h('p', { class: 'cards-error', attrs: { role: 'alert' }, hidden: true });
  errorBoxes.add(box);
  return box;
}
let errorTimer = null;
let lastError = '';
export function showError(ctx, type, e) {
  const keys = [`err.${e.code}.${type}`, `err.${e.code}`];
  const key = keys.find((k) => s(ctx, k) !== `cards.${k}`);
  lastError = key ? s(ctx, key) : e.message;
  for (const box of errorBoxes) {
    if (!box.isConnected) {
      errorBoxes.delete(box);
      continue;
    }
    box.textContent = lastError;
    box.hidden = false;
  }
  clearTimeout(errorTimer);
  errorTimer = setTimeout(() => {
    lastError = '';
    for (const box of errorBoxes) box.hidden = true;
  }, 6000);
}

export function act(ctx, type, fields) {
  return ctx.send(type, fields).catch((e) => showError(ctx, type, e));
}

export function box() {
  const b = errorBox();
  if (lastError) {
    b.textContent = lastError;
    b.hidden = false;
  }
  return b;
}

// A card's countdown, one per card and size, lives across re-renders.
export function cardTimer(ctx, game, play, size) {
  if (!play.durationMs || (play.status !== 'answering' && play.status !== 'talking')) return null;
  const entry = countdown(`cards:${size}:${game.id}:${play.play}`, {
    size, clock: ctx.now || (() => Date.now()), testid: 'cards-timer', className: 'cards-timer',
  });
  const running = typeof play.deadline === 'number';
  entry.update({
    status: running ? 'running' : 'paused',
    deadline: play.deadline,
    remainingMs: running ? null : play.remainingMs,
    durationMs: play.durationMs,
  });
  return entry.el;
}

// The insight field keeps what is typed (and its focus) while the panel is rebuilt around it.
const insightFields = new Map();
export function insightField(ctx, game, play) {
  const key = `${game.id}:${play.play}`;
  let field = insightFields.get(key);
  if (!field) {
    const input = h('textarea', {
      id: `cards-insight-${game.id}`, class: 'cards-insight__input', testid: 'cards-insight-text', rows: 2,
      attrs: { maxlength: '500' },
    });
    const button = h('button', { type: 'submit', class: 'btn btn--primary', testid: 'cards-insight-add' });
    const label = h('label', { htmlFor: input.id, class: 'field__label' });
    const form = h('form', { class: 'cards-insight' }, label, input, button);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const text = input.value.trim();
      if (!text) return;
      button.disabled = true;
      field.ctx.send('cards.insight', { game: game.id, text })
        .then(() => { input.value = ''; })
        .catch((err) => showError(field.ctx, 'cards.insight', err))
        .finally(() => { button.disabled = false; });
    });
    field = { form, input, button, label };
    insightFields.set(key, field);
  }
  field.ctx = ctx;
  const assignment = play.card && play.card.type === 'assignment';
  field.label.textContent = s(ctx, assignment ? 'outcomeLabel' : 'insightLabel');
  field.input.placeholder = s(ctx, assignment ? 'outcomePlaceholder' : 'insightPlaceholder');
  field.button.textContent = s(ctx, 'insightAdd');
  // Rebuilding moves the field: give it its focus back after this render.
  if (document.activeElement === field.input) {
    const { selectionStart, selectionEnd } = field.input;
    queueMicrotask(() => {
      field.input.focus({ preventScroll: true });
      field.input.setSelectionRange(selectionStart, selectionEnd);
    });
  }
  return field.form;
}

export function noteTexts(state, game, play) {
  const board = (state.boards || []).find((b) => b.id === (game.id === 'plenary' ? 'plenary' : `table/${game.id}`));
  if (!board) return [];
  return (play.notes || []).map((id) => board.notes.find((n) => n.id === id)).filter(Boolean).map((n) => n.text);
}

// --- the card and its answers ----------------------------------------------------------------

export function cardFace(state, ctx, play, big) {
  const card = play.card;
  const theme = themeOf(state, card.theme);
  return h('article', {
    class: ['cards-card', `cards-card--${card.type}`, `cards-theme-${theme ? theme.number : 0}`, big && 'cards-card--big'],
    testid: 'cards-card',
    data: { type: card.type, card: card.id },
  },
  h('header', { class: 'cards-card__head' },
    h('span', { class: 'cards-card__type', testid: 'cards-type', text: s(ctx, `type.${card.type}`) }),
    theme ? h('span', { class: 'cards-card__theme', text: ctx.text(theme.title) }) : null),
  card.title ? h('h3', { class: 'cards-card__title', text: ctx.text(card.title) }) : null,
  h('p', { class: 'cards-card__text', testid: 'cards-text', text: ctx.text(card.text) }),
  ['case', 'tip'].includes(card.type) && (card.questions || []).length
    ? h('ol', { class: 'cards-card__questions' }, card.questions.map((q) => h('li', { text: ctx.text(q) })))
    : null,
  // An assignment says what the table puts on the flip-over when its time is up.
  card.type === 'assignment' && card.prompt
    ? h('p', { class: 'cards-card__task', testid: 'cards-task', text: `${s(ctx, 'taskLabel')} ${ctx.text(card.prompt)}` })
    : null,
  card.source && !['knowledge', 'statement'].includes(card.type)
    ? h('p', { class: 'cards-source', text: s(ctx, 'sourceLabel', { source: ctx.text(card.source) }) })
    : null);
}

export function answerButtons(ctx, game, play, canAnswer) {
  const card = play.card;
  return h('div', { class: ['cards-options', `cards-options--${card.type}`], attrs: { role: 'group', 'aria-label': s(ctx, 'yourAnswer') } },
    card.options.map((o) => {
      const chosen = play.mine === o.id;
      return h('button', {
        type: 'button',
        class: ['cards-option', chosen && 'is-chosen'],
        testid: 'cards-option',
        data: { option: o.id },
        disabled: !canAnswer,
        attrs: { 'aria-pressed': chosen ? 'true' : 'false' },
        on: { click: () => act(ctx, 'cards.answer', { game: game.id, play: play.play, option: o.id }) },
      },
      card.type === 'knowledge' ? h('span', { class: 'cards-option__letter', text: o.id.toUpperCase() }) : null,
      h('span', { class: 'cards-option__text', text: ctx.text(o.text) }));
    }));
}

export function whoAnswered(state, ctx, game, play) {
  const players = game.players || [];
  const answered = new Set(play.answered || []);
  return h('div', { class: 'cards-answered' },
    h('p', { class: 'cards-answered__count', testid: 'cards-answered', text: s(ctx, 'answeredOf', { n: answered.size, total: players.length }) }),
    players.length <= 12 ? h('ul', { class: 'chips cards-answered__people' }, players.map((id) => h('li', {
      class: ['chip', answered.has(id) ? 'is-in' : 'is-out'],
      text: `${answered.has(id) ? '✓ ' : ''}${labelOf(state, id)}`,
    }))) : null);
}

/** The spread: a bar per option with its count; the correct option marked on a knowledge card. */
export function spread(ctx, game, play, big) {
  const card = play.card;
  const counts = play.counts || {};
  const max = Math.max(1, ...Object.values(counts));
  return h('section', { class: ['cards-spread', big && 'cards-spread--big'], testid: 'cards-spread' },
    h('h4', { class: 'cards-spread__title', text: s(ctx, game.id === 'plenary' ? 'spreadPlenary' : 'spread') }),
    h('ul', { class: 'cards-spread__bars' }, card.options.map((o) => {
      const n = counts[o.id] || 0;
      const correct = card.type === 'knowledge' && play.answer === o.id;
      return h('li', { class: ['cards-bar', correct && 'is-correct', play.mine === o.id && 'is-mine'], data: { option: o.id } },
        h('span', { class: 'cards-bar__label' }, `${correct ? '✓ ' : ''}${optionText(ctx, card, o.id)}`,
          play.mine === o.id ? h('span', { class: 'cards-bar__mine', text: s(ctx, 'mineTag') }) : null),
        h('span', { class: 'cards-bar__track' },
          h('span', { class: 'cards-bar__fill', style: { width: `${Math.round((n / max) * 100)}%` } })),
        h('span', { class: 'cards-bar__count', testid: 'cards-count', text: String(n) }));
    })),
    h('p', { class: 'cards-spread__reason muted small', text: play.answeredCount ? s(ctx, `reason.${play.reason}`) : s(ctx, 'nobodyAnswered') }));
}

/** After the reveal: your verdict, the explanation and its source; for a statement, how to go on talking. */
export function afterReveal(ctx, play, forMe) {
  const card = play.card;
  const parts = [];
  if (card.type === 'knowledge') {
    if (forMe) {
      let verdict;
      if (!play.mine) verdict = s(ctx, 'notAnswered');
      else if (play.mine === play.answer) verdict = s(ctx, 'right', { option: optionText(ctx, card, play.mine) });
      else verdict = s(ctx, 'wrong', { option: optionText(ctx, card, play.mine), answer: optionText(ctx, card, play.answer) });
      parts.push(h('p', { class: ['cards-verdict', play.mine === play.answer ? 'is-right' : 'is-other'], testid: 'cards-verdict', text: verdict }));
    }
    if (play.explanation) {
      parts.push(h('div', { class: 'cards-explanation', testid: 'cards-explanation' },
        h('h4', { text: s(ctx, 'explanation') }),
        h('p', { text: ctx.text(play.explanation) }),
        play.source ? h('p', { class: 'cards-source', text: s(ctx, 'sourceLabel', { source: ctx.text(play.source) }) }) : null));
    }
  } else if (card.type === 'statement') {
    parts.push(h('p', { class: 'cards-guide', testid: 'cards-guide', text: guide(ctx, play) }));
    if (card.prompt) parts.push(h('p', { class: 'cards-prompt', text: ctx.text(card.prompt) }));
  }
  return parts;
}

/** Arguments are heard from the least-chosen side first. */
export function guide(ctx, play) {
  const chosen = play.card.options.filter((o) => (play.counts || {})[o.id] > 0)
    .sort((a, b) => play.counts[a.id] - play.counts[b.id]);
  if (chosen.length === 0) return s(ctx, 'nobodyAnswered');
  if (chosen.length === 1) return s(ctx, 'guideSame', { option: ctx.text(chosen[0].text) });
  return s(ctx, 'guide', { least: ctx.text(chosen[0].text), other: ctx.text(chosen[chosen.length - 1].text) });
}

export function history(state, ctx, game) {
  const done = game.history || [];
  if (!done.length) return null;
  return h('details', { class: 'cards-history' },
    h('summary', { text: s(ctx, 'history', { n: done.length }) }),
    h('ol', { class: 'cards-history__list' }, done.map((p) => h('li', { class: ['cards-history__item', p.status === 'skipped' && 'is-skipped'] },
      h('span', { class: 'tag', text: s(ctx, `type.${p.card.type}`) }), ' ',
      h('span', { text: ctx.text(p.card.title || p.card.text) }),
      p.status === 'skipped' ? h('span', { class: 'muted small', text: ` (${s(ctx, 'skipped')})` }) : null,
      p.counts ? h('span', { class: 'muted small', text: ` — ${p.card.options.map((o) => `${p.card.type === 'knowledge' ? o.id.toUpperCase() : ctx.text(o.text)}: ${p.counts[o.id] || 0}${p.answer === o.id ? ' ✓' : ''}`).join(' · ')}` }) : null))));
}

export function progress(state, ctx, game) {
  const rules = state.format.rules;
  const text = rules.limit === 'cards' && game.id !== 'plenary'
    ? s(ctx, 'playedOf', { n: game.played, total: rules.cards })
    : s(ctx, game.played === 1 ? 'playedOne' : 'played', { n: game.played });
  return h('span', { class: 'cards-progress', testid: 'cards-progress', text });
}

export function leadButton(ctx, testid, key, type, fields, primary) {
  return h('button', {
    type: 'button', class: ['btn', primary ? 'btn--primary' : 'btn--light'], testid, text: s(ctx, key),
    on: { click: () => act(ctx, type, fields) },
  });
}

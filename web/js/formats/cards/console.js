// The card game on the facilitator's console: every table at a glance, pause, and the plenary card.

import { h } from '../../dom.js';
import { TYPES, s, labelOf, tableName, inPlayStep, showError, act, box, cardTimer, noteTexts, cardFace, spread, afterReveal, history, progress, leadButton } from './parts.js';

// --- the facilitator's console ---------------------------------------------------------------

let plenaryChoice = '';
let plenarySelect = null;

/**
 * Start the game: at tables, nobody can play without one, so the tables are made first (at the
 * session's table size) when there are none yet; then the play step and its clock.
 */
function start(state, ctx) {
  const f = state.format;
  const needTables = f.rules.grouping !== 'plenary' && !(state.tables || []).length;
  const maxSize = (state.session.rules && state.session.rules.maxTableSize) || 5;
  (needTables ? ctx.send('tables.arrange', { maxSize }) : Promise.resolve())
    .then(() => ctx.send('step.goto', { index: f.playStep }))
    .then(() => ctx.send('timer.start', {}))
    .catch((e) => showError(ctx, 'step.goto', e));
}

export function facilitatorPanel(state, ctx) {
  const f = state.format;
  if (!f || !f.games) return null;
  const rules = f.rules;
  const summary = s(ctx, 'rules', {
    limit: rules.limit === 'cards' ? s(ctx, rules.cards === 1 ? 'limit.cardsOne' : 'limit.cards', { n: rules.cards }) : s(ctx, 'limit.time'),
    turn: s(ctx, `turn.${rules.turnOrder}`),
    score: s(ctx, rules.scoring ? 'score.on' : 'score.off'),
  });
  const parts = [
    h('h2', { class: 'card__title' }, s(ctx, 'title'), h('span', { class: 'card__badge', text: ctx.text(f.deck.title) })),
    h('p', { class: 'muted small', text: `${rules.grouping === 'plenary' ? s(ctx, 'grouping.plenary') : s(ctx, 'grouping.tables')} · ${summary}` }),
  ];
  if (!inPlayStep(state)) {
    const step = (state.agenda.steps || [])[f.playStep];
    parts.push(h('div', { class: 'notice cards-start' },
      h('span', { text: s(ctx, 'startHint', { step: step ? ctx.text(step.title) : '' }) }),
      rules.grouping !== 'plenary' && !(state.tables || []).length
        ? h('span', { testid: 'cards-start-tables', text: ` ${s(ctx, 'startMakesTables')}` }) : null,
      h('button', {
        type: 'button', class: 'btn btn--primary', testid: 'cards-start', text: s(ctx, 'start'),
        on: { click: () => start(state, ctx) },
      })));
  }
  parts.push(h('div', { class: 'toolbar cards-controls' },
    f.paused
      ? h('button', { type: 'button', class: 'btn btn--primary', testid: 'cards-resume', text: s(ctx, 'resumeAll'), on: { click: () => act(ctx, 'cards.resume', {}) } })
      : h('button', { type: 'button', class: 'btn', testid: 'cards-pause', text: s(ctx, 'pauseAll'), on: { click: () => act(ctx, 'cards.pause', {}) } }),
    plenaryPicker(state, ctx)));

  const plenary = f.games.plenary;
  if (rules.grouping === 'plenary') {
    parts.push(gameBlock(state, ctx, plenary, true));
  } else {
    if (plenary && plenary.current) {
      parts.push(h('div', { class: 'cards-plenary', testid: 'cards-plenary' }, gameBlock(state, ctx, plenary, true)));
    }
    const tables = (state.tables || []).map((tb) => f.games[tb.id]).filter(Boolean);
    parts.push(h('div', { class: 'cards-tables' }, tables.map((g) => gameBlock(state, ctx, g, false))));
  }
  parts.push(box());
  return h('section', { class: ['card', 'cards-console', f.paused && 'is-paused'], testid: 'cards-console' }, parts);
}

function plenaryPicker(state, ctx) {
  const catalogue = state.format.catalogue || [];
  if (!plenarySelect) {
    plenarySelect = h('select', { id: 'cards-plenary-card', class: 'select cards-picker__select', testid: 'cards-plenary-card' });
    plenarySelect.addEventListener('change', () => { plenaryChoice = plenarySelect.value; });
  }
  const keep = plenaryChoice;
  plenarySelect.replaceChildren(...TYPES.map((type) => {
    const cards = catalogue.filter((c) => c.type === type);
    return cards.length ? h('optgroup', { label: s(ctx, `type.${type}`) },
      cards.map((c) => h('option', { value: c.id, text: short(ctx.text(c.title || c.text)) }))) : null;
  }).filter(Boolean));
  if (keep && catalogue.some((c) => c.id === keep)) plenarySelect.value = keep;
  plenaryChoice = plenarySelect.value;
  const plenary = state.format.games.plenary;
  return h('div', { class: 'cards-picker' },
    h('label', { htmlFor: plenarySelect.id, class: 'sr-only', text: s(ctx, 'toPlenaryCard') }),
    plenarySelect,
    h('button', {
      type: 'button', class: 'btn', testid: 'cards-to-plenary', text: s(ctx, 'toPlenary'),
      disabled: !!(plenary && plenary.current),
      on: { click: () => act(ctx, 'cards.plenary', { card: plenarySelect.value }) },
    }));
}

function short(text) {
  return text.length > 90 ? `${text.slice(0, 88)}…` : text;
}

/** One table (or the room) on the console: whose turn, the card and its state, and the lead's buttons for the facilitator. */
function gameBlock(state, ctx, game, wide) {
  const play = game.current;
  const players = game.players || [];
  const status = !play ? s(ctx, 'noCard')
    : play.status === 'answering' ? s(ctx, 'answering', { n: (play.answered || []).length, total: players.length })
      : play.status === 'revealed' ? s(ctx, 'revealed') : s(ctx, 'talking');
  const buttons = [];
  if (!play) {
    buttons.push(leadButton(ctx, 'cards-draw', 'draw', 'cards.draw', { game: game.id }, false));
    if (!game.facilitatorLeads && players.length > 1) buttons.push(leadButton(ctx, 'cards-pass', 'pass', 'cards.pass', { game: game.id }, false));
  } else {
    if (play.status === 'answering') buttons.push(leadButton(ctx, 'cards-reveal', 'reveal', 'cards.reveal', { game: game.id, play: play.play }, true));
    else buttons.push(leadButton(ctx, 'cards-finish', game.facilitatorLeads ? 'finishPlenary' : 'finish', 'cards.finish', { game: game.id, play: play.play }, true));
    if (!game.facilitatorLeads) {
      buttons.push(leadButton(ctx, 'cards-skip', 'skip', 'cards.skip', { game: game.id, play: play.play }, false));
      const plenary = state.format.games.plenary;
      if (state.format.rules.grouping !== 'plenary') {
        buttons.push(h('button', {
          type: 'button', class: 'btn btn--light', testid: 'cards-this-to-plenary', text: s(ctx, 'thisToPlenary'),
          disabled: !!(plenary && plenary.current),
          on: { click: () => act(ctx, 'cards.plenary', { card: play.card.id }) },
        }));
      }
    }
  }
  return h('article', { class: ['cards-game', wide && 'cards-game--wide', game.paused && 'is-paused'], testid: 'cards-game', data: { game: game.id } },
    h('header', { class: 'cards-game__head' },
      h('h3', { class: 'cards-game__title', text: game.facilitatorLeads ? s(ctx, 'plenaryCard') : tableName(state, ctx, game.id) }),
      progress(state, ctx, game)),
    players.length || game.facilitatorLeads
      ? h('p', { class: 'cards-game__lead small', text: game.facilitatorLeads ? s(ctx, 'facilitatorLeads') : game.lead ? s(ctx, 'leads', { name: labelOf(state, game.lead) }) : '' })
      : h('p', { class: 'muted small', text: s(ctx, 'nobodyHere') }),
    play ? h('div', { class: 'cards-game__card' }, cardFace(state, ctx, play, false), cardTimer(ctx, game, play, 'small')) : null,
    h('p', { class: 'cards-game__status', testid: 'cards-status', text: game.paused && play ? `${status} · ${s(ctx, 'pausedShort')}` : status }),
    play && play.status === 'revealed' ? spread(ctx, game, play, false) : null,
    play && play.status === 'revealed' ? afterReveal(ctx, play, false) : null,
    play ? (() => {
      const notes = noteTexts(state, game, play);
      return notes.length ? h('ul', { class: 'cards-insights__list small' }, notes.map((n) => h('li', { text: n }))) : null;
    })() : null,
    game.score ? h('p', { class: 'cards-score small', text: s(ctx, 'score', game.score) }) : null,
    h('div', { class: 'cards-game__actions' }, buttons),
    wide ? history(state, ctx, game) : null);
}

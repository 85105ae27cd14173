// The card game on the projector: the room's card big, or every table at a glance.

import { h } from '../../dom.js';
import { s, talkKey, labelOf, themeOf, tableName, cardTimer, cardFace, spread, afterReveal, progress } from './parts.js';

// --- the projector -----------------------------------------------------------------------------

export function projectorPanel(state, ctx) {
  const f = state.format;
  if (!f || !f.games) return null;
  const plenary = f.games.plenary;
  const started = Object.values(f.games).some((g) => g.current || (g.history || []).length);
  if (!started && !f.paused) return null;
  const parts = [];
  if (f.paused && f.rules.grouping !== 'plenary') parts.push(h('p', { class: 'cards-stage__paused', text: s(ctx, 'tablesPaused') }));
  if (plenary && (plenary.current || f.rules.grouping === 'plenary')) {
    parts.push(stage(state, ctx, plenary));
  } else {
    const tables = (state.tables || []).map((tb) => f.games[tb.id]).filter(Boolean);
    parts.push(h('div', { class: 'cards-overview fit-pager' }, tables.map((g) => overview(state, ctx, g))));
  }
  return h('section', { class: 'cards-projector', testid: 'cards-projector' }, parts);
}

/** The room's card, big: the card, its clock, how many answered, then the spread. */
function stage(state, ctx, game) {
  const play = game.current;
  if (!play) {
    return h('div', { class: 'cards-stage' },
      h('p', { class: 'cards-stage__wait', text: game.lead ? s(ctx, 'waitNext', { name: labelOf(state, game.lead) }) : s(ctx, 'noCard') }));
  }
  const players = game.players || [];
  // The card and its answers are the stage's two pages when they do not fit side by side.
  return h('div', { class: 'cards-stage fit-pager' },
    h('div', { class: 'cards-stage__card' }, cardFace(state, ctx, play, true)),
    h('div', { class: 'cards-stage__side' },
      cardTimer(ctx, game, play, 'big'),
      play.status === 'answering'
        ? h('p', { class: 'cards-stage__count', testid: 'cards-answered', text: s(ctx, 'answeredOf', { n: (play.answered || []).length, total: players.length }) })
        : null,
      play.status === 'revealed' ? spread(ctx, game, play, true) : null,
      play.status === 'revealed' ? afterReveal(ctx, play, false) : null,
      play.status === 'talking' ? h('p', { class: 'cards-stage__talk', text: s(ctx, talkKey(play.card)) }) : null));
}

function overview(state, ctx, game) {
  const play = game.current;
  const players = game.players || [];
  const theme = play ? themeOf(state, play.card.theme) : null;
  return h('article', { class: ['cards-tile', play && `cards-theme-${theme ? theme.number : 0}`], testid: 'cards-tile', data: { game: game.id } },
    h('h3', { class: 'cards-tile__title', text: tableName(state, ctx, game.id) }),
    play ? h('p', { class: 'cards-tile__type', text: s(ctx, `type.${play.card.type}`) }) : null,
    theme ? h('p', { class: 'cards-tile__theme', text: ctx.text(theme.title) }) : null,
    h('p', { class: 'cards-tile__status', text: !play ? s(ctx, 'noCard')
      : play.status === 'answering' ? s(ctx, 'answering', { n: (play.answered || []).length, total: players.length })
        : play.status === 'revealed' ? s(ctx, 'revealed') : s(ctx, 'talking') }),
    progress(state, ctx, game),
    game.score ? h('p', { class: 'cards-tile__score', text: s(ctx, 'score', game.score) }) : null);
}

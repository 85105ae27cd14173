// The card game on a participant's phone: whose turn it is, the card, your answer, the spread.

import { h } from '../../dom.js';
import { s, talkKey, labelOf, myTable, tableName, inPlayStep, optionText, act, box, cardTimer, insightField, noteTexts, cardFace, answerButtons, whoAnswered, spread, afterReveal, history, progress, leadButton } from './parts.js';

// --- the participant's phone ---------------------------------------------------------------

export function participantPanel(state, ctx) {
  const f = state.format;
  if (!f || !f.games) return null;
  const me = ctx.me && ctx.me.participant;
  const plenary = f.games.plenary;
  let game;
  if (f.rules.grouping === 'plenary' || (plenary && plenary.current)) game = plenary;
  else {
    const tb = myTable(state, me);
    game = tb ? f.games[tb.id] : null;
  }
  const where = game ? (f.rules.grouping === 'plenary' ? s(ctx, 'wholeGroup') : tableName(state, ctx, game.id)) : '';
  const head = h('header', { class: 'cards-panel__head' },
    h('h2', { class: 'card__title' }, s(ctx, 'title'), where ? h('span', { class: 'card__badge', testid: 'cards-where', text: where }) : null),
    game && game.id !== 'plenary' || (game && f.rules.grouping === 'plenary') ? progress(state, ctx, game) : null);
  if (!game) {
    return h('section', { class: 'card cards-panel', testid: 'cards-panel' }, head, h('p', { class: 'muted', text: s(ctx, 'noTable') }));
  }
  const play = game.current;
  const isLead = !game.facilitatorLeads && game.lead === me;
  const mayDraw = !play && !game.paused && inPlayStep(state) && (f.rules.turnOrder === 'free' || isLead)
    && !(game.left === 0) && game.deckLeft > 0;
  const body = [];

  body.push(h('p', { class: ['cards-turn', isLead && 'is-mine'], testid: 'cards-turn',
    text: game.facilitatorLeads ? s(ctx, 'facilitatorLeads') : isLead ? s(ctx, 'yourTurn') : game.lead ? s(ctx, 'turnOf', { name: labelOf(state, game.lead) }) : '' }));
  if (game.paused) body.push(h('p', { class: 'notice cards-paused', testid: 'cards-paused', text: s(ctx, 'paused') }));

  if (!play) {
    if (mayDraw) {
      body.push(h('button', {
        type: 'button', class: 'btn btn--primary btn--large btn--block cards-draw', testid: 'cards-draw', text: s(ctx, 'draw'),
        on: { click: () => act(ctx, 'cards.draw', { game: game.id }) },
      }));
    } else if (game.left === 0) body.push(h('p', { class: 'cards-wait', text: s(ctx, 'allPlayed') }));
    else if (game.deckLeft === 0) body.push(h('p', { class: 'cards-wait', text: s(ctx, 'deckEmpty') }));
    else if (!inPlayStep(state)) body.push(h('p', { class: 'cards-wait muted', text: s(ctx, 'waitStart') }));
    else if (game.lead && !isLead) body.push(h('p', { class: 'cards-wait muted', text: s(ctx, 'waitDraw', { name: labelOf(state, game.lead) }) }));
  } else {
    body.push(h('div', { class: 'cards-table-top' }, cardFace(state, ctx, play, false), cardTimer(ctx, game, play, 'small')));
    if (play.status === 'answering') {
      body.push(h('p', { class: 'cards-ask', text: s(ctx, 'chooseAnswer') }));
      body.push(answerButtons(ctx, game, play, !game.paused));
      if (play.mine) body.push(h('p', { class: 'cards-mine muted small', testid: 'cards-mine', text: s(ctx, 'youChose', { option: optionText(ctx, play.card, play.mine) }) }));
      body.push(whoAnswered(state, ctx, game, play));
    } else if (play.status === 'revealed') {
      body.push(spread(ctx, game, play, false), ...afterReveal(ctx, play, true));
    } else if (play.status === 'talking') {
      body.push(h('p', { class: 'cards-talk', text: s(ctx, talkKey(play.card)) }));
    }
    const notes = noteTexts(state, game, play);
    if (notes.length) {
      body.push(h('div', { class: 'cards-insights' }, h('h4', { text: s(ctx, 'insights') }),
        h('ul', { class: 'cards-insights__list', testid: 'cards-insights' }, notes.map((n) => h('li', { text: n })))));
    }
    if (play.status !== 'answering') body.push(insightField(ctx, game, play));
  }

  if (isLead || (f.rules.turnOrder === 'free' && !play)) {
    const buttons = [];
    if (play && play.status === 'answering') {
      buttons.push(leadButton(ctx, 'cards-reveal', 'reveal', 'cards.reveal', { game: game.id, play: play.play }, true));
    }
    if (play && (play.status === 'revealed' || play.status === 'talking')) {
      buttons.push(leadButton(ctx, 'cards-finish', 'finish', 'cards.finish', { game: game.id, play: play.play }, true));
    }
    if (play && isLead) buttons.push(leadButton(ctx, 'cards-skip', 'skip', 'cards.skip', { game: game.id, play: play.play }, false));
    if (isLead && (game.players || []).length > 1) buttons.push(leadButton(ctx, 'cards-pass', 'pass', 'cards.pass', { game: game.id }, false));
    if (buttons.length) body.push(h('div', { class: 'cards-lead' }, buttons));
  }
  if (game.score) body.push(h('p', { class: 'cards-score', testid: 'cards-score', text: s(ctx, 'score', game.score) }));
  body.push(history(state, ctx, game), box());
  return h('section', { class: ['card', 'cards-panel', game.paused && 'is-paused'], testid: 'cards-panel', data: { game: game.id } }, head, body);
}

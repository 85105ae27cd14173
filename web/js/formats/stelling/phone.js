// The statement round on a participant's phone: the statement, five places for your one sticker,
// and after the vote where the arguments start.

import { h } from '../../dom.js';
import { SCALE, s, current, statementHead, spread } from './parts.js';

export function participantPanel(state, ctx) {
  const cur = current(state);
  if (!state.format) return null;
  if (!cur) return h('section', { class: 'card stelling-panel', testid: 'stelling-panel' }, h('p', { class: 'muted', text: s(ctx, 'waitStart') }));
  const { round } = cur;
  const parts = [statementHead(ctx, cur, false)];
  if (!round.closed) {
    parts.push(h('p', { class: 'small', text: s(ctx, 'placeHint') }));
    parts.push(h('div', { class: 'stelling-scale' }, SCALE.map((v) => h('button', {
      type: 'button',
      class: ['btn', 'stelling-scale__place', `stelling-v${v}`, round.mine === v && 'is-mine'],
      testid: `stelling-place-${v}`,
      attrs: { 'aria-pressed': String(round.mine === v) },
      text: s(ctx, `scale${v}`),
      on: { click: () => ctx.send('stelling.place', { statement: cur.statement.id, value: v }).catch(() => {}) },
    }))));
  } else {
    parts.push(h('p', { class: 'notice', testid: 'stelling-closed', text: s(ctx, 'closedPhone', { side: s(ctx, `side_${round.firstSide}`) }) }));
    if (round.counts) parts.push(spread(ctx, round, false));
  }
  parts.push(h('p', { class: 'stelling-mine', testid: 'stelling-mine',
    text: round.mine ? s(ctx, 'mine', { value: s(ctx, `scale${round.mine}`) }) : s(ctx, 'noSticker') }));
  return h('section', { class: 'card stelling-panel', testid: 'stelling-panel' }, parts);
}

// The statement round on the projector: the spread live, then the side the arguments start from
// above the flip-over. The statement itself is the step's title, which the projector shows big.

import { h } from '../../dom.js';
import { s, current, spread } from './parts.js';

export function projectorPanel(state, ctx) {
  const cur = current(state);
  if (!state.format || !cur) return null;
  const { round } = cur;
  return h('section', { class: 'stelling-projector', testid: 'stelling-projector' },
    h('p', { class: 'stelling-statement__of', text: s(ctx, 'of', { n: cur.index + 1, total: cur.total }) }),
    spread(ctx, round, true),
    round.closed
      ? h('p', { class: 'stelling-projector__first', testid: 'stelling-first-side', text: s(ctx, 'firstSide', { side: s(ctx, `side_${round.firstSide}`) }) })
      : null);
}

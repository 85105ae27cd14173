// The statement round on the projector: the statement big, the spread live, then the side the
// arguments start from above the flip-over.

import { h } from '../../dom.js';
import { s, current, statementHead, spread } from './parts.js';

export function projectorPanel(state, ctx) {
  const cur = current(state);
  if (!state.format || !cur) return null;
  const { round } = cur;
  return h('section', { class: 'stelling-projector', testid: 'stelling-projector' },
    statementHead(ctx, cur, true),
    spread(ctx, round, true),
    round.closed
      ? h('p', { class: 'stelling-projector__first', testid: 'stelling-first-side', text: s(ctx, 'firstSide', { side: s(ctx, `side_${round.firstSide}`) }) })
      : null);
}

// The statement round on the facilitator's console: the live spread, closing the vote, and which
// side the arguments start from.

import { h } from '../../dom.js';
import { s, current, statementHead, spread, sideCount } from './parts.js';

export function facilitatorPanel(state, ctx) {
  const f = state.format;
  if (!f) return null;
  const cur = current(state);
  const parts = [h('h2', { class: 'card__title', text: s(ctx, 'title') })];
  if (!cur) {
    // The first statement's step, after the opening one; its clock starts with it.
    const first = (state.agenda.steps || []).findIndex((st) => (f.statements || []).some((x) => x.id === st.id));
    parts.push(h('button', { type: 'button', class: 'btn btn--primary', testid: 'stelling-start', text: s(ctx, 'start'),
      on: { click: () => ctx.send('step.goto', { index: first }).then(() => ctx.send('timer.start', {})).catch(() => {}) } }));
    return h('section', { class: 'card stelling-console', testid: 'stelling-console' }, parts);
  }
  const { round } = cur;
  parts.push(statementHead(ctx, cur, false), spread(ctx, round, false));
  const people = (state.participants || []).length;
  if (!round.closed) {
    parts.push(h('p', { class: 'muted small', testid: 'stelling-placed', text: s(ctx, 'placed', { n: round.total || 0, total: people }) }));
    parts.push(h('button', { type: 'button', class: 'btn btn--primary', testid: 'stelling-close', text: s(ctx, 'close'),
      on: { click: () => ctx.send('stelling.close', { statement: cur.statement.id }).catch(() => {}) } }));
  } else {
    parts.push(h('div', { class: 'notice stelling-first' },
      h('strong', { testid: 'stelling-first-side', text: s(ctx, 'firstSide', { side: s(ctx, `side_${round.firstSide}`) }) }),
      h('p', { class: 'small', text: s(ctx, 'firstSideWhy', { n: sideCount(round, round.firstSide) }) })));
    if (cur.index + 1 < cur.total) {
      parts.push(h('button', { type: 'button', class: 'btn', testid: 'stelling-next', text: s(ctx, 'next'),
        on: { click: () => ctx.send('step.goto', { index: state.agenda.current + 1 }).catch(() => {}) } }));
    }
  }
  return h('section', { class: 'card stelling-console', testid: 'stelling-console' }, parts);
}

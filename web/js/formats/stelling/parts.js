// What the statement round's views share: the current statement, the scale and the spread.

import { h } from '../../dom.js';

export const SCALE = [1, 2, 3, 4, 5];

export function s(ctx, key, params) {
  return ctx.t(`stelling.${key}`, params);
}

/** The statement whose step is current, with its round and place in the list; null before the first. */
export function current(state) {
  const f = state.format;
  const step = ((state.agenda && state.agenda.steps) || [])[state.agenda ? state.agenda.current : -1];
  if (!f || !step) return null;
  const index = (f.statements || []).findIndex((st) => st.id === step.id);
  if (index < 0) return null;
  const round = (f.rounds && f.rounds[step.id]) || { statement: step.id, closed: false };
  return { statement: f.statements[index], round, index, total: f.statements.length };
}

/** The side with the fewest stickers, by count: how many chose it. */
export function sideCount(round, side) {
  const c = round.counts || [0, 0, 0, 0, 0];
  return side === 'eens' ? c[3] + c[4] : c[0] + c[1];
}

export function statementHead(ctx, cur, big) {
  return h('div', { class: ['stelling-statement', big && 'stelling-statement--big'] },
    h('p', { class: 'stelling-statement__of muted small', text: s(ctx, 'of', { n: cur.index + 1, total: cur.total }) }),
    h('p', { class: 'stelling-statement__text', testid: 'stelling-statement', text: ctx.text(cur.statement.text) }),
    cur.statement.hint ? h('p', { class: 'stelling-statement__hint muted', text: ctx.text(cur.statement.hint) }) : null);
}

/** The spread as five bars with their counts (never who). */
export function spread(ctx, round, big) {
  const counts = round.counts || [0, 0, 0, 0, 0];
  const most = Math.max(1, ...counts);
  return h('div', { class: ['stelling-spread', big && 'stelling-spread--big'], testid: 'stelling-spread' },
    SCALE.map((v) => h('div', { class: ['stelling-spread__col', `stelling-v${v}`, round.firstSide && side(v) === round.firstSide && 'is-first'] },
      h('span', { class: 'stelling-spread__count', testid: `stelling-count-${v}`, text: String(counts[v - 1]) }),
      h('span', { class: 'stelling-spread__bar', style: { height: `${Math.round((counts[v - 1] / most) * 100)}%` } }),
      h('span', { class: 'stelling-spread__label', text: s(ctx, `scale${v}`) }))),
    h('p', { class: 'stelling-spread__total muted small', testid: 'stelling-total', text: s(ctx, 'total', { n: round.total || 0 }) }));
}

export function side(value) {
  return value < 3 ? 'oneens' : value > 3 ? 'eens' : null;
}

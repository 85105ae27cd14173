// What every view of the dilemma game shares: state helpers, the strings' key, fields that
// survive a re-render, and the rule, the round and the dilemma card.

import { h, svg } from '../../dom.js';

export const SIDES = ['a', 'middle', 'b'];

// --- state helpers -------------------------------------------------------------------------

export function game(state) {
  return state && state.format && Array.isArray(state.format.rounds) ? state.format : null;
}

export function roundInfo(f, n) {
  return (f.rounds || []).find((r) => r.round === n) || null;
}

export function entriesOf(f, round, table) {
  return (f.entries || []).filter((e) => e.round === round && (!table || e.table === table));
}

export function valueTitle(f, id, ctx) {
  const v = (f.values || []).find((x) => x.id === id);
  return v ? ctx.text(v.title) : id;
}

export function sideText(f, round, side, ctx) {
  if (side === 'middle') return ctx.text(f.middle);
  const r = roundInfo(f, round);
  return r && r.dilemma ? ctx.text(r.dilemma.sides[side]) : side;
}

export function sideTag(side) {
  return side === 'a' ? 'A' : side === 'b' ? 'B' : '≈';
}

/** The notes in round n's column of a table's flip-over: the table's leading values. */
export function leadingNotes(state, tableId, round) {
  const board = (state.boards || []).find((b) => b.id === `table/${tableId}`);
  return board ? board.notes.filter((n) => n.column === `r${round}`) : [];
}

/** A small bell (decorative; the button says what it does). Drawn, because not every screen has emoji. */
export function bell() {
  return svg('svg', { class: 'dlm-icon', viewBox: '0 0 24 24', width: 18, height: 18, 'aria-hidden': 'true', focusable: 'false' },
    svg('path', { d: 'M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6v-5a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1z' }));
}

export function t(ctx, key, params) {
  return ctx.t(`dilemma.${key}`, params);
}

// --- fields that survive a re-render -----------------------------------------------------
// The view rebuilds this panel on every change; the inputs made with field() are made once and
// moved into each new tree, so what someone is typing stays; the kit's keepFocus gives them
// their focus and caret back (by data-dlm-focus).

export function field(tag, key, props) {
  const el = h(tag, { ...props, attrs: { ...(props.attrs || {}), 'data-dlm-focus': key } });
  return el;
}

// --- pieces every view uses ---------------------------------------------------------------

export function ruleCard(f, ctx, big) {
  return h('section', { class: ['dlm-rule', big && 'dlm-rule--big'], testid: 'dilemma-rule' },
    h('span', { class: 'dlm-rule__label', text: t(ctx, 'rule') }),
    h('p', { class: 'dlm-rule__text', text: ctx.text(f.rule) }));
}

export function ruleStrip(f, ctx) {
  return h('p', { class: 'dlm-rule-strip', testid: 'dilemma-rule', attrs: { title: ctx.text(f.rule) } },
    h('span', { class: 'dlm-rule-strip__mark', attrs: { 'aria-hidden': 'true' }, text: '⚖' }), ' ', t(ctx, 'ruleShort'));
}

export function howItGoes(state, ctx) {
  const steps = (state.agenda.steps || []).filter((s) => s.round === 1);
  const keys = { draw: 'howDraw', share: 'howShare', choose: 'howChoose', lead: 'howLead', reveal: 'howReveal' };
  return h('section', { class: 'dlm-how' },
    h('h3', { class: 'dlm-how__title', text: t(ctx, 'howItGoes') }),
    h('ol', { class: 'dlm-how__list' }, steps.map((s) => h('li', {},
      h('span', { class: 'dlm-how__text', text: t(ctx, keys[s.kind] || 'howReveal') }),
      h('span', { class: 'dlm-how__min', text: t(ctx, 'minutes', { n: Math.round(s.seconds / 6) / 10 }) })))));
}

export function dilemmaCard(f, round, ctx, options = {}) {
  const r = roundInfo(f, round);
  if (!r || !r.dilemma) return null;
  return cardFace(r.dilemma, ctx, { ...options, label: t(ctx, 'roundOf', { n: round, m: f.rounds.length }) });
}

/**
 * A dilemma card: d = {title, situation, sides: {a, b}, theme?, setting?}, every one a text.
 * The game's rounds and the content library's preview both show it, so a trainer sees what
 * the phones will show.
 */
export function cardFace(d, ctx, { label = '', compact = false, big = false, withSides = true } = {}) {
  const sides = h('div', { class: 'dlm-sides' },
    h('div', { class: 'dlm-side dlm-side--a' }, h('span', { class: 'dlm-side__tag', text: 'A' }), h('span', { text: ctx.text(d.sides.a) })),
    h('span', { class: 'dlm-sides__vs', text: t(ctx, 'versus') }),
    h('div', { class: 'dlm-side dlm-side--b' }, h('span', { class: 'dlm-side__tag', text: 'B' }), h('span', { text: ctx.text(d.sides.b) })));
  const where = [d.theme, d.setting].filter(Boolean).map((x) => ctx.text(x)).join(' · ');
  const meta = h('p', { class: 'dlm-card__meta' },
    label ? h('span', { class: 'dlm-card__round', text: label }) : null,
    where ? h('span', { class: 'dlm-card__theme', text: where }) : null);
  const situation = h('p', { class: 'dlm-card__situation', testid: 'dilemma-situation', text: ctx.text(d.situation) });
  return h('section', { class: ['dlm-card', big && 'dlm-card--big'], testid: 'dilemma-card' },
    meta,
    h('h2', { class: 'dlm-card__title', testid: 'dilemma-title', text: ctx.text(d.title) }),
    compact ? h('details', { class: 'dlm-card__more' }, h('summary', { text: t(ctx, 'readMore') }), situation) : situation,
    withSides ? sides : null);
}

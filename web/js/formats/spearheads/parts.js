// What every view of the spearhead session shares: strings, the session's plan, focus that
// survives a re-render, errors of its commands, and the model and a spearhead's card.

import { h } from '../../dom.js';
import { boardTable } from '../../state.js';
import { keepFocus, toast } from '../kit.js';

// --- small helpers ------------------------------------------------------------------------

export function tr(ctx, key, params) {
  return ctx.t(`spearheads.${key}`, params);
}

/** A counted noun: key.one or key.other, so it is never "1 stippen". */
export function trn(ctx, key, n) {
  return tr(ctx, `${key}.${n === 1 ? 'one' : 'other'}`, { n });
}

export function fmt(state) {
  return state.format || null;
}

export function stepNow(state) {
  const steps = state.agenda.steps || [];
  return steps[state.agenda.current] || null;
}

export function spearheadOf(state, id) {
  const f = fmt(state);
  return (f && f.plan.spearheads.find((s) => s.id === id)) || null;
}

export function decimal(value, ctx) {
  if (typeof value !== 'number') return '–';
  const s = value.toFixed(1);
  return ctx.lang === 'en' ? s : s.replace('.', ',');
}

/** 2026-12-01 → 01-12-2026; 2026-W49 → week 49 (2026). */
export function whenLabel(when) {
  if (!when) return '';
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(when);
  if (m) return `${m[3]}-${m[2]}-${m[1]}`;
  m = /^(\d{4})-W(\d{2})$/.exec(when);
  if (m) return `week ${Number(m[2])} (${m[1]})`;
  return when;
}

export function canAct(state, ctx) {
  const f = fmt(state);
  if (!ctx.me) return false;
  if (ctx.me.role === 'facilitator') return true;
  return ctx.me.role === 'participant' && !!f && (f.makers || []).includes(ctx.me.participant);
}

export function labelOf(state, id) {
  const p = state.participants.find((x) => x.id === id);
  return p ? p.label : '?';
}

/** The boards of a spearhead this viewer has: the plenary one first, then the tables'. */
export function spearheadBoards(state, spearhead) {
  const out = state.boards.filter((b) => b.id === `plenary/${spearhead}`);
  for (const b of state.boards) if (boardTable(b.id) && b.id.endsWith(`/${spearhead}`)) out.push(b);
  return out;
}

/** The panel's build, its focus kept (by data-focus-key) within this format's own nodes. */
export function keepingFocus(build) {
  return keepFocus(build, { within: '.sp' });
}

export function act(ctx, type, fields) {
  return ctx.send(type, fields).catch((e) => {
    toast(e.message);
    throw e;
  });
}

// --- the model and a spearhead --------------------------------------------------------------

export function modelCard(state, ctx, { big = false } = {}) {
  const f = fmt(state);
  return h('section', { class: ['card sp sp-model', big && 'sp-model--big'], testid: 'sp-model' },
    h('h2', { class: 'card__title', text: ctx.text(f.plan.model.title) }),
    h('p', { class: 'sp-lead', text: ctx.text(f.plan.model.intro) }),
    h('ol', { class: ['sp-model__grid', big && 'fit-pager'] }, f.plan.order.map((id, i) => {
      const s = spearheadOf(state, id);
      return h('li', { class: `sp-model__item sp-model__item--${i % 4}` },
        h('span', { class: 'sp-model__num', text: String(i + 1) }),
        h('strong', { class: 'sp-model__title', text: ctx.text(s.title) }),
        big ? h('span', { class: 'sp-model__summary', text: ctx.text(s.summary) }) : null);
    })),
    f.plan.model.tip && !big ? h('p', { class: 'small muted', text: ctx.text(f.plan.model.tip) }) : null);
}

export function spearheadCard(state, ctx, id, { big = false } = {}) {
  const f = fmt(state);
  const s = spearheadOf(state, id);
  const index = f.plan.order.indexOf(id);
  return h('section', { class: ['card sp sp-spearhead', big && 'sp-spearhead--big'], testid: 'sp-spearhead', data: { spearhead: id } },
    h('p', { class: 'sp-kicker', text: `${tr(ctx, 'spearhead')} ${index + 1} / ${f.plan.order.length}` }),
    h('h2', { class: 'sp-spearhead__title', text: ctx.text(s.title) }),
    h('p', { class: 'sp-lead', text: ctx.text(s.summary) }),
    h('h3', { class: 'sp-sub', text: tr(ctx, 'questions') }),
    h('ul', { class: ['sp-questions', big && 'fit-pager'] }, s.questions.map((q) => h('li', { text: ctx.text(q) }))),
    big ? null : h('div', { class: 'sp-columns-hint' },
      h('p', { class: 'small muted', text: tr(ctx, 'columnsHint') }),
      h('ol', { class: 'sp-columns' }, f.plan.columns.map((c) => h('li', { class: `sp-col sp-col--${c.color}` },
        h('strong', { text: ctx.text(c.title) }), c.hint ? ` — ${ctx.text(c.hint)}` : '')))));
}

// The statement round's choices on the start page: which statements in which order, and minutes each.

import { h } from '../../dom.js';
import { s } from './parts.js';

export function setupPanel(setup, ctx) {
  if (!setup || !setup.available) return null;
  const given = (ctx && ctx.options) || {};
  const limits = (setup.limits && setup.limits.minutes) || { min: 1, max: 60 };
  const chosen = Array.isArray(given.statements) ? given.statements : setup.statements.map((st) => st.id);
  const boxes = setup.statements.map((st) => {
    const id = `setup-stelling-${st.id}`;
    const box = h('input', { id, type: 'checkbox', testid: `setup-statement-${st.id}`, attrs: chosen.includes(st.id) ? { checked: '' } : {} });
    return { st, box, node: h('label', { class: 'check', htmlFor: id }, box, h('span', { text: ctx.text(st.text) })) };
  });
  const start = Number.isInteger(given.minutes) ? given.minutes : setup.defaults.minutes;
  const minutes = h('input', { id: 'setup-stelling-minutes', type: 'number', class: 'input input--narrow', testid: 'setup-minutes',
    value: String(start), attrs: { min: String(limits.min), max: String(limits.max), step: '1', inputmode: 'numeric' } });
  const node = h('fieldset', { class: 'setup setup--stelling' },
    h('legend', { class: 'field__label', text: s(ctx, 'setup.heading') }),
    h('p', { class: 'field__label', text: s(ctx, 'setup.statements') }),
    h('div', { class: 'stelling-setup__list' }, boxes.map((b) => b.node)),
    h('div', { class: 'field' }, h('label', { class: 'field__label', htmlFor: 'setup-stelling-minutes', text: s(ctx, 'setup.minutes') }), minutes));
  return {
    node,
    options() {
      const picked = boxes.filter((b) => b.box.checked).map((b) => b.st.id);
      const n = Math.round(Number(minutes.value));
      return {
        statements: picked.length ? picked : setup.statements.map((st) => st.id),
        minutes: Number.isFinite(n) ? Math.min(limits.max, Math.max(limits.min, n)) : setup.defaults.minutes,
      };
    },
  };
}

// The thermometer: rating on the phone, the team's aggregate on the console and the projector.

import { h } from '../../dom.js';
import { tr, fmt, decimal, act } from './parts.js';

/** Rating on the phone: five buttons per factor, the own choice marked. */
export function ratingCard(state, ctx) {
  const f = fmt(state);
  const t = f.plan.thermometer;
  const mine = f.mine || {};
  const closed = f.thermometer && f.thermometer.revealed;
  const done = t.factors.filter((x) => mine[x.id]).length;
  return h('section', { class: 'card sp sp-rate', testid: 'sp-rating' },
    h('h2', { class: 'card__title', text: ctx.text(t.title) }),
    h('p', { class: 'sp-lead', text: ctx.text(t.intro) }),
    h('p', { class: 'sp-private', text: tr(ctx, 'privateNote', { n: t.minimum }) }),
    h('p', { class: 'sp-progress', testid: 'sp-filled', text: tr(ctx, 'filled', { x: done, n: t.factors.length }) }),
    h('ol', { class: 'sp-factors' }, t.factors.map((factor) => h('li', { class: 'sp-factor', data: { factor: factor.id } },
      h('p', { class: 'sp-factor__title', text: ctx.text(factor.title) }),
      factor.hint ? h('p', { class: 'sp-factor__hint', text: ctx.text(factor.hint) }) : null,
      h('div', { class: 'sp-scale', attrs: { role: 'group', 'aria-label': ctx.text(factor.title) } },
        h('span', { class: 'sp-scale__end', text: ctx.text(t.low) }),
        [1, 2, 3, 4, 5].map((n) => h('button', {
          type: 'button',
          class: ['sp-score', mine[factor.id] === n && 'is-chosen'],
          testid: 'sp-score',
          data: { factor: factor.id, score: n },
          disabled: !!closed,
          text: String(n),
          attrs: {
            'aria-pressed': mine[factor.id] === n ? 'true' : 'false',
            'aria-label': tr(ctx, 'scoreLabel', { factor: ctx.text(factor.title), n }),
            'data-focus-key': `score-${factor.id}-${n}`,
          },
          on: { click: () => act(ctx, 'spearheads.rate', { factor: factor.id, score: n }).catch(() => {}) },
        })),
        h('span', { class: 'sp-scale__end', text: ctx.text(t.high) }))))),
    closed ? h('p', { class: 'notice', text: tr(ctx, 'thermoClosed') }) : null);
}

/**
 * The team's thermometer: per factor a tube filled to the average on the 1–5 scale, the
 * spread as a band around it, last session's average as a mark. Only aggregates exist here.
 */
export function thermometerChart(state, ctx, { variant = 'tubes' } = {}) {
  const f = fmt(state);
  const t = f.plan.thermometer;
  const agg = f.thermometer || { factors: {} };
  const earlier = (f.plan.earlier && f.plan.earlier.thermometer) || {};
  const pct = (v) => `${Math.max(0, Math.min(100, ((v - 1) / 4) * 100))}%`;
  return h('div', { class: ['sp-thermo', `sp-thermo--${variant}`], testid: 'sp-thermometer' },
    t.factors.map((factor) => {
      const a = agg.factors[factor.id] || { count: 0 };
      const has = typeof a.average === 'number';
      const before = earlier[factor.id];
      const tube = h('div', { class: 'sp-tube', attrs: { 'aria-hidden': 'true' } },
        h('div', { class: 'sp-tube__glass' },
          has ? h('div', { class: 'sp-tube__band', style: { '--from': pct(a.average - a.spread), '--to': pct(a.average + a.spread) } }) : null,
          has ? h('div', { class: 'sp-tube__fill', style: { '--level': pct(a.average) } }) : null,
          before ? h('div', { class: 'sp-tube__earlier', style: { '--level': pct(before.average) }, title: tr(ctx, 'earlier') }) : null),
        h('div', { class: ['sp-tube__bulb', has && 'is-filled'] }));
      return h('figure', { class: ['sp-gauge', !has && 'is-empty'], testid: 'sp-gauge', data: { factor: factor.id } },
        tube,
        h('figcaption', { class: 'sp-gauge__caption' },
          h('span', { class: 'sp-gauge__title', text: ctx.text(factor.title) }),
          h('span', { class: 'sp-gauge__value', testid: 'sp-average', text: has ? decimal(a.average, ctx) : '–' }),
          h('span', { class: 'sp-gauge__meta', text: has
            ? `${tr(ctx, 'spread')} ${decimal(a.spread, ctx)} · ${tr(ctx, 'count', { n: a.count })}`
            : (agg.revealed ? tr(ctx, 'tooFew') : tr(ctx, 'count', { n: a.count })) }),
          before ? h('span', { class: 'sp-gauge__earlier', text: `${tr(ctx, 'earlier')}: ${decimal(before.average, ctx)}` }) : null));
    }));
}

export function thermometerCard(state, ctx, { controls = false, variant = 'tubes' } = {}) {
  const f = fmt(state);
  const agg = f.thermometer || { revealed: false, raters: 0, complete: 0 };
  return h('section', { class: 'card sp sp-thermo-card' },
    h('h2', { class: 'card__title', text: ctx.text(f.plan.thermometer.title) }),
    h('p', { class: 'sp-progress', testid: 'sp-thermo-progress', text: tr(ctx, 'thermoProgress', { raters: agg.raters, complete: agg.complete }) }),
    agg.revealed ? thermometerChart(state, ctx, { variant }) : h('p', { class: 'muted', text: tr(ctx, 'thermoWaiting') }),
    controls && !agg.revealed ? h('div', { class: 'toolbar' },
      h('button', {
        type: 'button', class: 'btn btn--primary', testid: 'sp-reveal', text: tr(ctx, 'reveal'),
        on: { click: () => act(ctx, 'spearheads.thermometer.reveal', {}).catch(() => {}) },
      }),
      h('span', { class: 'muted small', text: tr(ctx, 'revealHelp') })) : null);
}

// The game's results, on the phone, the console and the projector alike.

import { h } from '../../dom.js';
import { SIDES, sideTag, t } from './parts.js';

// --- results (phone, console, projector) -------------------------------------------------

function bar(fraction, cls) {
  return h('span', { class: ['dlm-bar', cls], style: { width: `${Math.max(0, Math.min(100, fraction * 100)).toFixed(1)}%` } });
}

function valuesChart(results, ctx, limit) {
  const values = results.values || [];
  if (!values.length) return h('p', { class: 'dlm-muted', text: t(ctx, 'noValues') });
  const max = Math.max(1, ...values.map((v) => v.named || 0));
  return h('ol', { class: 'dlm-chart', testid: 'dilemma-values-chart' }, values.slice(0, limit).map((v) => h('li', { class: 'dlm-chart__row', testid: 'dilemma-value-row' },
    h('span', { class: 'dlm-chart__label', text: ctx.text(v.label) }),
    h('span', { class: 'dlm-chart__track' }, bar(v.named / max, 'dlm-bar--value')),
    h('span', { class: 'dlm-chart__count', testid: 'dilemma-value-count', text: String(v.named) }),
    v.leading ? h('span', { class: 'dlm-chart__lead', title: t(ctx, 'ledAt', { n: v.leading }), text: `★ ${v.leading}` }) : h('span', { class: 'dlm-chart__lead' }))));
}

function stacked(counts, total) {
  return h('span', { class: 'dlm-stack' }, SIDES.map((side) => (counts[side]
    ? h('span', {
      class: `dlm-stack__part dlm-stack__part--${side}`,
      style: { width: `${((counts[side] / Math.max(1, total)) * 100).toFixed(1)}%` },
    }, h('span', { class: 'fit-optional', text: `${sideTag(side)} ${counts[side]}` }))
    : null)));
}

function choicesBlock(round, f, state, ctx) {
  const total = SIDES.reduce((n, s) => n + (round.choices[s] || 0), 0);
  const legend = h('ul', { class: 'dlm-legend' }, SIDES.map((side) => h('li', { class: `dlm-legend__item dlm-legend__item--${side}` },
    h('span', { class: 'dlm-legend__tag', text: sideTag(side) }),
    h('span', { text: `${ctx.text(round.sides[side])}: ${round.choices[side] || 0}` }))));
  const rows = (round.byPerspective || []).map((row) => {
    const n = SIDES.reduce((k, s) => k + (row[s] || 0), 0);
    return h('li', { class: 'dlm-persp__row', testid: 'dilemma-perspective-row' },
      h('span', { class: 'dlm-persp__label', text: ctx.text(row.title) }),
      h('span', { class: 'dlm-persp__track' }, stacked(row, n)));
  });
  // Two halves, so the projector can set them side by side: short enough to read at full size.
  return h('section', { class: 'dlm-choices', testid: 'dilemma-choices' },
    h('div', { class: 'dlm-choices__sum' },
      h('h3', { class: 'dlm-sub', text: t(ctx, 'choicesHeading', { n: round.round }) }),
      h('p', { class: 'dlm-choices__title', text: ctx.text(round.title) }),
      h('div', { class: 'dlm-choices__all' }, stacked(round.choices, total)),
      legend),
    rows.length ? h('div', { class: 'dlm-choices__by' },
      h('h4', { class: 'dlm-sub2', text: t(ctx, 'perPerspective') }),
      h('ul', { class: 'dlm-persp' }, rows)) : null);
}

function leadingBlock(results, ctx, rounds = results.rounds || [], heading = t(ctx, 'leadingPerTable')) {
  const items = [];
  for (const round of rounds) {
    for (const table of round.tables || []) {
      items.push(h('li', { class: 'dlm-leadlist__row' },
        h('span', { class: 'dlm-leadlist__who', text: `${t(ctx, 'round', { n: round.round })} · ${t(ctx, 'tableN', { n: table.number })}` }),
        h('span', { class: 'dlm-leadlist__values' }, table.leading.length
          ? table.leading.map((l) => h('span', { class: 'dlm-pill dlm-pill--lead', text: ctx.text(l.label) }))
          : h('span', { class: 'dlm-muted', text: '–' }))));
    }
  }
  return h('section', { class: 'dlm-leadlist', testid: 'dilemma-leading' },
    h('h3', { class: 'dlm-sub', text: heading }),
    h('ul', {}, items));
}

export function resultsView(f, state, ctx, { limit = 12, big = false } = {}) {
  const results = f.results;
  if (!results) return h('p', { class: 'dlm-muted', text: t(ctx, 'plenaryWait') });
  if (big) {
    // On the projector every block stands on its own, so the stage can page them: the values,
    // then per round the choices and the leading values, never a block cut in two.
    const rounds = results.rounds || [];
    return h('div', { class: 'dlm-results dlm-results--big fit-pager', testid: 'dilemma-results' },
      h('section', { class: 'dlm-results__values' },
        h('h3', { class: 'dlm-sub', text: t(ctx, 'valuesChart') }),
        valuesChart(results, ctx, limit)),
      rounds.map((r) => choicesBlock(r, f, state, ctx)),
      rounds.map((r) => leadingBlock(results, ctx, [r], `${t(ctx, 'leadingPerTable')} · ${t(ctx, 'round', { n: r.round })}`)));
  }
  return h('div', { class: 'dlm-results', testid: 'dilemma-results' },
    h('div', { class: 'dlm-results__col' },
      h('section', { class: 'dlm-results__values' },
        h('h3', { class: 'dlm-sub', text: t(ctx, 'valuesChart') }),
        valuesChart(results, ctx, limit)),
      leadingBlock(results, ctx)),
    h('div', { class: 'dlm-results__col' },
      (results.rounds || []).map((r) => choicesBlock(r, f, state, ctx))));
}

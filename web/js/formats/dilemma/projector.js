// The dilemma game on the projector: the rule, the dilemma and counts per table while rounds
// run; the results in the plenary.

import { h } from '../../dom.js';
import { currentStep } from '../../state.js';
import { game, t, howItGoes, dilemmaCard } from './parts.js';
import { resultsView } from './results.js';

export function projectorPanel(state, ctx) {
  const f = game(state);
  if (!f) return null;
  const step = currentStep(state);
  if (!step || step.kind === 'intro') {
    return h('div', { class: 'dlm dlm--stage fit-pager', testid: 'dilemma-stage' },
      h('section', { class: 'dlm-rule dlm-rule--stage', testid: 'dilemma-rule' },
        h('p', { class: 'dlm-rule__big', text: t(ctx, 'ruleBig') }),
        h('p', { class: 'dlm-rule__text', text: ctx.text(f.rule) })),
      howItGoes(state, ctx));
  }
  if (step.kind === 'plenary') {
    return h('div', { class: 'dlm dlm--stage', testid: 'dilemma-stage' },
      f.plenaryOpened ? resultsView(f, state, ctx, { limit: 10, big: true }) : null);
  }
  const round = step.round;
  const progress = (f.progress && f.progress[String(round)]) || {};
  const tables = state.tables.map((tb) => {
    const env = state.envelopes[tb.id];
    const size = (tb.seats || []).length;
    const p = progress[tb.id] || { named: 0, chose: 0 };
    return h('li', { class: 'dlm-stage-table', testid: 'dilemma-stage-table' },
      h('strong', { text: t(ctx, 'progressTable', { n: tb.number }) }),
      h('span', { text: t(ctx, 'drew', { x: env ? (env.opened || []).length : 0, n: size }) }),
      h('span', { text: t(ctx, 'namedCount', { x: p.named, n: size }) }),
      h('span', { text: t(ctx, 'choseCount', { x: p.chose, n: size }) }));
  });
  // The card, the rule and the tables are the stage's pages when they do not fit together.
  return h('div', { class: 'dlm dlm--stage fit-pager', testid: 'dilemma-stage' },
    dilemmaCard(f, round, ctx, { big: true }),
    h('p', { class: 'dlm-rule-strip dlm-rule-strip--stage', text: ctx.text(f.rule) }),
    tables.length ? h('ul', { class: 'dlm-stage-tables' }, tables) : null);
}

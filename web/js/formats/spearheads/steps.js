// What each step of the session shows on a view: the model, the thermometer, the review, a
// spearhead with its work, or the closing table.

import { h } from '../../dom.js';
import { fmt, stepNow, canAct, modelCard, spearheadCard } from './parts.js';
import { ratingCard, thermometerCard } from './thermometer.js';
import { summaryCard, actionNotesCard } from './actions.js';
import { closingTable, reviewCard } from './closing.js';

export function stepPart(state, ctx, view) {
  const f = fmt(state);
  const step = stepNow(state);
  const kind = step ? step.kind : 'intro';
  const staff = view !== 'participant';
  const big = view === 'projector';
  if (kind === 'intro') return modelCard(state, ctx, { big });
  if (kind === 'thermometer' && f.plan.thermometer) {
    if (view === 'participant') {
      // Once shown, the team's result comes first; the own scores stay below for reference.
      const shown = f.thermometer && f.thermometer.revealed;
      return h('div', { class: 'sp-stack' },
        shown ? thermometerCard(state, ctx, { variant: 'bars' }) : null, ratingCard(state, ctx));
    }
    return thermometerCard(state, ctx, { controls: view === 'facilitator', variant: 'tubes' });
  }
  if (kind === 'review' && f.plan.earlier) return reviewCard(state, ctx, { editable: !big && canAct(state, ctx) });
  if (kind === 'spearhead') {
    const parts = [spearheadCard(state, ctx, step.id, { big })];
    if (!big && canAct(state, ctx)) {
      if (view === 'facilitator') parts.push(summaryCard(state, ctx, step.id));
      parts.push(actionNotesCard(state, ctx, step.id));
    }
    return h('div', { class: 'sp-stack' }, parts);
  }
  if (kind === 'closing') return closingTable(state, ctx);
  return staff ? modelCard(state, ctx) : null;
}

// The spearhead session on a participant's phone: the step, and the action list for those who may write it.

import { h } from '../../dom.js';
import { tr, fmt, stepNow, canAct, keepingFocus } from './parts.js';
import { actionsCard } from './actions.js';
import { stepPart } from './steps.js';

export function participantPanel(state, ctx) {
  if (!fmt(state)) return null;
  return keepingFocus(() => {
    const maker = canAct(state, ctx);
    const step = stepNow(state);
    const showActions = maker || fmt(state).actions.length > 0 || (step && step.kind === 'closing');
    return h('div', { class: 'sp sp-panel sp-panel--phone' },
      stepPart(state, ctx, 'participant'),
      maker ? h('p', { class: 'notice', text: tr(ctx, 'youMayAct') }) : null,
      showActions && !(step && step.kind === 'closing' && !maker) ? actionsCard(state, ctx, { editable: maker }) : null);
  });
}

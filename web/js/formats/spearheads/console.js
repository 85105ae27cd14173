// The spearhead session on the facilitator's console: the step, the action list, who may make
// actions, and the exports.

import { h } from '../../dom.js';
import { fmt, keepingFocus } from './parts.js';
import { actionsCard, makersCard } from './actions.js';
import { exportsCard } from './exports.js';
import { stepPart } from './steps.js';

export function facilitatorPanel(state, ctx) {
  if (!fmt(state)) return null;
  return keepingFocus(() => h('div', { class: 'sp sp-panel sp-panel--console' },
    stepPart(state, ctx, 'facilitator'),
    actionsCard(state, ctx, { editable: true }),
    h('div', { class: 'sp-two' }, makersCard(state, ctx), exportsCard(state, ctx))));
}

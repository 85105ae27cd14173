// The spearhead session on the projector: the step, big.

import { h } from '../../dom.js';
import { fmt } from './parts.js';
import { stepPart } from './steps.js';

export function projectorPanel(state, ctx) {
  if (!fmt(state)) return null;
  return h('div', { class: 'sp sp-panel sp-panel--projector' }, stepPart(state, ctx, 'projector'));
}

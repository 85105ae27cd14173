// The dilemma game (dilemmaspel): the plug-in for the phone, the console, the projector and
// the start page (interface documented in formats/open/index.js; protocol in docs/PROTOCOL.md,
// "Format: dilemma").
//
// Phone: the rule, the round's dilemma, then per step: pick values (chips, "other…", a short
// note), make a choice, agree the table's leading values, see the roles revealed; in the
// plenary the results. Console: every table's progress (who drew, named, chose), nudges,
// the next step, the results and the spotlight. Projector: the rule, the dilemma and counts
// per table while rounds run; the results in the plenary.
//
// Text typed by people goes into the DOM with textContent only (h() and text nodes).

// The views live beside this file: phone.js, console.js, projector.js and setup.js; what they
// share is in parts.js and results.js, the strings in strings.js.

import { h } from '../../dom.js';
import { stylesheet, stepTimes } from '../kit.js';
import strings from './strings.js';
import { game, t, cardFace } from './parts.js';
import { participantPanel } from './phone.js';
import { facilitatorPanel } from './console.js';
import { projectorPanel } from './projector.js';
import { setupPanel } from './setup.js';

stylesheet('dilemma');

// --- the content library ------------------------------------------------------------------

const isText = (x) => Boolean(x && typeof x === 'object' && typeof x.nl === 'string');

/**
 * A dilemma as the phones show it in a round (its theme named from the pack's themes), and a
 * value as the chip and explanation a participant taps; other sections are not this game's.
 */
function preview(section, item, ctx) {
  if (!item || typeof item !== 'object') return null;
  if (section === 'dilemmas' && isText(item.title) && isText(item.situation) && item.sides
    && isText(item.sides.a) && isText(item.sides.b)) {
    const theme = ((ctx.pack && ctx.pack.themes) || []).find((x) => x && x.id === item.theme);
    const d = { ...item, theme: theme && isText(theme.title) ? theme.title : null, setting: isText(item.setting) ? item.setting : null };
    return h('div', { class: 'dlm dlm-preview' }, cardFace(d, ctx, { label: t(ctx, 'theDilemma') }));
  }
  if (section === 'values' && isText(item.title)) {
    return h('div', { class: 'dlm dlm-preview' },
      h('div', { class: 'dlm-chips' }, h('span', { class: 'dlm-chip is-on', text: ctx.text(item.title) })),
      isText(item.explanation)
        ? h('p', { class: 'dlm-explain' }, h('strong', { text: `${ctx.text(item.title)}: ` }), ctx.text(item.explanation))
        : null);
  }
  return null;
}

// --- events -----------------------------------------------------------------------------------

function reduce(state, event, data) {
  const f = game(state);
  if (!f || !data) return false;
  switch (event) {
    case 'dilemma.round': {
      const r = data.round;
      const i = f.rounds.findIndex((x) => x.round === r.round);
      if (i >= 0) f.rounds[i] = { ...f.rounds[i], ...r };
      else f.rounds.push(r);
      if (typeof data.current === 'number') f.round = data.current;
      return true;
    }
    case 'dilemma.entry': {
      const e = data.entry;
      f.entries = (f.entries || []).filter((x) => !(x.round === e.round && x.participant === e.participant));
      f.entries.push(e);
      return true;
    }
    case 'dilemma.progress': {
      f.progress = f.progress || {};
      const key = String(data.round);
      f.progress[key] = { ...(f.progress[key] || {}), [data.table]: data.progress };
      return true;
    }
    case 'dilemma.results':
      f.results = data.results;
      f.plenaryOpened = !!data.plenaryOpened;
      return true;
    case 'dilemma.nudged':
      f.nudge = { ...data, at: Date.now() };
      try {
        const active = !navigator.userActivation || navigator.userActivation.hasBeenActive;
        if (navigator.vibrate && active) navigator.vibrate([120, 80, 120]);
      } catch {
        // a nicety
      }
      return true;
    default:
      return false;
  }
}

export default {
  strings,
  exportCsv: 'dilemma.csv',
  reduce,
  participantPanel,
  facilitatorPanel,
  projectorPanel,
  setupPanel,
  // timings: seconds per step kind; the content library names them by the pack's step titles.
  stepTimes: stepTimes({ option: 'timings', unit: 'seconds', key: 'kind' }),
  preview,
};

// The four-spearhead team session ("Met je (wijk)team in gesprek"): the model, the private
// thermometer, one flip-over per spearhead, the team's action list, the closing table, the
// check of an earlier action list, and the exports. Plug-in interface: see formats/open/index.js.
//
// The views live beside this file: phone.js, console.js, projector.js and setup.js, each step's
// part in steps.js (thermometer.js, actions.js, closing.js, exports.js); what they share is in
// parts.js, the strings in strings.js; print.js is the print view.

import { stylesheet } from '../kit.js';
import STRINGS from './strings.js';
import { fmt, stepNow } from './parts.js';
import { participantPanel } from './phone.js';
import { facilitatorPanel } from './console.js';
import { projectorPanel } from './projector.js';
import { setupPanel } from './setup.js';

export { startingChoices } from './setup.js';

stylesheet('spearheads');

export default {
  strings: STRINGS,
  // The console shows this format's own "Exporteren" card (action list, report, print view).
  ownExports: true,
  // The session's plenary board is the parking lot here: its tab carries that name.
  plenaryTab: 'title',
  // The whole team works on the plenary flip-overs; tables only when chosen at set-up.
  uses: (state) => ({ roles: false, tables: !!(state.format && state.format.plan && state.format.plan.tableBoards) }),

  reduce(state, event, data) {
    const f = fmt(state);
    if (!f || !data) return false;
    switch (event) {
      case 'spearheads.thermometer': f.thermometer = data.thermometer; return true;
      case 'spearheads.rated': f.mine = data.mine; return true;
      case 'spearheads.actions': f.actions = data.actions || []; f.locked = !!data.locked; return true;
      case 'spearheads.summaries': f.summaries = data.summaries || {}; return true;
      case 'spearheads.reviews': f.reviews = data.reviews || {}; return true;
      case 'spearheads.makers': f.makers = data.makers || []; return true;
      default: return false;
    }
  },

  focusBoard(state, view, ctx) {
    const f = fmt(state);
    const step = stepNow(state);
    if (!f || !step) return view === 'projector' ? false : null;
    if (step.kind !== 'spearhead') return view === 'projector' ? false : null;
    if (view === 'participant' && f.plan.tableBoards && ctx && ctx.me) {
      const me = state.participants.find((p) => p.id === ctx.me.participant);
      const own = me && me.table ? `table/${me.table}/${step.id}` : null;
      if (own && state.boards.some((b) => b.id === own)) return own;
    }
    return `plenary/${step.id}`;
  },

  participantPanel,
  facilitatorPanel,
  projectorPanel,
  setupPanel,

  // minutes: per spearhead and per fixed step (intro, thermometer, review, closing).
  stepTimes: {
    option: 'minutes',
    unit: 'minutes',
    titles: (setup) => ({
      ...(setup.stepTitles || {}),
      ...Object.fromEntries((setup.spearheads || []).map((s) => [s.id, s.title])),
    }),
  },
};

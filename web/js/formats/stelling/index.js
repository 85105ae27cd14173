// The statement round (format id "stelling"): one folder, found by its id (see
// /js/formats.js). The plug-in interface is documented in formats/open/index.js, the messages in
// docs/PROTOCOL.md ("Format: stelling").
//
// state.format (from the snapshot) = {statements: [{id, text, hint}], rounds: {<id>: round}}.
// A round = {statement, closed, firstSide (oneens|eens|null), board, counts? [5] and total?
// (staff always, participants once closed), mine? (a participant's own sticker, 1–5)}.

import { stylesheet } from '../kit.js';
import STRINGS from './strings.js';
import { current } from './parts.js';
import { participantPanel } from './phone.js';
import { facilitatorPanel } from './console.js';
import { projectorPanel } from './projector.js';
import { setupPanel } from './setup.js';

// Its stylesheet lives in its own folder: the whole plug-in is one folder.
stylesheet('stelling', '/js/formats/stelling/stelling.css');

function reduce(state, event, data) {
  const f = state.format;
  if (!f || event !== 'stelling.round' || !data || !data.statement) return false;
  const before = (f.rounds || {})[data.statement];
  // Shared copies leave out `mine`: keep your own sticker.
  if (before && !('mine' in data) && 'mine' in before) data.mine = before.mine;
  f.rounds = { ...(f.rounds || {}), [data.statement]: data };
  return true;
}

/** Once the vote is closed the statement's flip-over is where the arguments go; before, the projector shows none. */
function focusBoard(state, view) {
  const cur = current(state);
  if (!cur) return null;
  if (cur.round.closed) return cur.round.board;
  return view === 'projector' ? false : null;
}

export default {
  strings: STRINGS,
  exportCsv: 'stelling.csv',
  uses: () => ({ tables: false, roles: false }),
  reduce,
  participantPanel,
  facilitatorPanel,
  projectorPanel,
  focusBoard,
  setupPanel,
  stepTimes: {
    option: 'minutes',
    unit: 'minutes',
    titles: (setup) => Object.fromEntries(((setup && setup.statements) || []).map((st) => [st.id, st.text])),
  },
};

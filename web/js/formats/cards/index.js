// The card game "In gesprek over mantelzorg" (format id "cards"); the plug-in interface is
// documented in formats/open/index.js, the messages in docs/PROTOCOL.md ("Format: cards").
//
// state.format (from the snapshot) = {rules, deck, themes, statementOptions, paused, playStep,
//   games: {<tableId>|plenary: game}, catalogue? (facilitator only)}.
// A game = {id, players, lead, facilitatorLeads, turn, played, left, deckLeft, paused, score?,
//   current: play|null, history: [play]}. A play = {play, status (answering|revealed|talking|
//   done|skipped), lead, card, durationMs, deadline, remainingMs, answered: [ids], notes: [ids],
//   mine? (only in your own copy), counts?, answeredCount?, reason?, answer?, explanation?, source?}.
//
// The views live beside this file: phone.js, console.js, projector.js and setup.js; what they share
// is in parts.js, the strings in strings.js.

import { stylesheet, stepTimes } from '../kit.js';
import STRINGS from './strings.js';
import { participantPanel } from './phone.js';
import { facilitatorPanel } from './console.js';
import { projectorPanel } from './projector.js';
import { setupPanel } from './setup.js';

stylesheet('cards');

// --- the state ---------------------------------------------------------------------------------

function reduce(state, event, data) {
  const f = state.format;
  if (!f) return false;
  if (event === 'cards.game' && data && data.game) {
    const game = data.game;
    const before = f.games[game.id];
    // Shared copies leave out `mine`: keep your own answer to the same card.
    if (before && before.current && game.current && before.current.play === game.current.play && !('mine' in game.current)) {
      game.current.mine = before.current.mine;
    }
    f.games[game.id] = game;
    return true;
  }
  if (event === 'cards.paused' && data) {
    f.paused = !!data.paused;
    return true;
  }
  return false;
}

export default {
  strings: STRINGS,
  exportCsv: 'cards.csv',
  // No roles in this game; tables unless it is played as one group.
  uses: (state) => ({ roles: false, tables: !(state.format && state.format.rules && state.format.rules.grouping === 'plenary') }),
  reduce,
  participantPanel,
  facilitatorPanel,
  projectorPanel,
  setupPanel,
  // steps: seconds per step id; the content library names them by the pack's step titles.
  stepTimes: stepTimes({ option: 'steps', unit: 'seconds', key: 'id' }),
};

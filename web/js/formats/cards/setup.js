// The card game's choices on the start page: deck, kinds of cards, themes, rules and timings.

import { h } from '../../dom.js';
import {
  TYPES,
  s,
} from './parts.js';

// --- the start page's set-up ---------------------------------------------------------------------

const within = (v, [min, max]) => Number.isInteger(v) && v >= min && v <= max;

/**
 * Where the set-up panel starts: the pack's defaults, with choices made before (a template being
 * adapted, or the panel rebuilt in the other language or for another pack) laid over them where
 * they still fit this pack; what no longer fits (a deck or theme the pack lost) keeps the default.
 * steps are seconds per step id, as options() gives them.
 */
export function startingChoices(setup, given) {
  const defaults = setup.defaults;
  const d = {
    ...defaults,
    deck: setup.decks[0] && setup.decks[0].id,
    types: [...defaults.types],
    themes: setup.themes.map((th) => th.id),
    seconds: { ...defaults.seconds },
    // The card types whose seconds a template named: they are kept even when their type is not chosen.
    namedSeconds: [],
    steps: Object.fromEntries(setup.steps.map((st) => [st.id, st.seconds])),
  };
  if (!given || typeof given !== 'object') return d;
  const limits = setup.limits;
  const known = (list, ids) => (Array.isArray(list) ? list.filter((x, i) => ids.includes(x) && list.indexOf(x) === i) : []);
  if (setup.decks.some((dk) => dk.id === given.deck)) d.deck = given.deck;
  const types = known(given.types, setup.types || TYPES);
  if (types.length) d.types = types;
  const themes = known(given.themes, d.themes);
  if (themes.length) d.themes = themes;
  if (['tables', 'plenary'].includes(given.grouping)) d.grouping = given.grouping;
  if (['cards', 'time'].includes(given.limit)) d.limit = given.limit;
  if (within(given.cards, limits.cards)) d.cards = given.cards;
  if (given.seconds && typeof given.seconds === 'object') {
    for (const type of Object.keys(d.seconds)) {
      if (within(given.seconds[type], limits.cardSeconds)) {
        d.seconds[type] = given.seconds[type];
        d.namedSeconds.push(type);
      }
    }
  }
  if (['rotate', 'free'].includes(given.turnOrder)) d.turnOrder = given.turnOrder;
  if (typeof given.scoring === 'boolean') d.scoring = given.scoring;
  if (within(given.maxTableSize, limits.maxTableSize)) d.maxTableSize = given.maxTableSize;
  if (given.steps && typeof given.steps === 'object') {
    for (const id of Object.keys(d.steps)) if (within(given.steps[id], limits.stepSeconds)) d.steps[id] = given.steps[id];
  }
  return d;
}

/** Seconds as minutes for an input: whole, or to one decimal for a length that is not. */
const minutesText = (seconds) => String(Math.round((seconds / 60) * 10) / 10);

export function setupPanel(setup, ctx) {
  if (!setup || !setup.available) {
    return { node: h('p', { class: 'notice', testid: 'cards-setup-unavailable', text: s(ctx, 'setupUnavailable') }), options: () => ({}) };
  }
  const d = startingChoices(setup, ctx && ctx.options);
  let uid = 0;
  const id = (name) => `cards-setup-${name}-${++uid}`;
  const labelled = (name, text, input, help) => {
    input.id = id(name);
    return h('div', { class: 'field' }, h('label', { htmlFor: input.id, class: 'field__label', text }), input,
      help ? h('p', { class: 'field__help', text: help }) : null);
  };
  const number = (value, min, max, step, testid) => h('input', { type: 'number', class: 'input input--narrow', value: String(value), min, max, step, testid });
  const radio = (name, value, checked, text, testid) => h('label', { class: 'cards-setup__choice' },
    h('input', { type: 'radio', name, value, checked, testid }), ' ', text);
  const check = (value, checked, text, testid) => h('label', { class: 'cards-setup__choice' },
    h('input', { type: 'checkbox', value, checked, testid }), ' ', text);

  const deck = h('select', { class: 'select', testid: 'cards-setup-deck' },
    setup.decks.map((dk) => h('option', { value: dk.id, text: `${ctx.text(dk.title)} (${dk.size})`, selected: dk.id === d.deck })));
  const deckInfo = h('p', { class: 'field__help' });
  const paintDeck = () => {
    const dk = setup.decks.find((x) => x.id === deck.value) || setup.decks[0];
    deckInfo.textContent = `${dk.description ? `${ctx.text(dk.description)} ` : ''}${s(ctx, 'deckCounts', dk.counts)}`;
  };
  deck.value = d.deck;
  deck.addEventListener('change', paintDeck);
  paintDeck();

  const typeBoxes = TYPES.map((type) => check(type, d.types.includes(type), s(ctx, `type.${type}`), `cards-setup-type-${type}`));
  const themeBoxes = setup.themes.map((th) => check(th.id, d.themes.includes(th.id), `${th.number}. ${ctx.text(th.title)}`, 'cards-setup-theme'));
  const themeSummary = h('summary');
  const paintThemes = () => {
    const n = themeBoxes.filter((l) => l.querySelector('input').checked).length;
    themeSummary.textContent = `${s(ctx, 'themes')}: ${s(ctx, 'themesSome', { n, total: themeBoxes.length })}`;
  };
  themeBoxes.forEach((l) => l.querySelector('input').addEventListener('change', paintThemes));
  paintThemes();

  const group = `cards-grouping-${++uid}`;
  const groupings = [radio(group, 'tables', d.grouping === 'tables', s(ctx, 'grouping.tables'), 'cards-setup-grouping-tables'),
    radio(group, 'plenary', d.grouping === 'plenary', s(ctx, 'grouping.plenary'), 'cards-setup-grouping-plenary')];
  const end = `cards-end-${++uid}`;
  const ends = [radio(end, 'cards', d.limit === 'cards', s(ctx, 'end.cards'), 'cards-setup-limit-cards'),
    radio(end, 'time', d.limit === 'time', s(ctx, 'end.time'), 'cards-setup-limit-time')];
  const cards = number(d.cards, setup.limits.cards[0], setup.limits.cards[1], 1, 'cards-setup-cards');
  const seconds = TYPES.map((type) => ({ type, input: number(d.seconds[type], setup.limits.cardSeconds[0], setup.limits.cardSeconds[1], 15, `cards-setup-seconds-${type}`) }));
  const turn = h('select', { class: 'select', testid: 'cards-setup-turn' },
    ['rotate', 'free'].map((v) => h('option', { value: v, text: s(ctx, `turn.${v}`), selected: d.turnOrder === v })));
  const scoring = h('input', { type: 'checkbox', checked: d.scoring, testid: 'cards-setup-scoring' });
  const tableSize = number(d.maxTableSize, setup.limits.maxTableSize[0], setup.limits.maxTableSize[1], 1, 'cards-setup-table-size');
  // A step keeps its exact length (90 seconds, say) until the trainer changes its minutes.
  const steps = setup.steps.map((st) => {
    const shown = minutesText(d.steps[st.id]);
    return { st, seconds: d.steps[st.id], shown, input: number(shown, 1, Math.floor(setup.limits.stepSeconds[1] / 60), Number.isInteger(Number(shown)) ? 1 : 'any', `cards-setup-step-${st.id}`) };
  });

  const node = h('fieldset', { class: 'cards-setup', testid: 'cards-setup' },
    h('legend', { class: 'field__label cards-setup__legend', text: s(ctx, 'setupHeading') }),
    h('p', { class: 'field__help', testid: 'cards-setup-credit', text: s(ctx, 'setupCredit') }),
    setup.decks.length > 1 ? labelled('deck', s(ctx, 'deck'), deck) : null,
    deckInfo,
    h('div', { class: 'field-row' },
      h('fieldset', {}, h('legend', { class: 'field__label', text: s(ctx, 'types') }), typeBoxes),
      h('fieldset', {}, h('legend', { class: 'field__label', text: s(ctx, 'grouping') }), groupings)),
    h('details', { class: 'cards-setup__themes' }, themeSummary, h('div', { class: 'cards-setup__theme-list' }, themeBoxes)),
    h('div', { class: 'field-row' },
      h('fieldset', {}, h('legend', { class: 'field__label', text: s(ctx, 'end') }), ends,
        labelled('cards', s(ctx, 'cardsPerTable'), cards)),
      h('fieldset', {}, h('legend', { class: 'field__label', text: s(ctx, 'secondsPer') }),
        h('div', { class: 'cards-setup__seconds' }, seconds.map(({ type, input }) => labelled(`seconds-${type}`, s(ctx, `type.${type}`), input))))),
    h('div', { class: 'field-row' },
      labelled('turn', s(ctx, 'turnOrder'), turn),
      labelled('size', s(ctx, 'tableSize'), tableSize)),
    h('fieldset', {}, h('legend', { class: 'field__label', text: s(ctx, 'stepMinutes') }),
      h('div', { class: 'cards-setup__seconds' }, steps.map(({ st, input }) => labelled(`step-${st.id}`, ctx.text(st.title), input)))),
    h('label', { class: 'cards-setup__choice' }, scoring, ' ', s(ctx, 'scoring')),
    h('p', { class: 'field__help', text: s(ctx, 'scoringHelp') }));

  const whole = (input, fallback) => {
    const n = Math.round(Number(input.value));
    return Number.isFinite(n) && input.value !== '' ? n : fallback;
  };
  const [minStep, maxStep] = setup.limits.stepSeconds;
  const stepSeconds = (input, before, shown) => {
    if (input.value === shown) return before;
    const n = Math.round(Number(input.value) * 60);
    return Number.isFinite(n) && input.value !== '' ? Math.min(maxStep, Math.max(minStep, n)) : before;
  };
  function options() {
    const chosenThemes = themeBoxes.map((l) => l.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
    const chosenTypes = typeBoxes.map((l) => l.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
    // Seconds for the chosen types and for those a template named; the server keeps the pack's for the rest.
    const timed = seconds.filter(({ type }) => chosenTypes.includes(type) || d.namedSeconds.includes(type));
    const out = {
      deck: deck.value,
      types: chosenTypes,
      grouping: node.querySelector(`input[name="${group}"]:checked`)?.value || d.grouping,
      limit: node.querySelector(`input[name="${end}"]:checked`)?.value || d.limit,
      cards: whole(cards, d.cards),
      seconds: Object.fromEntries(timed.map(({ type, input }) => [type, whole(input, d.seconds[type])])),
      turnOrder: turn.value,
      scoring: scoring.checked,
      maxTableSize: whole(tableSize, d.maxTableSize),
      steps: Object.fromEntries(steps.map(({ st, seconds: before, shown, input }) => [st.id, stepSeconds(input, before, shown)])),
    };
    if (chosenThemes.length < themeBoxes.length) out.themes = chosenThemes;
    return out;
  }
  return { node, options };
}

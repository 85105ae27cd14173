// The card game's choices on the start page: deck, kinds of cards, themes, rules and timings.

import { h } from '../../dom.js';
import {
  TYPES,
  s,
} from './parts.js';

// --- the start page's set-up ---------------------------------------------------------------------

export function setupPanel(setup, ctx) {
  if (!setup || !setup.available) {
    return { node: h('p', { class: 'notice', testid: 'cards-setup-unavailable', text: s(ctx, 'setupUnavailable') }), options: () => ({}) };
  }
  const d = setup.defaults;
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
    setup.decks.map((dk) => h('option', { value: dk.id, text: `${ctx.text(dk.title)} (${dk.size})` })));
  const deckInfo = h('p', { class: 'field__help' });
  const paintDeck = () => {
    const dk = setup.decks.find((x) => x.id === deck.value) || setup.decks[0];
    deckInfo.textContent = `${dk.description ? `${ctx.text(dk.description)} ` : ''}${s(ctx, 'deckCounts', dk.counts)}`;
  };
  deck.addEventListener('change', paintDeck);
  paintDeck();

  const typeBoxes = TYPES.map((type) => check(type, d.types.includes(type), s(ctx, `type.${type}`), `cards-setup-type-${type}`));
  const themeBoxes = setup.themes.map((th) => check(th.id, true, `${th.number}. ${ctx.text(th.title)}`, 'cards-setup-theme'));
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
  const steps = setup.steps.map((st) => ({ st, input: number(Math.round(st.seconds / 60), 1, Math.floor(setup.limits.stepSeconds[1] / 60), 1, `cards-setup-step-${st.id}`) }));

  const node = h('fieldset', { class: 'cards-setup', testid: 'cards-setup' },
    h('legend', { class: 'field__label cards-setup__legend', text: s(ctx, 'setupHeading') }),
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
  function options() {
    const chosenThemes = themeBoxes.map((l) => l.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
    const out = {
      deck: deck.value,
      types: typeBoxes.map((l) => l.querySelector('input')).filter((i) => i.checked).map((i) => i.value),
      grouping: node.querySelector(`input[name="${group}"]:checked`)?.value || d.grouping,
      limit: node.querySelector(`input[name="${end}"]:checked`)?.value || d.limit,
      cards: whole(cards, d.cards),
      seconds: Object.fromEntries(seconds.map(({ type, input }) => [type, whole(input, d.seconds[type])])),
      turnOrder: turn.value,
      scoring: scoring.checked,
      maxTableSize: whole(tableSize, d.maxTableSize),
      steps: Object.fromEntries(steps.map(({ st, input }) => [st.id, whole(input, Math.round(st.seconds / 60)) * 60])),
    };
    if (chosenThemes.length < themeBoxes.length) out.themes = chosenThemes;
    return out;
  }
  return { node, options };
}

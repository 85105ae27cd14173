// The dilemma game on the start page: rounds, dilemmas, step times, tables and roles.

import { h } from '../../dom.js';

/**
 * Where the set-up panel starts: the pack's defaults, with choices made before (a template
 * being adapted, or the panel rebuilt in the other language) laid over them where they still
 * fit this pack; what no longer fits (a dilemma the pack lost) keeps the default.
 */
function startingChoices(setup, given) {
  const d = { ...setup.defaults, dilemmas: [...setup.defaults.dilemmas], timings: { ...setup.defaults.timings }, rescale: false };
  if (!given || typeof given !== 'object') return d;
  const limits = setup.limits;
  const within = (v, [min, max]) => Number.isInteger(v) && v >= min && v <= max;
  const known = new Set(setup.dilemmas.map((x) => x.id));
  const ids = Array.isArray(given.dilemmas)
    ? given.dilemmas.filter((id, i, all) => known.has(id) && all.indexOf(id) === i).slice(0, limits.rounds[1]) : [];
  if (ids.length) {
    d.dilemmas = ids;
    d.rounds = ids.length;
  } else if (within(given.rounds, limits.rounds)) {
    d.rounds = given.rounds;
  }
  if (within(given.roundMinutes, limits.roundMinutes)) d.roundMinutes = given.roundMinutes;
  const timings = given.timings && typeof given.timings === 'object' ? given.timings : null;
  if (timings) {
    for (const [kind, seconds] of Object.entries(timings)) if (kind in d.timings && within(seconds, limits.seconds)) d.timings[kind] = seconds;
  }
  // Minutes per round without step times: the steps are scaled to fit, as the server does.
  d.rescale = within(given.roundMinutes, limits.roundMinutes) && !timings;
  if (within(given.minTableSize, limits.tableSize)) d.minTableSize = given.minTableSize;
  if (within(given.maxTableSize, limits.tableSize)) d.maxTableSize = given.maxTableSize;
  if (setup.roleSets.some((r) => r.id === given.roleSet)) d.roleSet = given.roleSet;
  if ((setup.roleModes || []).includes(given.roleMode)) d.roleMode = given.roleMode;
  if (typeof given.autoRun === 'boolean') d.autoRun = given.autoRun;
  return d;
}

export function setupPanel(setup, ctx) {
  if (!setup || !setup.defaults || !Array.isArray(setup.dilemmas)) return null;
  const d = startingChoices(setup, ctx && ctx.options);
  const tt = (key, params) => ctx.t(`dilemma.${key}`, params);
  const [minRounds, maxRounds] = setup.limits.rounds;
  const modes = setup.roleModes || [];
  const roleMode = modes.length ? h('select', { id: 'dlm-setup-mode', class: 'select', testid: 'dlm-setup-mode' },
    modes.map((m) => h('option', { value: m, text: tt(`roleMode_${m}`), selected: m === (d.roleMode || 'open') }))) : null;
  const mode = () => (roleMode ? roleMode.value : 'secret');
  // The reveal step belongs to the secret variant only.
  const inMode = (s) => !s.secretOnly || mode() === 'secret';
  const roundKinds = () => setup.steps.filter((s) => s.inRound && inMode(s)).map((s) => s.kind);
  const defaults = {};
  for (const s of setup.steps) defaults[s.kind] = s.seconds;
  const defaultRound = () => roundKinds().reduce((n, k) => n + defaults[k], 0);
  const seconds = { ...d.timings };

  const num = (id, value, min, max, step = 1) => h('input', {
    id, type: 'number', class: 'input input--narrow', value: String(value), min, max, step, testid: id,
  });
  const roundsInput = num('dlm-setup-rounds', d.rounds, minRounds, maxRounds);
  const minutesInput = num('dlm-setup-minutes', d.roundMinutes, setup.limits.roundMinutes[0], setup.limits.roundMinutes[1]);
  const minSize = num('dlm-setup-min', d.minTableSize, setup.limits.tableSize[0], setup.limits.tableSize[1]);
  const maxSize = num('dlm-setup-max', d.maxTableSize, setup.limits.tableSize[0], setup.limits.tableSize[1]);
  const autoRun = h('input', { id: 'dlm-setup-auto', type: 'checkbox', checked: d.autoRun !== false, testid: 'dlm-setup-auto' });
  const roleSet = h('select', { id: 'dlm-setup-roles', class: 'select', testid: 'dlm-setup-roles' },
    setup.roleSets.map((r) => h('option', { value: r.id, text: `${ctx.text(r.title)} (${tt('roles', { n: r.roles })})`, selected: r.id === d.roleSet })));
  const dilemmaSlot = h('div', { class: 'dlm-setup__dilemmas' });
  const stepSlot = h('div', { class: 'dlm-setup__steps' });
  const chosen = [...d.dilemmas];

  function renderDilemmas() {
    const n = Math.max(minRounds, Math.min(maxRounds, Math.round(Number(roundsInput.value)) || d.rounds));
    while (chosen.length < n) chosen.push((setup.dilemmas.find((x) => !chosen.includes(x.id)) || setup.dilemmas[0]).id);
    chosen.length = n;
    dilemmaSlot.replaceChildren(...chosen.map((id, i) => {
      const select = h('select', { id: `dlm-setup-d${i}`, class: 'select', testid: 'dlm-setup-dilemma' },
        setup.dilemmas.map((x) => h('option', { value: x.id, text: `${ctx.text(x.title)} — ${ctx.text(x.theme)}`, selected: x.id === id })));
      const card = setup.dilemmas.find((x) => x.id === id);
      select.addEventListener('change', () => {
        chosen[i] = select.value;
        // A dilemma may name the perspectives that fit it (a district team's); the first round's sets the envelope.
        const named = i === 0 && (setup.dilemmas.find((x) => x.id === select.value) || {}).roleSet;
        if (named && setup.roleSets.some((r) => r.id === named)) roleSet.value = named;
        renderDilemmas();
      });
      return h('div', { class: 'field' },
        h('label', { class: 'field__label', htmlFor: `dlm-setup-d${i}`, text: tt('dilemmaFor', { n: i + 1 }) }),
        select,
        card ? h('p', { class: 'field__help', text: `${ctx.text(card.situation)} (A: ${ctx.text(card.sides.a)} · B: ${ctx.text(card.sides.b)})` }) : null);
    }));
  }

  /** The round's steps scaled to fit, its last step taking what rounding leaves (as the server does). */
  function scaleTo(minutes) {
    const total = Math.round(minutes * 60);
    const kinds = roundKinds();
    let used = 0;
    for (const k of kinds.slice(0, -1)) {
      seconds[k] = Math.max(10, Math.round((defaults[k] * total) / defaultRound() / 10) * 10);
      used += seconds[k];
    }
    seconds[kinds[kinds.length - 1]] = Math.max(10, total - used);
  }

  function renderSteps() {
    stepSlot.replaceChildren(h('table', { class: 'dlm-setup__table' }, h('tbody', {}, setup.steps.filter(inMode).map((s) => {
      const input = num(`dlm-setup-step-${s.kind}`, Math.round((seconds[s.kind] / 60) * 10) / 10, 0.5, 60, 0.5);
      input.addEventListener('change', () => {
        const m = Number(input.value);
        if (m > 0) seconds[s.kind] = Math.max(10, Math.min(3600, Math.round(m * 60)));
        const sum = roundKinds().reduce((n, k) => n + seconds[k], 0);
        minutesInput.value = String(Math.round((sum / 60) * 10) / 10);
      });
      return h('tr', {},
        h('th', { scope: 'row' }, h('label', { htmlFor: `dlm-setup-step-${s.kind}`, text: tt(`step_${s.kind}`) })),
        h('td', {}, input));
    }))));
  }

  roundsInput.addEventListener('input', () => {
    const n = Number(roundsInput.value);
    if (n >= minRounds && n <= maxRounds && n !== chosen.length) renderDilemmas();
  });
  roundsInput.addEventListener('change', renderDilemmas);
  if (d.rescale) scaleTo(d.roundMinutes);
  minutesInput.addEventListener('change', () => {
    const m = Number(minutesInput.value);
    if (m >= setup.limits.roundMinutes[0] && m <= setup.limits.roundMinutes[1]) {
      scaleTo(m);
      renderSteps();
    }
  });
  if (roleMode) {
    roleMode.addEventListener('change', () => {
      const sum = roundKinds().reduce((n, k) => n + seconds[k], 0);
      minutesInput.value = String(Math.round((sum / 60) * 10) / 10);
      renderSteps();
    });
  }
  renderDilemmas();
  renderSteps();

  const node = h('fieldset', { class: 'dlm-setup', testid: 'dilemma-setup' },
    h('legend', { class: 'dlm-setup__legend', text: tt('setupHeading') }),
    h('p', { class: 'dlm-rule-strip', text: ctx.text(setup.rule) }),
    h('p', { class: 'field__help', text: tt('setupFrom', { pack: ctx.text(setup.packTitle) }) }),
    h('div', { class: 'field-row' },
      h('div', { class: 'field' }, h('label', { class: 'field__label', htmlFor: 'dlm-setup-rounds', text: tt('rounds') }), roundsInput),
      h('div', { class: 'field' }, h('label', { class: 'field__label', htmlFor: 'dlm-setup-minutes', text: tt('roundMinutes') }), minutesInput)),
    dilemmaSlot,
    h('details', { class: 'dlm-setup__more' },
      h('summary', { text: tt('stepTimes') }),
      stepSlot),
    h('div', { class: 'field-row' },
      h('div', { class: 'field' },
        h('span', { class: 'field__label', text: tt('tableSizeMin') }),
        h('span', { class: 'dlm-row' }, h('label', { class: 'sr-only', htmlFor: 'dlm-setup-min', text: tt('tableSizeMin') }), minSize,
          h('label', { htmlFor: 'dlm-setup-max', text: tt('tableSizeMax') }), maxSize)),
      h('div', { class: 'field' }, h('label', { class: 'field__label', htmlFor: 'dlm-setup-roles', text: tt('roleSet') }), roleSet)),
    roleMode ? h('div', { class: 'field' }, h('label', { class: 'field__label', htmlFor: 'dlm-setup-mode', text: tt('roleMode') }), roleMode) : null,
    h('label', { class: 'dlm-check', htmlFor: 'dlm-setup-auto' }, autoRun, h('span', { text: tt('autoRun') })));

  return {
    node,
    options() {
      const timings = {};
      for (const s of setup.steps) timings[s.kind] = Math.max(10, Math.min(3600, Math.round(seconds[s.kind])));
      return {
        rounds: chosen.length,
        dilemmas: [...chosen],
        roundMinutes: Math.round(Number(minutesInput.value)) || d.roundMinutes,
        timings,
        minTableSize: Math.round(Number(minSize.value)),
        maxTableSize: Math.round(Number(maxSize.value)),
        roleSet: roleSet.value,
        ...(roleMode ? { roleMode: roleMode.value } : {}),
        autoRun: autoRun.checked,
      };
    },
  };
}

// The spearhead session on the start page: which spearheads in which order, their minutes,
// the thermometer, flip-overs, team, dots and a follow-up.

import { h } from '../../dom.js';
import { load, keys } from '../../storage.js';

/** The options the panel shows; the others a template holds (thermometerMinimum, maxTableSize…) pass through. */
const PANEL_OPTIONS = ['spearheads', 'minutes', 'thermometer', 'tableBoards', 'team', 'dots', 'followUp'];
/** The steps besides the spearheads whose minutes a template may hold (see SpearheadsSetup on the server). */
const FIXED_STEPS = ['intro', 'thermometer', 'review', 'closing'];

const minutesOk = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 1 && v <= 120;

/**
 * Where the set-up panel starts: the pack's spearheads, all chosen, with choices made before (a
 * template being adapted, or the panel rebuilt in the other language or for another pack) laid
 * over them where they still fit: the chosen spearheads first in their order, the others after
 * them unticked; minutes, thermometer, flip-overs, team, dots and follow-up as chosen.
 */
export function startingChoices(setup, given) {
  const all = setup.spearheads.map((s) => ({ ...s, chosen: true }));
  const d = {
    items: all,
    fixedMinutes: {},
    thermometer: !!setup.thermometer.available,
    tableBoards: false,
    team: '',
    dots: setup.dots || 3,
    followUp: null,
    rest: {},
  };
  if (!given || typeof given !== 'object') return d;
  const byId = new Map(all.map((s) => [s.id, s]));
  if (Array.isArray(given.spearheads)) {
    const ids = given.spearheads.filter((id, i, list) => byId.has(id) && list.indexOf(id) === i);
    if (ids.length) d.items = [...ids.map((id) => byId.get(id)), ...all.filter((s) => !ids.includes(s.id)).map((s) => ({ ...s, chosen: false }))];
  }
  const minutes = given.minutes && typeof given.minutes === 'object' ? given.minutes : {};
  for (const item of d.items) if (minutesOk(minutes[item.id])) item.minutes = minutes[item.id];
  for (const step of FIXED_STEPS) if (minutesOk(minutes[step])) d.fixedMinutes[step] = minutes[step];
  if (typeof given.thermometer === 'boolean') d.thermometer = given.thermometer && !!setup.thermometer.available;
  if (typeof given.tableBoards === 'boolean') d.tableBoards = given.tableBoards;
  if (typeof given.team === 'string') d.team = given.team;
  if (Number.isInteger(given.dots) && given.dots >= 1 && given.dots <= 10) d.dots = given.dots;
  const f = given.followUp;
  if (f && typeof f === 'object' && typeof f.code === 'string' && typeof f.token === 'string') d.followUp = { code: f.code, token: f.token };
  for (const [name, value] of Object.entries(given)) if (!PANEL_OPTIONS.includes(name)) d.rest[name] = value;
  return d;
}

export function setupPanel(setup, ctx) {
  const t = (key, params) => ctx.t(`spearheads.${key}`, params);
  if (!setup || setup.unavailable || !Array.isArray(setup.spearheads)) {
    return { node: h('p', { class: 'notice', testid: 'sp-setup-unavailable', text: t('setupUnavailable') }), options: () => ({}) };
  }
  const d = startingChoices(setup, ctx && ctx.options);
  const items = d.items;
  const list = h('ol', { class: 'sp-setup__list' });
  const total = h('p', { class: 'small muted', testid: 'sp-setup-total' });
  const thermo = h('input', { type: 'checkbox', checked: d.thermometer, disabled: !setup.thermometer.available, testid: 'sp-setup-thermometer' });
  const tableBoards = h('input', { type: 'checkbox', checked: d.tableBoards, testid: 'sp-setup-tableboards' });
  const team = h('input', { type: 'text', class: 'input', testid: 'sp-setup-team', value: d.team, attrs: { maxlength: '80' }, placeholder: t('setupTeamPlaceholder') });
  const dots = h('input', { type: 'number', class: 'input input--narrow', min: 1, max: 10, value: String(d.dots), testid: 'sp-setup-dots' });
  const recent = (load(keys.recent(), []) || []).filter((r) => load(keys.facilitatorToken(r.code)));
  const follow = h('select', { class: 'select', testid: 'sp-setup-followup' },
    h('option', { value: '', text: t('setupFollowNone') }),
    recent.map((r) => h('option', { value: r.code, text: `${r.title || r.code} (${r.code})` })),
    h('option', { value: '__link', text: t('setupFollowOther') }));
  const link = h('input', { type: 'url', class: 'input', testid: 'sp-setup-followlink', placeholder: 'https://…/f/ABC123#…' });
  const linkField = h('label', { class: 'field', hidden: true }, h('span', { class: 'field__label', text: t('setupFollowLink') }), link);
  if (d.followUp) {
    // A session of this device with the same token is offered by name; any other by its facilitator link.
    const known = recent.some((r) => r.code === d.followUp.code) && load(keys.facilitatorToken(d.followUp.code)) === d.followUp.token;
    if (known) {
      follow.value = d.followUp.code;
    } else {
      follow.value = '__link';
      link.value = `${location.origin}/f/${d.followUp.code}#${d.followUp.token}`;
      linkField.hidden = false;
    }
  }
  follow.addEventListener('change', () => { linkField.hidden = follow.value !== '__link'; });

  const fixed = (step, fallback) => d.fixedMinutes[step] ?? fallback ?? 0;
  function minutesOf() {
    return items.filter((i) => i.chosen).reduce((sum, i) => sum + Number(i.minutes || 0), 0)
      + fixed('intro', setup.steps.intro) + fixed('closing', setup.steps.closing)
      + (thermo.checked ? fixed('thermometer', setup.thermometer.minutes) : 0)
      + (follow.value ? fixed('review', setup.steps.review) : 0);
  }
  function paint() {
    list.replaceChildren(...items.map((item, i) => h('li', { class: 'sp-setup__item' },
      h('label', { class: 'sp-check' },
        h('input', { type: 'checkbox', checked: item.chosen, testid: 'sp-setup-spearhead', data: { spearhead: item.id }, on: { change: (e) => { item.chosen = e.target.checked; paint(); } } }),
        h('span', { text: ctx.text(item.title) })),
      h('input', {
        type: 'number', class: 'input input--narrow', min: 1, max: 120, value: String(item.minutes), testid: 'sp-setup-minutes', data: { spearhead: item.id },
        attrs: { 'aria-label': `${ctx.text(item.title)}: ${t('setupMinutes')}` },
        on: { input: (e) => { item.minutes = Number(e.target.value) || item.minutes; total.textContent = t(minutesOf() === 1 ? 'total.one' : 'total.other', { n: minutesOf() }); } },
      }),
      h('span', { class: 'small muted', text: t('setupMinutes') }),
      h('button', { type: 'button', class: 'btn btn--small btn--light', text: '↑', disabled: i === 0, attrs: { 'aria-label': t('up') }, on: { click: () => { items.splice(i - 1, 0, items.splice(i, 1)[0]); paint(); } } }),
      h('button', { type: 'button', class: 'btn btn--small btn--light', text: '↓', disabled: i === items.length - 1, attrs: { 'aria-label': t('down') }, on: { click: () => { items.splice(i + 1, 0, items.splice(i, 1)[0]); paint(); } } }))));
    total.textContent = t(minutesOf() === 1 ? 'total.one' : 'total.other', { n: minutesOf() });
  }
  thermo.addEventListener('change', paint);
  follow.addEventListener('change', paint);
  paint();

  const node = h('fieldset', { class: 'sp sp-setup', testid: 'sp-setup' },
    h('legend', { class: 'field__label', text: t('setupSpearheads') }),
    list, total,
    h('label', { class: 'sp-check' }, thermo, h('span', { text: t('setupThermometer') })),
    h('label', { class: 'sp-check' }, tableBoards, h('span', { text: t('setupTableBoards') })),
    h('div', { class: 'field-row' },
      h('label', { class: 'field' }, h('span', { class: 'field__label', text: t('setupTeam') }), team),
      h('label', { class: 'field' }, h('span', { class: 'field__label', text: t('setupDots') }), dots)),
    h('label', { class: 'field' }, h('span', { class: 'field__label', text: t('setupFollowUp') }), follow,
      h('span', { class: 'field__help', text: t('setupFollowHelp') })),
    linkField);

  return {
    node,
    options() {
      const chosen = items.filter((i) => i.chosen);
      const followUp = (() => {
        if (follow.value === '__link') {
          const m = /\/f\/([A-Za-z0-9-]+)#([A-Za-z0-9_-]+)/.exec(link.value.trim());
          return m ? { code: m[1], token: m[2] } : null;
        }
        return follow.value ? { code: follow.value, token: load(keys.facilitatorToken(follow.value)) } : null;
      })();
      // Minutes in the session's order, and only for the steps it will have: the server refuses others.
      const minutes = {};
      const fixedStep = (step, present) => { if (present && step in d.fixedMinutes) minutes[step] = d.fixedMinutes[step]; };
      fixedStep('intro', true);
      fixedStep('thermometer', thermo.checked);
      fixedStep('review', !!followUp);
      for (const i of chosen) minutes[i.id] = Number(i.minutes);
      fixedStep('closing', true);
      const out = {
        spearheads: chosen.map((i) => i.id),
        minutes,
        thermometer: thermo.checked,
        tableBoards: tableBoards.checked,
        dots: Math.round(Number(dots.value)) || 3,
      };
      if (team.value.trim()) out.team = team.value.trim();
      if (followUp) out.followUp = followUp;
      for (const [name, value] of Object.entries(d.rest)) if (!(name in out)) out[name] = value;
      return out;
    },
  };
}

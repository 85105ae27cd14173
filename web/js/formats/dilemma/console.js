// The dilemma game on the facilitator's console: every table's progress, nudges, the next
// step, the results and the spotlight.

import { h } from '../../dom.js';
import { currentStep, labelOf } from '../../state.js';
import { game, roundInfo, entriesOf, sideText, sideTag, leadingNotes, bell, t, ruleStrip } from './parts.js';
import { resultsView } from './results.js';

function nextStepButton(state, f, ctx) {
  const steps = state.agenda.steps || [];
  const i = state.agenda.current;
  const next = steps[i + 1];
  if (!next) return h('p', { class: 'dlm-muted', text: t(ctx, 'allDone') });
  let label;
  if (i < 0) label = t(ctx, 'begin', { step: ctx.text(next.title) });
  else if (next.kind === 'draw') label = t(ctx, 'startRound', { n: next.round });
  else if (next.kind === 'plenary') label = t(ctx, 'toPlenary');
  else label = t(ctx, 'nextStep', { step: ctx.text(next.title) });
  return h('button', {
    type: 'button', class: 'btn btn--primary', testid: 'dilemma-next', text: label,
    on: { click: () => ctx.send('step.goto', { index: i + 1 }).catch(() => {}) },
  });
}

function progressGrid(state, f, round, ctx) {
  if (!state.tables.length) return h('p', { class: 'dlm-muted', text: t(ctx, 'noTablesYet') });
  const entries = entriesOf(f, round);
  return h('div', { class: 'dlm-progress' }, state.tables.map((tb) => {
    const env = state.envelopes[tb.id];
    const opened = new Set(env ? env.opened || [] : []);
    const boardId = `table/${tb.id}`;
    const spotlit = state.spotlight === boardId;
    const notes = leadingNotes(state, tb.id, round);
    return h('article', { class: 'dlm-progress__table', testid: 'dilemma-progress-table', data: { table: tb.id } },
      h('header', { class: 'dlm-progress__head' },
        h('h4', { text: t(ctx, 'tableN', { n: tb.number }) }),
        h('button', {
          type: 'button', class: 'btn btn--small btn--light dlm-nudge-btn', testid: 'dilemma-nudge-table',
          disabled: !round, on: { click: () => ctx.send('dilemma.nudge', { table: tb.id }).catch(() => {}) },
        }, bell(), h('span', { text: t(ctx, 'nudgeTable') }))),
      h('ul', { class: 'dlm-progress__people' }, (tb.seats || []).map((pid) => {
        const e = entries.find((x) => x.participant === pid);
        const valueCount = e ? e.values.length + e.other.length : 0;
        return h('li', { class: 'dlm-progress__person', testid: 'dilemma-progress-person', data: { participant: pid } },
          h('span', { class: 'dlm-progress__name', text: labelOf(state, pid) }),
          h('span', {
            class: ['dlm-dot', opened.has(pid) && 'is-done'], title: opened.has(pid) ? t(ctx, 'envOpened') : t(ctx, 'envClosed'), text: '✉',
          }),
          h('span', { class: ['dlm-dot', valueCount && 'is-done'], testid: 'dilemma-progress-values', text: `${t(ctx, 'dotValues')}${valueCount || ''}` }),
          h('span', {
            class: ['dlm-dot', e && e.choice && 'is-done'], testid: 'dilemma-progress-choice',
            title: e && e.choice ? sideText(f, round, e.choice, ctx) : '', text: e && e.choice ? sideTag(e.choice) : t(ctx, 'dotChoice'),
          }),
          h('button', {
            type: 'button', class: 'dlm-bell', title: t(ctx, 'nudgePerson', { name: labelOf(state, pid) }),
            testid: 'dilemma-nudge-person',
            attrs: { 'aria-label': t(ctx, 'nudgePerson', { name: labelOf(state, pid) }) },
            disabled: !round, on: { click: () => ctx.send('dilemma.nudge', { participant: pid }).catch(() => {}) },
          }, bell()));
      })),
      notes.length ? h('div', { class: 'dlm-chips' }, notes.map((n) => h('span', { class: 'dlm-pill dlm-pill--lead', text: n.text }))) : null,
      h('button', {
        type: 'button', class: ['btn', 'btn--small', spotlit ? 'is-on' : 'btn--light'], testid: 'dilemma-spotlight',
        attrs: { 'aria-pressed': spotlit ? 'true' : 'false' }, text: spotlit ? t(ctx, 'spotlightOff') : t(ctx, 'spotlight'),
        on: { click: () => ctx.send('board.spotlight', { board: spotlit ? null : boardId }).catch(() => {}) },
      }));
  }));
}

export function facilitatorPanel(state, ctx) {
  const f = game(state);
  if (!f) return null;
  const step = currentStep(state);
  const round = step && step.round > 0 ? step.round : f.round;
  const plenary = step && step.kind === 'plenary';
  const info = roundInfo(f, round);
  const results = h('details', { class: 'dlm-console__results', open: plenary || f.plenaryOpened },
    h('summary', {}, h('strong', { text: t(ctx, 'resultsHeading') }), ' ',
      h('span', { class: 'dlm-muted', text: f.plenaryOpened ? t(ctx, 'resultsShared') : t(ctx, 'resultsLive') })),
    resultsView(f, state, ctx, { limit: 25 }));
  return h('section', { class: 'card dlm dlm--console', testid: 'dilemma-console' },
    h('header', { class: 'dlm-console__head' },
      h('h2', { class: 'card__title' }, t(ctx, 'console'),
        round ? h('span', { class: 'card__badge', text: t(ctx, 'roundOf', { n: round, m: f.rounds.length }) }) : null),
      nextStepButton(state, f, ctx)),
    ruleStrip(f, ctx),
    h('p', { class: 'dlm-muted small', text: f.autoRun ? t(ctx, 'autoRunOn') : t(ctx, 'autoRunOff') }),
    info && info.dilemma && info.started ? h('div', { class: 'dlm-console__dilemma' },
      h('strong', { text: ctx.text(info.dilemma.title) }),
      h('span', { class: 'dlm-muted', text: ` — A: ${ctx.text(info.dilemma.sides.a)} · B: ${ctx.text(info.dilemma.sides.b)}` })) : null,
    h('h3', { class: 'dlm-sub' }, t(ctx, 'progressHeading'), ' ', h('span', { class: 'dlm-muted small', text: t(ctx, 'progressLegend') })),
    progressGrid(state, f, round, ctx),
    results);
}

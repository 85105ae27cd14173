// The closing table (where we stand and the actions per spearhead) and the review of an
// earlier action list.

import { h } from '../../dom.js';
import { tr, fmt, spearheadOf, whenLabel, spearheadBoards, act } from './parts.js';

const REVIEW_STATUSES = ['done', 'in_progress', 'stopped', 'carried_over'];

/** Where we stand on a spearhead: the summary, else the highlighted notes of the first column, else all of them. */
export function standOf(state, spearhead) {
  const f = fmt(state);
  const summary = (f.summaries || {})[spearhead];
  if (summary) return [summary];
  const column = f.plan.columns[0].id;
  const notes = [];
  for (const b of spearheadBoards(state, spearhead)) for (const n of b.notes) if (n.column === column) notes.push(n);
  const highlighted = notes.filter((n) => n.highlighted);
  return (highlighted.length ? highlighted : notes).sort((a, b) => (b.votes || 0) - (a.votes || 0)).map((n) => n.text);
}

export function closingTable(state, ctx) {
  const f = fmt(state);
  const rows = [...f.plan.order];
  for (const a of f.actions) if (!rows.includes(a.spearhead)) rows.push(a.spearhead);
  return h('section', { class: 'card sp sp-closing', testid: 'sp-closing' },
    h('h2', { class: 'card__title', text: tr(ctx, 'closing') }),
    // On the projector the stage pages the rows when they do not fit.
    h('table', { class: 'sp-table fit-pager', data: { fitItems: ':scope > tbody > tr' } },
      h('thead', {}, h('tr', {},
        h('th', { text: tr(ctx, 'spearhead') }), h('th', { text: tr(ctx, 'stand') }), h('th', { text: tr(ctx, 'actions') }))),
      h('tbody', {}, rows.map((id) => {
        const s = spearheadOf(state, id);
        const stand = standOf(state, id);
        const mine = f.actions.map((a, i) => ({ a, n: i + 1 })).filter(({ a }) => a.spearhead === id);
        return h('tr', { testid: 'sp-closing-row' },
          h('th', { attrs: { scope: 'row' }, text: s ? ctx.text(s.title) : id }),
          h('td', { data: { label: tr(ctx, 'stand') } }, stand.length ? h('ul', { class: 'sp-plain' }, stand.slice(0, 4).map((x) => h('li', { text: x }))) : tr(ctx, 'nothingYet')),
          h('td', { data: { label: tr(ctx, 'actions') } }, mine.length ? h('ol', { class: 'sp-plain' }, mine.map(({ a, n }) => h('li', { value: n },
            h('span', { text: a.what }),
            (a.whoLabel || a.when) ? h('span', { class: 'sp-closing__meta', text: ` — ${[a.whoLabel, whenLabel(a.when)].filter(Boolean).join(', ')}` }) : null)))
            : tr(ctx, 'nothingYet')));
      }))));
}

export const reviewNotes = new Map(); // earlier action id → typed note, kept across re-renders

export function reviewCard(state, ctx, { editable = false } = {}) {
  const f = fmt(state);
  const e = f.plan.earlier;
  const date = new Date(e.createdAt).toLocaleDateString(ctx.lang === 'en' ? 'en-GB' : 'nl-NL');
  const numbers = new Map(f.actions.map((a, i) => [a.id, i + 1]));
  return h('section', { class: 'card sp sp-review', testid: 'sp-review' },
    h('h2', { class: 'card__title', text: tr(ctx, 'review') }),
    h('p', { class: 'small muted', text: tr(ctx, 'reviewFrom', { title: e.title, date }) }),
    h('ol', { class: 'sp-review__list fit-pager' }, e.actions.map((a) => {
      const r = (f.reviews || {})[a.id] || null;
      const status = r ? r.status : null;
      const carried = r && r.carriedAs && numbers.has(r.carriedAs) ? tr(ctx, 'carriedAs', { n: numbers.get(r.carriedAs) }) : '';
      const item = h('li', { class: ['sp-review__item', status && `is-${status}`], testid: 'sp-review-item', data: { action: a.id } },
        h('p', { class: 'sp-action__what', text: a.what }),
        h('p', { class: 'sp-action__meta' },
          h('span', { class: 'sp-tag', text: ctx.text(a.spearheadTitle) }),
          a.who ? h('span', { text: a.who }) : null,
          a.when ? h('span', { text: whenLabel(a.when) }) : null,
          h('span', { class: ['sp-status', `sp-status--${status || 'none'}`], text: `${tr(ctx, `review.${status || 'none'}`)} ${carried}`.trim() })),
        r && r.note && !editable ? h('p', { class: 'small', text: r.note }) : null);
      if (editable && !f.locked) {
        const noteKey = `rv-note-${a.id}`;
        if (!reviewNotes.has(a.id)) reviewNotes.set(a.id, (r && r.note) || '');
        const note = h('input', {
          type: 'text', class: 'input', value: reviewNotes.get(a.id), attrs: { maxlength: '200', 'data-focus-key': noteKey, placeholder: tr(ctx, 'reviewNote'), 'aria-label': tr(ctx, 'reviewNote') },
          on: { input: (ev) => reviewNotes.set(a.id, ev.target.value) },
        });
        const send = (value) => act(ctx, 'spearheads.review', { action: a.id, status: value, note: reviewNotes.get(a.id) }).catch(() => {});
        note.addEventListener('change', () => { if (status) send(status); });
        item.append(h('div', { class: 'sp-review__tools' },
          h('div', { class: 'sp-segmented', attrs: { role: 'group', 'aria-label': tr(ctx, 'reviewStatus') } },
            REVIEW_STATUSES.map((st) => h('button', {
              type: 'button', class: ['btn btn--small', status === st ? 'btn--primary' : 'btn--light'], testid: 'sp-review-status',
              data: { status: st }, text: tr(ctx, `review.${st}`),
              attrs: { 'aria-pressed': status === st ? 'true' : 'false', 'data-focus-key': `rv-${a.id}-${st}` },
              on: { click: () => send(st) },
            }))),
          note));
      }
      return item;
    })));
}

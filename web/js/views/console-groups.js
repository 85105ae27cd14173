// The console's people and tables: who is here and at which table, and per table its seats,
// envelope and notes with the facilitator's buttons.

import { h, replace, keepFocus, confirmButton } from '../dom.js';
import { t, tn, text } from '../i18n.js';
import { labelOf, roleById, boardTable } from '../state.js';

/** The people card: everyone, a table to move them to, and removing one. */
export function renderPeople(s, p, { act, used }) {
  p.count.textContent = String(s.participants.length);
  keepFocus(p.people, () => {
    if (!s.participants.length) {
      replace(p.people, h('p', { class: 'muted', text: t('f.noParticipants') }));
      return;
    }
    replace(p.people, h('ul', { class: 'people__list' }, s.participants.map((person) => {
      const select = h('select', {
        class: 'select select--small',
        attrs: { 'aria-label': t('f.moveTo', { name: person.label }), 'data-focus-key': `move-${person.id}` },
        on: {
          change: (e) => {
            if (e.target.value) act('tables.move', { participant: person.id, table: e.target.value });
          },
        },
      },
      person.table ? null : h('option', { value: '', text: t('f.noTableYet'), selected: true }),
      s.tables.map((tb) => h('option', { value: tb.id, text: t('f.tableN', { n: tb.number }), selected: tb.id === person.table })));
      select.disabled = !s.tables.length;
      select.hidden = !used.tables;
      return h('li', { class: 'people__item', data: { participant: person.id } },
        // A long name is cut off with an ellipsis here: the tooltip shows it whole.
        h('span', { class: 'people__name', text: person.label, title: person.label }),
        select,
        confirmButton({
          class: 'btn btn--small btn--light btn--danger-text people__remove',
          title: t('f.removeOne', { name: person.label }),
          attrs: { 'data-focus-key': `rm-${person.id}`, 'aria-label': t('f.removeOne', { name: person.label }) },
        }, () => '✕', () => t('common.sure'), () => act('participant.remove', { participant: person.id })));
    })));
  });
}

/** The tables card: seats, envelopes, notes, and each table's buttons. */
export function renderTables(s, p, { act, used, selectBoard }) {
  p.tablesCard.hidden = !used.tables;
  p.dealAll.hidden = !used.roles;
  p.revealAll.hidden = !used.roles;
  p.arrange.textContent = s.tables.length ? t('f.rearrange') : t('f.arrange');
  p.dealAll.disabled = !s.tables.length;
  const anyHidden = Object.values(s.envelopes).some((e) => e.dealt && !e.revealed);
  p.revealAll.disabled = !anyHidden;
  keepFocus(p.tablesGrid, () => {
    if (!s.tables.length) {
      replace(p.tablesGrid, h('p', { class: 'muted', text: t('f.noTables') }));
      return;
    }
    replace(p.tablesGrid, s.tables.map((tb) => {
      const env = s.envelopes[tb.id];
      const b = s.boards.find((x) => x.id === `table/${tb.id}`);
      const notes = s.boards.filter((x) => boardTable(x.id) === tb.id).reduce((n, x) => n + x.notes.length, 0);
      const opened = new Set(env ? env.opened || [] : []);
      const roles = env && env.revealed ? env.roles || {} : {};
      let envText = t('f.envNone');
      if (env && env.dealt) {
        envText = env.revealed
          ? t('f.envRevealed')
          : t('f.envDealt', { round: env.round, opened: opened.size, total: (env.holders || []).length });
      }
      return h('article', { class: ['table-card', env && env.revealed && 'is-revealed'], testid: 'table-card', data: { tableId: tb.id } },
        h('header', { class: 'table-card__head' },
          h('h3', { class: 'table-card__title', text: t('f.tableN', { n: tb.number }) }),
          h('span', { class: 'table-card__size', text: tn('f.members', tb.seats.length) })),
        h('ul', { class: 'table-card__members' }, tb.seats.map((pid) => {
          const holds = env && env.dealt && (env.holders || []).includes(pid);
          const role = roles[pid] ? roleById(s, roles[pid]) : null;
          return h('li', { class: 'table-card__member' },
            h('span', { text: labelOf(s, pid) }),
            role ? h('span', { class: 'tag tag--role', text: text(role.title) })
              : holds ? h('span', { class: ['tag', opened.has(pid) ? 'tag--open' : 'tag--closed'], text: opened.has(pid) ? `✓ ${t('f.opened')}` : `✉ ${t('f.closedEnv')}` })
                : null);
        })),
        h('p', { class: 'table-card__env', text: envText }),
        h('p', { class: 'table-card__notes', text: tn('f.noteCount', notes) }),
        h('div', { class: 'table-card__actions' },
          !used.roles ? null : h('button', {
            type: 'button', class: 'btn btn--small', testid: 'deal-table', text: t('f.dealTable'),
            disabled: !tb.seats.length, attrs: { 'data-focus-key': `deal-${tb.id}` },
            on: { click: () => act('roles.deal', { table: tb.id }) },
          }),
          !used.roles ? null : h('button', {
            type: 'button', class: 'btn btn--small', testid: 'reveal-table', text: t('f.revealTable'),
            disabled: !(env && env.dealt && !env.revealed), attrs: { 'data-focus-key': `reveal-${tb.id}` },
            on: { click: () => act('roles.reveal', { table: tb.id }) },
          }),
          b ? h('button', {
            type: 'button', class: 'btn btn--small btn--light', text: t('f.viewBoard'),
            attrs: { 'data-focus-key': `view-${tb.id}` },
            on: {
              click: () => {
                selectBoard(b.id);
                p.boardsCard.scrollIntoView({ behavior: 'smooth', block: 'start' });
              },
            },
          }) : null));
    }));
  });
}

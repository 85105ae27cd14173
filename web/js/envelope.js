// The participant's role envelope: closed until tapped, then the role (secret until the
// table's reveal, or open to the table from the start); once the table may see them,
// everyone's role at the table.

import { h, replace } from './dom.js';
import { t, text } from './i18n.js';
import { tableOf, roleById, labelOf } from './state.js';
import { roleCard } from './roleCard.js';

/** createEnvelope({send, toast}) → {el, update(state, you)} */
export function createEnvelope({ send, toast }) {
  const el = h('section', { class: 'card envelope-card', attrs: { 'aria-labelledby': 'env-heading' } });
  // Opening is shown at once (the role is already on this phone); the ack only confirms it.
  let openedLocally = null;
  let last = null;
  // The role on screen (round and id): it fades in when it first shows, not on every re-render.
  let shownRole = null;

  function update(state, you) {
    last = [state, you];
    // A session without a role set (the card game, for one) never deals envelopes.
    el.hidden = !state.roleSet;
    if (el.hidden) return;
    const me = you && you.participant;
    const table = me ? tableOf(state, me) : null;
    const env = table ? state.envelopes[table.id] : null;
    const holder = env && env.dealt && (env.holders || []).includes(me);
    const round = env ? env.round : 0;
    if (openedLocally && openedLocally !== round) openedLocally = null;
    const opened = holder && ((env.opened || []).includes(me) || openedLocally === round);

    const heading = h('h2', { id: 'env-heading', class: 'card__title' }, t('env.heading'),
      env && env.dealt && round ? h('span', { class: 'card__badge', text: t('env.round', { n: round }) }) : null);

    if (!table || !holder) {
      el.classList.add('is-quiet');
      replace(el, heading, h('p', { class: 'muted', text: t('env.notDealt') }));
      return;
    }
    el.classList.remove('is-quiet');

    const parts = [heading];
    if (!opened) {
      parts.push(h('button', {
        type: 'button',
        class: 'envelope',
        testid: 'envelope',
        attrs: { 'data-focus-key': 'envelope' },
        on: { click: open },
      },
      h('span', { class: 'envelope__flap', attrs: { 'aria-hidden': 'true' } }),
      h('span', { class: 'envelope__seal', attrs: { 'aria-hidden': 'true' }, text: String(table.number) }),
      h('span', { class: 'envelope__label', text: t('env.tapToOpen') })));
      parts.push(h('p', { class: 'muted small', text: t(env.revealed ? 'env.closedHintOpen' : 'env.closedHint') }));
    } else if (state.role) {
      const key = `${round}:${state.role.id}`;
      const fresh = key !== shownRole;
      shownRole = key;
      // The card fades in only when a role first appears, not on every redraw.
      const card = roleCard(state.role, { secret: env.revealed ? '' : t('env.secret') });
      if (fresh) card.classList.add('is-new');
      parts.push(card);
    } else {
      parts.push(h('p', { class: 'muted', text: t('env.opening') }));
    }

    const holders = env.holders || [];
    if (!env.revealed) {
      parts.push(h('p', { class: 'muted small', text: t('env.openedCount', { n: (env.opened || []).length, m: holders.length }) }));
      if (state.session.rules && state.session.rules.tableMayReveal) {
        parts.push(h('button', {
          type: 'button', class: 'btn btn--light', text: t('env.reveal'),
          on: { click: () => send('roles.reveal', { table: table.id }).catch((e) => toast(e.message)) },
        }));
      }
    } else {
      const roles = env.roles || {};
      parts.push(h('div', { class: 'revealed' },
        h('h3', { class: 'revealed__title', text: t('env.revealedHeading') }),
        h('ul', { class: 'revealed__list' }, Object.keys(roles).map((pid) => {
          const role = roleById(state, roles[pid]);
          return h('li', { class: ['revealed__item', pid === me && 'is-me'] },
            h('span', { class: 'revealed__name', text: pid === me ? `${labelOf(state, pid)} (${t('common.you')})` : labelOf(state, pid) }),
            h('span', { class: 'revealed__role', text: role ? text(role.title) : roles[pid] }));
        }))));
    }
    replace(el, ...parts);
  }

  function open() {
    const [state, you] = last;
    const table = tableOf(state, you.participant);
    const env = table && state.envelopes[table.id];
    openedLocally = env ? env.round : null;
    update(state, you);
    // Move the focus to what just appeared, instead of leaving it on a button that is gone.
    const title = el.querySelector('.role__title');
    if (title) {
      title.tabIndex = -1;
      title.focus({ preventScroll: true });
    }
    send('envelope.open').catch((e) => {
      openedLocally = null;
      update(...last);
      toast(e.message);
    });
  }

  return { el, update };
}

// A role card as a participant reads it in their envelope: title, brief and the questions to
// think about. The envelope on the phone and the content library's preview both use this.

import { h } from './dom.js';
import { t, text } from './i18n.js';

/** roleCard(role, {secret}) → the .role element; secret is the line above the title ('' for none). */
export function roleCard(role, { secret = '' } = {}) {
  return h('div', { class: 'role' },
    h('p', { class: 'role__secret', text: secret }),
    h('h3', { class: 'role__title', testid: 'role-title', text: text(role.title) }),
    role.brief ? h('p', { class: 'role__brief', testid: 'role-brief', text: text(role.brief) }) : null,
    role.prompts && role.prompts.length
      ? h('div', { class: 'role__prompts' },
        h('h4', { text: t('env.prompts') }),
        h('ul', {}, role.prompts.map((p) => h('li', { text: text(p) }))))
      : null);
}

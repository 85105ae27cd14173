// The server's problems with a pack, as a trainer reads them: which item, which field, what.

import { h } from '../dom.js';
import { t } from '../i18n.js';

/** 'onderdeel „bewoner” · veld „brief.nl”: the Dutch text is missing' */
export function describe(e, { withFile = false } = {}) {
  const where = [];
  if (withFile && e.file) where.push(t('lib.problem.file', { file: e.file }));
  if (e.item) where.push(t('lib.problem.item', { item: e.item }));
  if (e.field) where.push(t('lib.problem.field', { field: e.field }));
  const message = e.message || e.text || '';
  return where.length ? `${where.join(' · ')}: ${message}` : message;
}

export function problemList(errors, { testid, withFile = false } = {}) {
  return h('ul', { class: 'lib-problems', testid },
    errors.map((e) => h('li', { class: ['lib-problems__item', e.blocking === false && 'is-warning'] },
      h('span', { text: describe(e, { withFile }) }))));
}

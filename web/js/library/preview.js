// Items of a pack as participants will see them: a format's own preview hook when it has one
// (see formats/open/index.js), role cards as they appear in the envelope, and otherwise every text
// of the item with its field name.

import { h } from '../dom.js';
import { t, text, lang } from '../i18n.js';
import { roleCard } from '../roleCard.js';
import { isText, textPaths } from './texts.js';

function has(key) {
  return t(key) !== key;
}

/** 'guidingQuestions' → 'Guiding questions'. */
function humanize(key) {
  const words = String(key).replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function sectionTitle(key) {
  return has(`lib.section.${key}`) ? t(`lib.section.${key}`) : humanize(key);
}

/** A readable name for the text at path: ['prompts', 0] → 'Vraag 1', ['options', 1, 'text'] → 'Keuze 2 › Tekst'. */
export function fieldLabel(path) {
  const parts = [];
  for (let i = 0; i < path.length; i++) {
    const k = path[i];
    if (typeof k === 'number') continue;
    const next = path[i + 1];
    if (typeof next === 'number') {
      const n = next + 1;
      parts.push(has(`lib.field.${k}`) ? t(`lib.field.${k}`, { n }) : `${humanize(k)} ${n}`);
    } else {
      parts.push(has(`lib.field.${k}`) ? t(`lib.field.${k}`, { n: '' }).trim() : humanize(k));
    }
  }
  if (!parts.length) return path.map((k) => (typeof k === 'number' ? t('lib.field.item', { n: k + 1 }) : k)).join(' › ');
  return parts.join(' › ');
}

/**
 * A format's own preview of the item, or null: each loaded format is asked in turn. pack is the
 * content the item belongs to (merged with its base), for what the item names by id (a theme).
 */
export function formatPreview(formats, section, item, pack = null) {
  const ctx = { t, text, lang: lang(), pack };
  for (const format of formats) {
    if (!format || typeof format.preview !== 'function') continue;
    try {
      const node = format.preview(section, item, ctx);
      if (node instanceof Node) return node;
    } catch (e) {
      console.error('format preview failed', e);
    }
  }
  return null;
}

/** A role card framed like a phone's envelope card. */
export function rolePreview(role) {
  return h('div', { class: 'lib-phone', attrs: { 'aria-label': t('lib.role.asParticipant') } },
    h('p', { class: 'lib-phone__caption', text: t('env.heading') }),
    roleCard(role, { secret: t('env.secret') }));
}

/** Every text of an item with its field name; the title (when it is a text) as the heading. */
export function genericPreview(item, { skip = [] } = {}) {
  const texts = textPaths(item, { skip: ['title', ...skip] });
  return h('div', { class: 'lib-generic' },
    h('h3', { class: 'lib-generic__title', text: isText(item.title) ? text(item.title) : item.id }),
    texts.length
      ? h('dl', { class: 'lib-generic__texts' }, texts.map(({ path, value }) => h('div', { class: 'lib-generic__row' },
        h('dt', { text: fieldLabel(path) }),
        h('dd', { text: text(value) }))))
      : null);
}

/** The item as participants will see it: the format's preview, else its texts. */
export function previewItem(formats, section, item, pack = null) {
  return formatPreview(formats, section, item, pack) || genericPreview(item);
}

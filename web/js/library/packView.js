// One pack's page: its manifest, its templates, and every item as participants will see it,
// each with "edit a copy" (or "edit" in the organisation's own pack).

import { h, confirmButton } from '../dom.js';
import { t, tn, text } from '../i18n.js';
import { isText, itemSections } from './texts.js';
import { formatPreview, genericPreview, rolePreview, sectionTitle } from './preview.js';
import { templatesCard } from './templates.js';
import { download } from './transfer.js';
import { AccessDenied, problemsOf, removePack } from './api.js';

function manifest(app, pack) {
  const base = pack.base ? app.packs().find((p) => p.id === pack.base) : null;
  const rows = [
    ['id', h('code', { text: pack.id })],
    ['version', h('span', { testid: 'manifest-version', text: pack.version })],
    ['author', pack.author || t('lib.manifest.none')],
    ['licence', pack.licence || t('lib.manifest.none')],
    ['languages', (pack.languages || []).map((l) => (t(`lib.lang.${l}`) !== `lib.lang.${l}` ? t(`lib.lang.${l}`) : l)).join(', ') || t('lib.manifest.none')],
  ];
  if (pack.base) {
    rows.push(['base', base
      ? h('a', { href: `#pack=${encodeURIComponent(base.id)}`, testid: 'manifest-base', text: text(base.title), on: { click: (e) => { e.preventDefault(); app.show({ kind: 'pack', id: base.id }); } } })
      : pack.base]);
  }
  return h('dl', { class: 'lib-manifest', testid: 'manifest' },
    rows.map(([key, value]) => h('div', { class: 'lib-manifest__row' },
      h('dt', { text: t(`lib.manifest.${key}`) }),
      h('dd', {}, value))));
}

function editButton(label, testid, onClick) {
  return h('button', { type: 'button', class: 'btn btn--light btn--small lib-edit-button', testid, text: label, on: { click: onClick } });
}

export function packView(app, pack) {
  const own = !pack.builtIn;
  const writtenIds = (section) => new Set((pack.written[section] || []).map((it) => it.id));
  const base = pack.base ? app.packs().find((p) => p.id === pack.base) : null;
  const editLabel = own ? t('lib.item.edit') : t('lib.item.editCopy');

  const origin = (section, id) => {
    if (!pack.base) return null;
    return writtenIds(section).has(id)
      ? h('span', { class: 'tag lib-tag--changed', testid: 'changed', text: t('lib.badge.changed') })
      : h('span', { class: 'tag tag--closed', text: t('lib.badge.fromBase', { pack: base ? text(base.title) : pack.base }) });
  };

  const head = h('section', { class: 'card lib-pack-head' },
    h('div', { class: 'lib-card-head' },
      h('h2', { class: 'lib-pack-head__title', testid: 'pack-title', text: text(pack.title) }),
      h('span', {
        class: ['tag', own ? 'tag--open' : 'tag--closed'], testid: own ? 'pack-own' : 'pack-read-only',
        text: own ? t('lib.badge.own') : t('lib.badge.readOnly'),
      })),
    pack.content.description && isText(pack.content.description) ? h('p', { text: text(pack.content.description) }) : null,
    manifest(app, pack),
    own && !pack.base ? null
      : h('p', { class: 'muted small', text: own ? t('lib.pack.ownNote', { base: base ? text(base.title) : pack.base }) : t('lib.pack.readOnlyNote') }),
    h('div', { class: 'lib-actions' },
      h('button', {
        type: 'button', class: 'btn btn--light btn--small', testid: 'export-pack', text: t('lib.pack.export'),
        on: { click: () => download(app, pack.id) },
      }),
      own ? confirmButton({ class: 'btn btn--light btn--small btn--danger-text', testid: 'delete-pack' },
        () => t('lib.pack.delete'), () => t('common.sure'), () => deletePack(app, pack)) : null));

  const sections = itemSections(pack.content).map((section) => {
    const items = pack.content[section];
    return h('section', { class: 'card lib-section', testid: `section-${section}`, data: { section } },
      h('h2', { class: 'card__title' }, sectionTitle(section),
        h('span', { class: 'card__badge', text: tn('lib.pack.items', items.length) })),
      h('div', { class: 'lib-items' }, items.map((item) => {
        const hook = formatPreview(app.formats(), section, item, pack.content);
        const target = { packId: pack.id, section, itemId: item.id };
        if (!hook && section === 'roleSets' && Array.isArray(item.roles)) return roleSet(app, pack, item, origin(section, item.id), editLabel);
        return h('article', { class: 'lib-item', testid: `item-${section}-${item.id}`, id: `item-${section}-${item.id}` },
          h('div', { class: 'lib-item__meta' }, h('code', { class: 'lib-item__id', text: item.id }), origin(section, item.id)),
          hook || genericPreview(item),
          h('div', { class: 'lib-actions' },
            editButton(editLabel, `edit-${section}-${item.id}`, () => app.show({ kind: 'edit', ...target }))));
      })));
  });

  return h('div', { class: 'lib-pack', testid: 'pack', data: { pack: pack.id } },
    head,
    templatesCard(app, pack),
    sections.length ? sections : h('section', { class: 'card' }, h('p', { class: 'muted', text: t('lib.pack.empty') })));
}

/** A role set: its name, and each role as the card a participant finds in their envelope. */
function roleSet(app, pack, set, originTag, editLabel) {
  return h('article', { class: 'lib-roleset', testid: `item-roleSets-${set.id}`, id: `item-roleSets-${set.id}` },
    h('div', { class: 'lib-roleset__head' },
      h('div', {},
        h('h3', { class: 'lib-roleset__title', text: text(set.title) }),
        h('div', { class: 'lib-item__meta' },
          h('code', { class: 'lib-item__id', text: set.id }),
          h('span', { class: 'muted small', text: tn('lib.role.count', set.roles.length) }),
          originTag)),
      editButton(t('lib.item.editSet'), `edit-roleSets-${set.id}`,
        () => app.show({ kind: 'edit', packId: pack.id, section: 'roleSets', itemId: set.id, setOnly: true }))),
    h('div', { class: 'lib-roles' }, set.roles.map((role) => h('div', {
      class: 'lib-role', testid: `role-${set.id}-${role.id}`, id: `role-${set.id}-${role.id}`, data: { role: role.id },
    },
    rolePreview(role),
    h('div', { class: 'lib-actions' },
      editButton(editLabel, `edit-role-${set.id}-${role.id}`,
        () => app.show({ kind: 'edit', packId: pack.id, section: 'roleSets', itemId: set.id, roleId: role.id })))))));
}

async function deletePack(app, pack) {
  try {
    const r = await removePack(pack.id);
    if (r.status === 204 || r.ok) {
      await app.refresh();
      app.show({ kind: 'pack', id: null, notice: () => t('lib.pack.deleted', { pack: text(pack.title) }) });
      return;
    }
    app.toast(t('lib.pack.deleteFailed', { reason: problemsOf(r.body).map((p) => p.message).join('; ') || r.status }));
  } catch (e) {
    if (e instanceof AccessDenied) app.denied();
    else app.toast(t('lib.pack.deleteFailed', { reason: t('lib.err.network') }));
  }
}

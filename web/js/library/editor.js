// "Edit a copy": a form with every text of an item (each {nl, en} as two fields), a preview as
// participants will see it, and the server's refusal (each problem with item and field) beside
// it. Saving puts the whole item into the trainer's own pack (see ownPack.js); the pack the
// item came from is never changed unless it is the organisation's own.

import { h, replace } from '../dom.js';
import { t, text } from '../i18n.js';
import { bind } from './bind.js';
import { clone, errorConcerns, fieldName, putItem, setPath, textPaths } from './texts.js';
import { fieldLabel, genericPreview, formatPreview, rolePreview, sectionTitle } from './preview.js';
import { targetChooser, saveInto, startingPack, whileSaving } from './ownPack.js';
import { problemList } from './problems.js';
import { problemsOf } from './api.js';

/**
 * What is edited: {packId, section, itemId} for a whole item, plus roleId for one role of a
 * role set, or setOnly for a role set's own texts without its roles.
 */
export async function openEditor(app, target) {
  const source = await app.detail(target.packId);
  const sourceItem = (source.content[target.section] || []).find((it) => it.id === target.itemId);
  if (!sourceItem) {
    app.toast(t('lib.pack.missing'));
    return null;
  }
  const isRole = Boolean(target.roleId);
  const skip = target.setOnly ? ['roles'] : [];
  if (isRole && !(sourceItem.roles || []).some((r) => r.id === target.roleId)) {
    app.toast(t('lib.pack.missing'));
    return null;
  }

  let startItem = sourceItem; // the item the form's texts came from (own pack's version when it has one)
  let rows = [];
  const busy = { saving: false };

  const form = h('form', { class: 'lib-edit__form card', testid: 'edit-form', attrs: { novalidate: true } });
  const heading = h('h2', { class: 'card__title', testid: 'edit-heading' });
  const from = h('p', { class: 'muted small' });
  const setNote = isRole ? h('p', { class: 'field__help' }) : null;
  const fields = h('div', { class: 'lib-edit__fields' });
  const formError = h('p', { class: 'form-error', attrs: { role: 'alert' } });
  const save = h('button', { type: 'submit', class: 'btn btn--primary', testid: 'edit-save' });
  const cancel = h('button', {
    type: 'button', class: 'btn btn--light', testid: 'edit-cancel',
    on: { click: () => app.show({ kind: 'pack', id: source.id }) },
  });
  const chooser = targetChooser(app, source, { idPrefix: 'edit', onChange: () => refill() });
  const errorsBox = h('section', { class: 'lib-edit__errors card', testid: 'edit-errors', hidden: true, attrs: { role: 'alert' } });
  const previewSlot = h('div', { class: 'lib-edit__preview-slot', testid: 'edit-preview' });
  const previewCard = h('section', { class: 'card lib-edit__preview' },
    bind(h('h3', { class: 'card__title' }), () => t('lib.edit.preview')),
    bind(h('p', { class: 'field__help' }), () => t('lib.edit.previewHelp')),
    previewSlot);

  function root(item) {
    return isRole ? (item.roles || []).find((r) => r.id === target.roleId) : item;
  }

  function labelHeading() {
    const r = root(startItem) || {};
    heading.textContent = t(isRole ? 'lib.edit.headingRole' : 'lib.edit.headingItem', { name: text(r.title) || r.id || '' });
    from.textContent = t('lib.edit.from', { pack: text(source.title), section: sectionTitle(target.section) });
    if (setNote) setNote.textContent = t('lib.edit.setNote', { set: text(startItem.title) });
    save.textContent = busy.saving ? t('lib.edit.saving') : t('lib.edit.save');
    cancel.textContent = t('lib.edit.cancel');
  }

  /** One pair of fields (Dutch, English) per text of the edited part. */
  function buildFields() {
    const r = root(startItem);
    rows = textPaths(r, { skip }).map(({ path, value }) => {
      const name = fieldName(path);
      const long = (value.nl || '').length > 70 || (value.en || '').length > 70 || /brief|description|text|question/i.test(name);
      const make = (lng) => {
        const id = `edit-${name}-${lng}`.replace(/[^a-zA-Z0-9_-]/g, '_');
        const input = h(long ? 'textarea' : 'input', {
          id, class: long ? 'lib-edit__textarea' : 'input', testid: `edit-${name}-${lng}`,
          value: value[lng] || '', attrs: { rows: long ? '3' : null, lang: lng, maxlength: '4000', type: long ? null : 'text' },
        });
        input.addEventListener('input', () => {
          updatePreview();
          if (lng === 'en') enHint.hidden = Boolean(input.value.trim());
        });
        return { id, input, label: bind(h('label', { class: 'lib-edit__lang', htmlFor: id }), () => t(`lib.field.${lng}`)) };
      };
      const nl = make('nl');
      const en = make('en');
      const enHint = bind(h('p', { class: 'field__help', hidden: Boolean((value.en || '').trim()) }), () => t('lib.field.enMissing'));
      const problem = h('p', { class: 'lib-edit__problem', hidden: true });
      const legend = bind(h('legend', { class: 'field__label' }), () => fieldLabel(path));
      const node = h('fieldset', { class: 'lib-edit__pair', data: { field: name } },
        legend,
        h('div', { class: 'lib-edit__langs' },
          h('div', { class: 'lib-edit__half' }, nl.label, nl.input),
          h('div', { class: 'lib-edit__half' }, en.label, en.input, enHint)),
        problem);
      return { path, nl: nl.input, en: en.input, node, problem };
    });
    replace(fields, rows.map((row) => row.node));
  }

  /** The edited part as it will be saved: every text from its two fields. */
  function editedRoot() {
    const r = clone(root(startItem));
    for (const row of rows) {
      const value = { nl: row.nl.value.trim() };
      if (row.en.value.trim()) value.en = row.en.value.trim();
      setPath(r, row.path, value);
    }
    return r;
  }

  function editedItem() {
    if (!isRole) return editedRoot();
    const item = clone(startItem);
    item.roles = item.roles.map((r) => (r.id === target.roleId ? editedRoot() : r));
    return item;
  }

  function updatePreview() {
    if (isRole) {
      replace(previewSlot, rolePreview(editedRoot()));
    } else {
      const item = editedItem();
      replace(previewSlot, formatPreview(app.formats(), target.section, item, source.content) || genericPreview(item, { skip }));
    }
  }

  /** Starts from the chosen own pack's version of the item when it has one. */
  async function refill() {
    const pack = await startingPack(app, chooser.choice(), source).catch(() => source);
    const mine = (pack.content[target.section] || []).find((it) => it.id === target.itemId);
    startItem = mine && root(mine) ? mine : sourceItem;
    buildFields();
    labelHeading();
    updatePreview();
    showProblems([]);
  }

  function showProblems(problems) {
    errorsBox.hidden = !problems.length;
    for (const row of rows) {
      const mine = problems.filter((p) => errorConcerns(p, root(startItem), row.path));
      row.problem.hidden = !mine.length;
      row.problem.textContent = mine.map((p) => `${p.field}: ${p.message}`).join(' · ');
      row.node.classList.toggle('is-invalid', mine.length > 0);
      const nlWrong = mine.some((p) => !p.field.endsWith('.en'));
      row.nl.setAttribute('aria-invalid', nlWrong ? 'true' : 'false');
      row.en.setAttribute('aria-invalid', mine.some((p) => p.field.endsWith('.en')) ? 'true' : 'false');
    }
    if (problems.length) {
      replace(errorsBox,
        bind(h('h3', { class: 'card__title' }), () => t('lib.edit.refused')),
        problemList(problems, { testid: 'edit-error' }));
      const first = rows.find((row) => !row.problem.hidden);
      if (first) (first.nl.getAttribute('aria-invalid') === 'true' ? first.nl : first.en).focus();
    }
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (busy.saving) return;
    formError.textContent = '';
    const missing = chooser.missing();
    if (missing) {
      formError.textContent = t('lib.edit.needName');
      missing.focus();
      return;
    }
    await whileSaving(app, busy, { save, formError, relabel: () => heading.isConnected && labelHeading() }, async () => {
      const item = editedItem();
      const { response, id, version } = await saveInto(app, chooser.choice(), source, (written) => putItem(written, target.section, item));
      if (response.ok) {
        await app.refresh();
        app.show({
          kind: 'pack', id, notice: () => t('lib.edit.saved', { pack: text(response.body.title), version }),
          focus: isRole ? `role-${target.itemId}-${target.roleId}` : `item-${target.section}-${target.itemId}`,
        });
        return;
      }
      showProblems(problemsOf(response.body));
    });
  });

  if (chooser.choice().kind === 'new') buildFields();
  else await refill();
  replace(form,
    heading, from, setNote,
    chooser.node,
    bind(h('h3', { class: 'lib-edit__subheading' }), () => t('lib.edit.texts')),
    fields,
    formError,
    h('div', { class: 'lib-actions' }, save, cancel));
  labelHeading();
  updatePreview();

  const node = h('div', { class: 'lib-edit' }, form, h('div', { class: 'lib-edit__side' }, errorsBox, previewCard));
  return {
    node,
    relabel() {
      labelHeading();
      updatePreview();
    },
  };
}

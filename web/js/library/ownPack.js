// Copy-on-write: where a trainer's change goes. A change to the organisation's own pack is
// saved in that pack; a change to a read-only (built-in) pack goes into an own pack that names
// it as its base and holds only the changed items. The trainer names that pack once; its id is
// made from the name, its version starts at 1.0.0 and each save raises the patch number.

import { h } from '../dom.js';
import { t, text } from '../i18n.js';
import { bind } from './bind.js';
import { clone, nextPatch, uniqueId } from './texts.js';
import * as api from './api.js';

const NEW = '';

/**
 * The "save in" part of a form. app.packs() are the library's pack summaries; source is the
 * detail of the pack the item comes from. onChange() runs when the trainer picks another pack.
 */
export function targetChooser(app, source, { idPrefix, onChange } = {}) {
  const node = h('div', { class: 'lib-target' });
  const own = !source.builtIn;
  const candidates = own ? [] : app.packs().filter((p) => !p.builtIn && p.base === source.id);
  let select = null;
  const nameId = `${idPrefix}-new-name`;
  const nameInput = h('input', {
    id: nameId, type: 'text', class: 'input', testid: `${idPrefix}-new-name`,
    autocomplete: 'off', attrs: { maxlength: '80', 'aria-describedby': `${nameId}-help` },
  });
  bind(nameInput, () => t('lib.edit.newNamePlaceholder'), 'placeholder');
  const nameField = h('div', { class: 'field' },
    bind(h('label', { class: 'field__label', htmlFor: nameId }), () => t('lib.edit.newName')),
    nameInput,
    bind(h('p', { class: 'field__help', id: `${nameId}-help` }), () => t('lib.edit.newNameHelp', { pack: text(source.title) })));

  if (own) {
    node.append(bind(h('p', { class: 'notice', testid: `${idPrefix}-target-note` }),
      () => t('lib.edit.targetSame', { pack: text(source.title), version: source.version, next: nextPatch(source.version) })));
  } else {
    node.append(bind(h('p', { class: 'notice', testid: `${idPrefix}-target-note` }), () => t('lib.edit.copyNote', { pack: text(source.title) })));
    if (candidates.length) {
      const selectId = `${idPrefix}-target`;
      select = h('select', { id: selectId, class: 'select', testid: `${idPrefix}-target` },
        candidates.map((p) => h('option', { value: p.id, text: `${text(p.title)} (${p.version})` })),
        bind(h('option', { value: NEW }), () => t('lib.edit.targetNew')));
      node.append(h('div', { class: 'field' },
        bind(h('label', { class: 'field__label', htmlFor: selectId }), () => t('lib.edit.target')), select));
      nameField.hidden = true;
      select.addEventListener('change', () => {
        nameField.hidden = select.value !== NEW;
        if (onChange) onChange();
      });
    }
    node.append(nameField);
  }

  return {
    node,
    /** {kind: 'same'|'existing', id} or {kind: 'new', name}. */
    choice() {
      if (own) return { kind: 'same', id: source.id };
      if (select && select.value !== NEW) return { kind: 'existing', id: select.value };
      return { kind: 'new', name: nameInput.value.trim() };
    },
    /** The input to focus when the choice is incomplete (a new pack without a name), else null. */
    missing() {
      const c = this.choice();
      return c.kind === 'new' && !c.name ? nameInput : null;
    },
  };
}

/**
 * Saves into the chosen pack: reads its latest version as written (or starts a new one on
 * source), lets mutate(written) change it, raises the version, and PUTs it. Resolves
 * {response, id, version}; the response is {status, ok, body} as the server answered.
 */
export async function saveInto(app, choice, source, mutate) {
  let written;
  if (choice.kind === 'new') {
    const id = uniqueId(choice.name, app.packs().map((p) => p.id), 'eigen-pakket');
    written = { id, title: { nl: choice.name, en: choice.name }, version: '1.0.0', languages: ['nl', 'en'], base: source.id };
  } else {
    const detail = await app.detail(choice.id, { fresh: true });
    written = clone(detail.written);
    written.version = nextPatch(written.version);
  }
  mutate(written);
  const response = await api.savePack(written.id, written);
  return { response, id: written.id, version: written.version };
}

/** The pack whose merged content a form starts from: the chosen own pack when it exists, else the source. */
export async function startingPack(app, choice, source) {
  if (choice.kind === 'new') return source;
  if (choice.id === source.id) return source;
  return app.detail(choice.id);
}

/**
 * What a save into an own pack does around run() in every form (the item editor, the template
 * maker): the button is off and busy.saving true while it runs, so the labels say so; a refused
 * access leads to the passcode gate, a lost connection is said under the form.
 */
export async function whileSaving(app, busy, { save, formError, relabel }, run) {
  busy.saving = true;
  save.disabled = true;
  relabel();
  try {
    await run();
  } catch (err) {
    if (err instanceof api.AccessDenied) app.denied();
    else formError.textContent = t('lib.edit.failed', { reason: t('lib.err.network') });
  } finally {
    busy.saving = false;
    save.disabled = false;
    relabel();
  }
}

// Editing a note happens in a modal dialog that lives outside the live-rendered board, so a
// note arriving from someone else never wipes out what is being typed.

import { h, confirmButton } from './dom.js';
import { t, text } from './i18n.js';
import { colorPicker } from './board.js';
import { NOTE_MAX, charCount } from './composer.js';

let counter = 0;

/**
 * openNoteEditor({board, note, canMove, onSave({text, color, column}), onRemove()})
 */
export function openNoteEditor({ board, note, canMove, onSave, onRemove }) {
  const id = `edit-${++counter}`;
  let color = note.color || 'yellow';
  let column = note.column;

  const textarea = h('textarea', { id: `${id}-text`, class: 'composer__text', rows: 4, value: note.text, testid: 'edit-input' });
  const count = h('span', { class: 'composer__count', attrs: { 'aria-live': 'polite' } });
  const save = h('button', { type: 'submit', class: 'btn btn--primary', text: t('common.save'), testid: 'edit-save' });
  const refresh = () => {
    const n = charCount(textarea.value);
    count.textContent = t('compose.count', { n, max: NOTE_MAX });
    count.classList.toggle('is-over', n > NOTE_MAX);
    save.disabled = n > NOTE_MAX || !textarea.value.trim();
  };
  textarea.addEventListener('input', refresh);
  refresh();

  const columnSelect = canMove && board.columns.length > 1
    ? h('div', { class: 'field' },
      h('label', { htmlFor: `${id}-col`, class: 'field__label', text: t('edit.column') }),
      h('select', {
        id: `${id}-col`,
        class: 'select',
        on: { change: (e) => { column = e.target.value; } },
      }, board.columns.map((c) => h('option', { value: c.id, text: text(c.title), selected: c.id === note.column }))))
    : null;

  const dialog = h('dialog', { class: 'dialog', attrs: { 'aria-labelledby': `${id}-title` } });
  const close = () => dialog.close();
  const removeBtn = onRemove
    ? confirmButton({ class: 'btn btn--danger' }, () => t('common.delete'), () => t('edit.removeConfirm'), () => {
      close();
      onRemove();
    })
    : null;

  const form = h('form', { class: 'dialog__form', attrs: { method: 'dialog' } },
    h('h2', { id: `${id}-title`, class: 'dialog__title', text: t('edit.heading') }),
    h('div', { class: 'field' },
      h('label', { htmlFor: `${id}-text`, class: 'field__label', text: t('compose.label') }),
      textarea,
      h('div', { class: 'composer__below' }, h('span'), count)),
    columnSelect,
    h('fieldset', { class: 'composer__colors' },
      h('legend', { class: 'field__label', text: t('compose.color') }),
      colorPicker(`${id}-color`, color, (c) => { color = c; })),
    h('div', { class: 'dialog__buttons' },
      removeBtn,
      h('span', { class: 'spacer' }),
      h('button', { type: 'button', class: 'btn btn--light', text: t('common.cancel'), on: { click: close } }),
      save));

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = textarea.value.trim();
    if (!value || charCount(value) > NOTE_MAX) return;
    close();
    onSave({ text: value, color, column });
  });

  dialog.append(form);
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  textarea.focus();
  textarea.setSelectionRange(textarea.value.length, textarea.value.length);
}

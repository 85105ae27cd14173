// The "add a note" form. Built once and kept across re-renders so typing is never disturbed;
// the draft is saved per board, so a reload or a dropped connection loses nothing.

import { h, replace } from './dom.js';
import { t, text, onLangChange } from './i18n.js';
import { colorPicker } from './board.js';
import { load, save, remove, keys } from './storage.js';

export const NOTE_MAX = 500;

/** Characters as the server counts them (code points, so an emoji is one). */
export function charCount(s) {
  return [...s].length;
}

/**
 * createComposer({code, submit(boardId, column, text, color) → Promise}) → {el, setBoard(board)}
 */
export function createComposer({ code, submit, idPrefix = 'compose' }) {
  let board = null;
  let column = null;
  let color = null;
  let colorChosen = false;

  const heading = h('h3', { class: 'composer__heading' });
  const label = h('label', { htmlFor: `${idPrefix}-text`, class: 'field__label' });
  const textarea = h('textarea', {
    id: `${idPrefix}-text`,
    class: 'composer__text',
    rows: 3,
    testid: 'note-input',
    attrs: { 'aria-describedby': `${idPrefix}-count`, 'aria-keyshortcuts': 'N' },
  });
  const counter = h('span', { id: `${idPrefix}-count`, class: 'composer__count', attrs: { 'aria-live': 'polite' } });
  const columnLegend = h('legend', { class: 'field__label' });
  const columnChoices = h('div', { class: 'segmented' });
  const columnField = h('fieldset', { class: 'composer__columns' }, columnLegend, columnChoices);
  const colorLegend = h('legend', { class: 'field__label' });
  const colorSlot = h('div');
  const colorField = h('fieldset', { class: 'composer__colors' }, colorLegend, colorSlot);
  const button = h('button', { type: 'submit', class: 'btn btn--primary composer__submit', testid: 'note-submit' });
  const hint = h('span', { class: 'composer__hint' });

  const form = h('form', { class: 'composer', attrs: { novalidate: true } },
    heading,
    h('div', { class: 'field' }, label, textarea, h('div', { class: 'composer__below' }, hint, counter)),
    columnField,
    colorField,
    button);

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    send();
  });
  textarea.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      send();
    }
  });
  textarea.addEventListener('input', () => {
    refreshCount();
    if (board) {
      if (textarea.value) save(keys.draft(code, board.id), textarea.value);
      else remove(keys.draft(code, board.id));
    }
  });

  function send() {
    const value = textarea.value.trim();
    if (!board || !value || charCount(value) > NOTE_MAX) {
      textarea.focus();
      return;
    }
    const target = board.id;
    textarea.value = '';
    remove(keys.draft(code, target));
    refreshCount();
    textarea.focus();
    submit(target, column, value, color).catch(() => {
      // Refused (the error is shown by the caller): give the text back rather than lose it.
      if (!textarea.value && board && board.id === target) {
        textarea.value = value;
        refreshCount();
      }
    });
  }

  function refreshCount() {
    const n = charCount(textarea.value);
    counter.textContent = t('compose.count', { n, max: NOTE_MAX });
    const over = n > NOTE_MAX;
    counter.classList.toggle('is-over', over);
    hint.textContent = over ? t('compose.tooLong', { max: NOTE_MAX }) : t('compose.shortcut');
    hint.classList.toggle('is-over', over);
    button.disabled = !board || over || n === 0 || !textarea.value.trim();
  }

  function renderChoices() {
    if (!board) return;
    const cols = board.columns || [];
    replace(columnChoices, cols.map((c) => {
      const id = `${idPrefix}-col-${c.id}`;
      return [
        h('input', {
          type: 'radio', name: `${idPrefix}-column`, id, value: c.id, checked: c.id === column, class: 'segmented__input',
          on: {
            change: () => {
              column = c.id;
              if (!colorChosen) {
                color = c.color || 'yellow';
                renderColors();
              }
            },
          },
        }),
        h('label', { htmlFor: id, class: 'segmented__option' },
          h('span', { class: `swatch swatch--${c.color || 'yellow'}`, attrs: { 'aria-hidden': 'true' } }), text(c.title)),
      ];
    }));
    columnField.hidden = cols.length < 2;
    renderColors();
  }

  function renderColors() {
    replace(colorSlot, colorPicker(`${idPrefix}-color`, color, (c) => {
      color = c;
      colorChosen = true;
    }));
  }

  function relabel() {
    heading.textContent = board ? t('compose.to', { board: text(board.title) }) : t('compose.heading');
    label.textContent = t('compose.label');
    textarea.placeholder = t('compose.placeholder');
    columnLegend.textContent = t('compose.column');
    colorLegend.textContent = t('compose.color');
    button.textContent = t('compose.submit');
    renderChoices();
    refreshCount();
  }

  function setBoard(next) {
    const changed = !board || !next || board.id !== next.id;
    const sameColumns = board && next && JSON.stringify(board.columns) === JSON.stringify(next.columns);
    const previous = board;
    board = next;
    form.hidden = !board;
    if (!board) return;
    if (changed) {
      // Keep what was typed for the board we leave; pick up what was typed for this one.
      if (previous && textarea.value) save(keys.draft(code, previous.id), textarea.value);
      textarea.value = load(keys.draft(code, board.id), '') || '';
    }
    if (!board.columns.some((c) => c.id === column)) {
      column = board.columns[0] ? board.columns[0].id : null;
      if (!colorChosen) color = board.columns[0] ? board.columns[0].color || 'yellow' : 'yellow';
    }
    if (!color) color = 'yellow';
    if (changed || !sameColumns) relabel();
    else refreshCount();
  }

  // "n" anywhere outside a field jumps to the note field: no dozen Tabs to write a note.
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'n' && e.key !== 'N') return;
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || form.hidden || !form.isConnected) return;
    const at = e.target;
    if (at && (at.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(at.tagName))) return;
    e.preventDefault();
    // The console keeps its composer folded away: unfold it first.
    const folded = form.closest('details');
    if (folded && !folded.open) folded.open = true;
    textarea.scrollIntoView({ block: 'center' });
    textarea.focus();
  });

  onLangChange(relabel);
  relabel();
  form.hidden = true;
  return { el: form, setBoard, focus: () => textarea.focus() };
}

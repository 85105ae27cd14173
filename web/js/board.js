// A flip-over: columns of sticky notes, groups, dots, and the actions each viewer may take.
// Rendered whole from the state on every change; commands still waiting for their ack are
// drawn on top as greyed "sending…" notes so nothing typed seems to vanish.

import { h } from './dom.js';
import { t, tn, text } from './i18n.js';

export const COLORS = ['yellow', 'pink', 'blue', 'green', 'orange', 'purple'];

/**
 * renderBoard(board, opts) → Node
 * opts.mode: 'participant' | 'facilitator' | 'projector'
 * opts.me: the viewer's participant id (participants), else null
 * opts.pending: live.pending() entries (note.add / note.edit / note.remove for any board)
 * opts.actions: {vote, unvote, edit, remove, highlight, ungroup}(note) for the buttons shown;
 *   facilitator: hideVotes(hidden) for the board's "hide the dots until the reveal" switch
 * opts.selection: Set of selected note ids, opts.onSelect(noteId, on) (facilitator grouping)
 * opts.showTitle: draw the board's title (default true)
 */
export function renderBoard(board, opts = {}) {
  const mode = opts.mode || 'participant';
  const pending = (opts.pending || []).filter((e) => e.fields && e.fields.board === board.id);
  const edits = new Map();
  const removals = new Set();
  for (const e of pending) {
    if (e.type === 'note.edit') edits.set(e.fields.note, e.fields);
    if (e.type === 'note.remove') removals.add(e.fields.note);
  }
  const adds = pending.filter((e) => e.type === 'note.add');
  const voting = mode === 'participant' && board.dots > 0 && board.dotsUsed != null;
  const dotsLeft = voting ? Math.max(0, board.dots - board.dotsUsed) : 0;
  // While hidden the server sends the room no counts; the facilitator still gets them.
  const hidden = !!board.votesHidden;
  const hideSwitch = mode === 'facilitator' && board.dots > 0 && opts.actions && opts.actions.hideVotes
    ? h('button', {
      type: 'button',
      class: ['btn', 'btn--small', 'btn--light', 'board__hide-votes', hidden && 'is-on'],
      testid: 'hide-votes',
      text: hidden ? t('board.revealVotes') : t('board.hideVotes'),
      title: t('board.hideVotesHelp'),
      attrs: { 'aria-pressed': hidden ? 'true' : 'false', 'data-focus-key': `hide-votes-${board.id}` },
      on: { click: () => opts.actions.hideVotes(!hidden) },
    })
    : null;
  const hiddenNote = hidden && board.dots > 0
    ? h('p', {
      class: 'board__votes-hidden',
      testid: 'votes-hidden',
      attrs: { role: 'status' },
      text: mode === 'facilitator' ? t('board.votesHiddenStaff') : t('board.votesHidden'),
    })
    : null;

  const head = h('div', { class: 'board__head' },
    opts.showTitle === false ? null : h('h3', { class: 'board__title', text: text(board.title) }),
    h('span', { class: 'board__count', text: tn('board.notes', board.notes.length) }),
    voting ? h('span', {
      class: ['board__dots', dotsLeft === 0 && 'is-empty'],
      testid: 'dots-left',
      title: t('board.dotsHelp'),
    }, dotRow(board.dots - dotsLeft, board.dots, 'dot--used'), ' ', tn('board.dotsLeft', board.dots, { x: dotsLeft })) : null,
    hideSwitch);

  const groupLabels = new Map((board.groups || []).map((g) => [g.id, g.label]));
  const columns = board.columns.map((column) => {
    const notes = board.notes.filter((n) => n.column === column.id);
    const items = [];
    const seenGroups = new Set();
    for (const note of notes) {
      if (note.group) {
        if (seenGroups.has(note.group)) continue;
        seenGroups.add(note.group);
        const members = notes.filter((n) => n.group === note.group);
        items.push(h('div', { class: 'note-group', data: { group: note.group } },
          h('div', { class: 'note-group__label' },
            h('span', { class: 'note-group__tag', text: t('board.group') }),
            groupLabels.get(note.group) ? h('span', { text: groupLabels.get(note.group) }) : null),
          members.map((m) => noteEl(m))));
      } else {
        items.push(noteEl(note));
      }
    }
    for (const e of adds.filter((a) => a.fields.column === column.id)) items.push(ghostEl(e));
    return h('section', { class: `board__column column--${column.color || 'yellow'}`, data: { column: column.id } },
      h('h4', { class: 'board__column-title' },
        h('span', { class: `swatch swatch--${column.color || 'yellow'}`, attrs: { 'aria-hidden': 'true' } }),
        text(column.title),
        h('span', { class: 'board__column-count', text: String(notes.length) })),
      h('div', { class: 'board__notes' }, items.length ? items : h('p', { class: 'board__empty', text: t('board.empty') })));
  });

  return h('div', { class: `board board--${mode}`, data: { board: board.id } },
    head,
    hiddenNote,
    h('div', { class: ['board__columns', `board__columns--${board.columns.length}`] }, columns));

  function noteEl(note) {
    const edit = edits.get(note.id);
    const removing = removals.has(note.id);
    const color = (edit && edit.color) || note.color || 'yellow';
    const mine = opts.me && note.author === opts.me;
    const selected = opts.selection && opts.selection.has(note.id);
    const el = h('article', {
      class: ['note', `note--${color}`, note.highlighted && 'is-highlighted', mine && 'is-mine',
        (edit || removing) && 'is-pending', selected && 'is-selected'],
      testid: 'note',
      data: { noteId: note.id },
    });
    if (mode === 'facilitator' && opts.onSelect) {
      const box = h('input', {
        type: 'checkbox',
        class: 'note__select',
        checked: !!selected,
        attrs: { 'aria-label': t('board.select'), 'data-focus-key': `sel-${note.id}` },
        on: { change: (e) => opts.onSelect(note.id, e.target.checked) },
      });
      el.append(box);
    }
    if (note.highlighted) el.append(h('span', { class: 'note__star', title: t('board.highlighted'), text: '★', attrs: { 'aria-label': t('board.highlighted') } }));
    el.append(h('p', { class: 'note__text', testid: 'note-text', text: edit ? edit.text : note.text }));

    // authorLabel is null for the facilitator's own notes.
    const author = note.authorLabel == null ? t('common.facilitator') : note.authorLabel;
    const meta = h('div', { class: 'note__meta' },
      h('span', { class: 'note__author', text: mine ? t('common.you') : author }));
    if (edit || removing) meta.append(h('span', { class: 'note__pending', text: removing ? t('board.removing') : t('board.sending') }));
    el.append(meta);

    // Without a count (hidden from this viewer) only the viewer's own dots are drawn.
    const counted = typeof note.votes === 'number';
    if (note.votes > 0 || voting) {
      const shown = counted ? note.votes : (note.mine || 0);
      const votes = h('div', { class: 'note__votes' },
        h('span', { class: 'note__dots', attrs: { 'aria-hidden': 'true' } }, dotRow(shown, shown, 'dot--vote', note.mine || 0)),
        counted ? h('span', { class: 'note__vote-count', text: tn('board.votes', note.votes || 0) }) : null);
      if (voting && opts.actions) {
        const a = opts.actions;
        votes.append(h('span', { class: 'note__vote-buttons' },
          h('button', {
            type: 'button', class: 'btn btn--icon', text: '−',
            disabled: !note.mine,
            attrs: { 'aria-label': `${t('board.unvote')}`, 'data-focus-key': `unvote-${note.id}` },
            on: { click: () => a.unvote(note) },
          }),
          h('span', { class: 'note__mine', text: String(note.mine || 0), attrs: { 'aria-label': t('board.mine', { n: note.mine || 0 }) } }),
          h('button', {
            type: 'button', class: 'btn btn--icon', text: '+',
            disabled: dotsLeft === 0,
            attrs: { 'aria-label': `${t('board.vote')}`, 'data-focus-key': `vote-${note.id}` },
            on: { click: () => a.vote(note) },
          })));
      }
      el.append(votes);
    }

    const a = opts.actions;
    if (a && !removing && (mine || mode === 'facilitator')) {
      const bar = h('div', { class: 'note__actions' });
      bar.append(h('button', {
        type: 'button', class: 'btn btn--small btn--light', text: t('board.edit'),
        attrs: { 'data-focus-key': `edit-${note.id}` },
        on: { click: () => a.edit(note) },
      }));
      if (mode === 'facilitator') {
        bar.append(h('button', {
          type: 'button', class: 'btn btn--small btn--light',
          text: note.highlighted ? t('board.unhighlight') : t('board.highlight'),
          attrs: { 'aria-pressed': note.highlighted ? 'true' : 'false', 'data-focus-key': `hl-${note.id}` },
          on: { click: () => a.highlight(note, !note.highlighted) },
        }));
        if (note.group) {
          bar.append(h('button', {
            type: 'button', class: 'btn btn--small btn--light', text: t('board.ungroup'),
            attrs: { 'data-focus-key': `ungroup-${note.id}` },
            on: { click: () => a.ungroup(note) },
          }));
        }
      }
      bar.append(h('button', {
        type: 'button', class: 'btn btn--small btn--light btn--danger-text', text: t('board.remove'),
        attrs: { 'data-focus-key': `remove-${note.id}` },
        on: { click: () => a.remove(note) },
      }));
      el.append(bar);
    }
    return el;
  }

  function ghostEl(entry) {
    const f = entry.fields;
    return h('article', {
      class: ['note', `note--${f.color || 'yellow'}`, 'is-pending', 'is-mine'],
      testid: 'note-pending',
      data: { pendingId: entry.id },
    },
    h('p', { class: 'note__text', text: f.text }),
    h('div', { class: 'note__meta' }, h('span', { class: 'note__pending', text: t('board.sending') })));
  }
}

/** A row of small dots: `filled` of `total`, the first `mine` marked as the viewer's own. */
function dotRow(filled, total, cls, mine = 0) {
  const shown = Math.min(total, 12);
  const row = h('span', { class: 'dots' });
  for (let i = 0; i < shown; i++) {
    row.append(h('span', { class: ['dot', i < filled && cls, i < mine && 'dot--mine'] }));
  }
  if (total > shown) row.append(h('span', { class: 'dots__more', text: `+${total - shown}` }));
  return row;
}

/** A radio group of the six colours, as big swatches. */
export function colorPicker(name, selected, onChange) {
  const group = h('div', { class: 'color-picker', attrs: { role: 'radiogroup' } });
  for (const c of COLORS) {
    const id = `${name}-${c}`;
    const input = h('input', {
      type: 'radio', name, id, value: c, class: 'color-picker__input', checked: c === selected,
      on: { change: () => onChange(c) },
    });
    const label = h('label', { htmlFor: id, class: `color-picker__swatch note--${c}`, title: t(`color.${c}`) },
      h('span', { class: 'sr-only', text: t(`color.${c}`) }));
    group.append(input, label);
  }
  return group;
}

// A projector is a screen, not a page. The stage's CSS gives every part the height that is
// left; here what does not fit is paged, never shrunk out of reach: a list marked `fit-pager`
// (a format's rounds, tiles, rows) and every flip-over column show their items a page at a
// time ("blad 2 van 5"), the pages turn every 8 s, and the facilitator's clicker turns them
// too (PageDown/PageUp, the arrow keys; Home goes back to the first page). A turn by hand holds
// the page until the step changes. Highlighted notes (the facilitator's "Markeren") are pinned:
// they stay on every page of their column. No text is ever smaller than FLOOR. Runs after every
// render, on resize and on each turn.

import { t } from './i18n.js';

export const TURN_MS = 8000;

/*
 * The type floor, as a share of the window's height. A projector stretches its picture to the
 * screen, so what the back row can read depends on how tall a letter is beside the picture, not
 * on pixels: 1.5 % of the height is 16 px at 1080p and 10.8 px at 720p, the same letter on the
 * wall. On a 2 m high picture that is 3 cm type with capitals of about 2 cm, which the sign
 * makers' rule for the limit of legibility (roughly 25 mm of letter per 12 m) puts in reach of a
 * seat 10 m back, the last row of a room for 30. It is also two thirds of the stage's body text
 * (2.2 % of the height), so fitting takes at most a third off; whatever needs more is paged.
 */
export const FLOOR = 0.015;

const NEXT = new Set(['PageDown', 'ArrowRight', 'ArrowDown']);
const BACK = new Set(['PageUp', 'ArrowLeft', 'ArrowUp']);

let turn = 0;
let held = false;
let shown = null;
let root = null;
let timer = null;
// Elements this fit gave a size of their own (the floor, a smaller long item): undone first.
let touched = [];
// Some page of some pager does not fit even at the floor: the stage's type scale must give. The
// pages not on screen count too, so the scale, and with it the pages, stay the same as they turn.
let misfit = false;

/**
 * Fits the projector's view in `el` now, and keeps it fitted (resize, page turns, clicker).
 * `view` names what is on screen: a new one starts at the first page and turns by itself again.
 */
export function fitProjector(el, view = '') {
  root = el;
  if (view !== shown) {
    shown = view;
    turn = 0;
    held = false;
  }
  if (!timer) {
    timer = setInterval(() => {
      if (held) return;
      turn += 1;
      fit();
    }, TURN_MS);
    window.addEventListener('resize', () => fit());
    window.addEventListener('keydown', onKey);
    // An image (the QR code) or a format's stylesheet that arrives after the render changes the
    // layout: fit again. So do fonts.
    document.addEventListener('load', (e) => { if (e.target && ['IMG', 'LINK'].includes(e.target.tagName)) fit(); }, true);
    if (document.fonts) document.fonts.ready.then(() => fit());
  }
  fit();
}

function onKey(e) {
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  if (NEXT.has(e.key)) turn += 1;
  else if (BACK.has(e.key)) turn -= 1;
  else if (e.key === 'Home') turn = 0;
  else return;
  e.preventDefault();
  held = true;
  fit();
}

function fit() {
  if (!root) return;
  // Whole-stage type scale as the last resort, for what no pager holds (a very long step
  // title, a card): the floor still holds, so this only evens out the larger type.
  const html = document.documentElement;
  root.style.fontSize = '';
  html.style.fontSize = '';
  const base = parseFloat(getComputedStyle(html).fontSize) || 16;
  fitParts();
  for (let scale = 0.94; !fits() && scale >= 0.7; scale -= 0.06) {
    root.style.fontSize = `${scale.toFixed(2)}em`;
    html.style.fontSize = `${(base * scale).toFixed(1)}px`;
    fitParts();
  }
  root.dataset.fitTurn = String(turn);
  root.dataset.fitHeld = String(held);
}

function fitParts() {
  for (const e of touched) e.style.fontSize = '';
  touched = [];
  misfit = false;
  raise(document.body);
  for (const e of root.querySelectorAll('.fit-shrink')) shrinkText(e);
  for (const e of root.querySelectorAll('.fit-optional')) optional(e);
  // Panels first: what they leave is the flip-over's height.
  for (const list of root.querySelectorAll('.fit-pager')) paginate(list);
  for (const list of root.querySelectorAll('.board__notes')) paginate(list);
  for (const names of root.querySelectorAll('.arrival__names')) newest(names);
}

const floorPx = () => window.innerHeight * FLOOR;
const overflows = (e) => e.getClientRects().length > 0 && e.scrollHeight > e.clientHeight + 1;

/** Nothing is cut off: no part holds more than it shows, and the page does not scroll. */
function fits() {
  if (misfit || document.documentElement.scrollHeight > window.innerHeight) return false;
  return ![...root.querySelectorAll('.stage__format, .board__notes, .arrival__text, .arrival__names, .fit-shrink')].some(overflows);
}

/** Every text under `scope` at least the floor: read every size first, then write, one layout. */
function raise(scope) {
  const floor = floorPx();
  const small = new Set();
  const walk = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const e = n.parentElement;
    if (!e || small.has(e) || !n.nodeValue.trim()) continue;
    if (parseFloat(getComputedStyle(e).fontSize) < floor - 0.05) small.add(e);
  }
  for (const e of small) {
    e.style.fontSize = `${floor.toFixed(2)}px`;
    touched.push(e);
  }
}

/** A line-clamped text (the step's title) that needs more lines gets smaller, down to the floor. */
function shrinkText(e) {
  const size = parseFloat(getComputedStyle(e).fontSize);
  for (let scale = 0.9; overflows(e) && size * scale >= floorPx(); scale -= 0.1) {
    e.style.fontSize = `${(size * scale).toFixed(1)}px`;
    touched.push(e);
  }
}

/** A label that only repeats what is written beside it (a count in a narrow bar) goes when it does not fit. */
function optional(e) {
  e.hidden = false;
  const box = e.parentElement;
  if (box && e.offsetWidth > box.clientWidth + 1) e.hidden = true;
}

/** How far down an item may reach and still show in `box`: its content edge, and the screen's. */
function limitOf(box) {
  const r = box.getBoundingClientRect();
  const css = getComputedStyle(box);
  const bottom = r.bottom - parseFloat(css.borderBottomWidth) - parseFloat(css.paddingBottom);
  return Math.min(bottom, window.innerHeight);
}

const tooBig = (box) => overflows(box) || document.documentElement.scrollHeight > window.innerHeight;

/**
 * Splits a list's items into pages that fit its box and shows the current one. Pages are
 * measured, not estimated: with the rest hidden, the first item that reaches past the box's
 * edge begins the next page, so any layout (a column, a grid of tiles, table rows) pages the
 * same way. An item too tall for a page of its own gets smaller type, down to the floor.
 */
function paginate(list) {
  const column = list.classList.contains('board__notes');
  const items = column ? [...list.children] : [...list.querySelectorAll(list.dataset.fitItems || ':scope > *')];
  for (const item of items) {
    item.style.display = '';
    item.style.order = '';
  }
  const home = column ? list.previousElementSibling : null;
  const old = column ? home && home.querySelector(':scope > .fit-page')
    : list.previousElementSibling && list.previousElementSibling.classList.contains('fit-page') ? list.previousElementSibling : null;
  if (old) old.remove();
  delete list.dataset.fitPage;
  delete list.dataset.fitPages;
  const box = column ? list : list.closest('.stage__format, .arrival__text') || list;
  if (!items.length || !tooBig(box)) return;

  // The page number takes its room on every page, so it is there while the pages are measured.
  const label = Object.assign(document.createElement('span'), { className: column ? 'fit-page board__page' : 'fit-page fit-page--panel' });
  label.textContent = t('pr.page', { n: 1, of: 1 });
  if (column && home) home.append(label);
  else if (!column) list.before(label);
  // Made after the floor was raised, so it is raised here (the stage's type scale may be down).
  raise(label);

  let pinned = column ? items.filter((item) => item.classList.contains('is-highlighted') || item.querySelector('.is-highlighted')) : [];
  const room = list.clientHeight;
  // Pins that fill most of the column would leave no room for the rest: then they take turns too.
  if (pinned.reduce((sum, item) => sum + item.getBoundingClientRect().height, 0) > room / 2) pinned = [];
  for (const item of pinned) item.style.order = '-1';
  const free = items.filter((item) => !pinned.includes(item));

  const pages = [];
  let rest = free;
  while (rest.length) {
    for (const item of free) item.style.display = rest.includes(item) ? '' : 'none';
    const limit = limitOf(box);
    let n = rest.findIndex((item) => item.getBoundingClientRect().bottom > limit + 0.5);
    if (n === -1) n = rest.length;
    n = Math.max(1, n);
    for (const item of rest.slice(n)) item.style.display = 'none';
    // What comes after the list inside the box needs its room too.
    while (n > 1 && tooBig(box)) {
      n -= 1;
      rest[n].style.display = 'none';
    }
    if (n === 1 && tooBig(box)) smaller(rest[0], box);
    if (tooBig(box)) misfit = true;
    pages.push(rest.slice(0, n));
    rest = rest.slice(n);
  }
  const at = ((turn % pages.length) + pages.length) % pages.length;
  pages.forEach((page, k) => page.forEach((item) => { item.style.display = k === at ? '' : 'none'; }));
  if (pages.length < 2) {
    label.remove();
    for (const item of pinned) item.style.order = '';
    return;
  }
  label.textContent = t('pr.page', { n: at + 1, of: pages.length });
  list.dataset.fitPage = String(at + 1);
  list.dataset.fitPages = String(pages.length);
}

/** One item alone is still taller than its box (a long note in a short column): smaller, to the floor. */
function smaller(item, box) {
  const size = parseFloat(getComputedStyle(item).fontSize);
  touched.push(item);
  for (let scale = 0.9; tooBig(box) && scale >= 0.4; scale -= 0.1) {
    item.style.fontSize = `${(size * scale).toFixed(1)}px`;
    raise(item);
  }
}

/** The arrival list: the newest names that fit (the count above says how many there are). */
function newest(list) {
  const items = [...list.children];
  for (const item of items) item.style.display = '';
  if (list.scrollHeight <= list.clientHeight + 1) return;
  // A list squeezed below one row holds no names at all: that is for the type scale to mend,
  // not a reason to hide everyone. The newest name always shows (it is the one that pops in).
  const row = items.length ? items[items.length - 1].getBoundingClientRect().height : 0;
  if (list.clientHeight < row) return;
  for (const item of items.slice(0, -1)) {
    if (list.scrollHeight <= list.clientHeight + 1) break;
    item.style.display = 'none';
  }
}

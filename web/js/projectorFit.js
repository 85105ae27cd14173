// A projector is a screen, not a page. The stage's CSS gives every flip-over column the
// height that is left; here what does not fit is paged: a column's notes are split into pages
// that fit, one page shows at a time and the pages turn every few seconds. Highlighted notes
// (the facilitator's "Markeren") are pinned: they stay on every page of their column. The
// arrival list keeps the newest names that fit. Runs after every render, on resize and on
// each turn.

import { t } from './i18n.js';

export const TURN_MS = 8000;

let turn = 0;
let root = null;
let timer = null;

/** Fits the projector's view in `el` now, and keeps it fitted (resize, page turns). */
export function fitProjector(el) {
  root = el;
  if (!timer) {
    timer = setInterval(() => {
      turn += 1;
      fit();
    }, TURN_MS);
    window.addEventListener('resize', () => fit());
    // An image (the QR code) that arrives after the render changes the layout: fit again.
    document.addEventListener('load', (e) => { if (e.target && e.target.tagName === 'IMG') fit(); }, true);
  }
  fit();
}

function fit() {
  if (!root) return;
  // Whole-stage type scale as the last resort: smaller until every part holds what it shows.
  // Both units shrink: the stage's own sizes are in em, some formats' in rem.
  const html = document.documentElement;
  root.style.fontSize = '';
  html.style.fontSize = '';
  const base = parseFloat(getComputedStyle(html).fontSize) || 16;
  fitParts();
  for (let scale = 0.94; !fits() && scale >= 0.5; scale -= 0.06) {
    root.style.fontSize = `${scale.toFixed(2)}em`;
    html.style.fontSize = `${(base * scale).toFixed(1)}px`;
    fitParts();
  }
}

function fitParts() {
  for (const box of root.querySelectorAll('.stage__format')) shrink(box);
  for (const list of root.querySelectorAll('.board__notes')) page(list);
  for (const names of root.querySelectorAll('.arrival__names')) newest(names);
}

const overflows = (e) => e.getClientRects().length > 0 && e.scrollHeight > e.clientHeight + 1;

/** Nothing is cut off: no part holds more than it shows, and the page does not scroll. */
function fits() {
  if (document.documentElement.scrollHeight > window.innerHeight) return false;
  return ![...root.querySelectorAll('.stage__format, .board__notes, .arrival__text, .arrival__names')].some(overflows);
}

/** A format's panel that is taller than its share of the screen gets smaller type, down to 40 %. */
function shrink(box) {
  box.style.fontSize = '';
  for (let scale = 0.95; box.scrollHeight > box.clientHeight + 1 && scale >= 0.4; scale -= 0.05) {
    box.style.fontSize = `${scale.toFixed(2)}em`;
  }
}

function page(list) {
  const items = [...list.children];
  for (const item of items) item.style.display = '';
  const title = list.previousElementSibling;
  const old = title && title.querySelector('.board__page');
  if (old) old.remove();
  const room = list.clientHeight;
  if (!items.length || list.scrollHeight <= room + 1) return;

  const gap = parseFloat(getComputedStyle(list).rowGap) || 0;
  const height = new Map(items.map((item) => [item, item.getBoundingClientRect().height]));
  let pinned = items.filter((item) => item.classList.contains('is-highlighted') || item.querySelector('.is-highlighted'));
  const pinnedHeight = pinned.reduce((sum, item) => sum + height.get(item) + gap, 0);
  // Pins that fill most of the column would leave no room for the rest: then they take turns too.
  if (pinnedHeight > room / 2) pinned = [];
  const free = room - pinned.reduce((sum, item) => sum + height.get(item) + gap, 0);

  const pages = [];
  let current = [];
  let used = 0;
  for (const item of items) {
    if (pinned.includes(item)) continue;
    const need = height.get(item) + (current.length ? gap : 0);
    if (current.length && used + need > free) {
      pages.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += current.length === 1 ? height.get(item) : need;
  }
  if (current.length) pages.push(current);
  if (pages.length < 2) return;

  const shown = pages[turn % pages.length];
  for (const item of items) {
    if (!pinned.includes(item) && !shown.includes(item)) item.style.display = 'none';
  }
  if (title) {
    title.append(Object.assign(document.createElement('span'), {
      className: 'board__page',
      textContent: t('pr.page', { n: (turn % pages.length) + 1, of: pages.length }),
    }));
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

// What ProjectorFitBrowserTest measures on the projector's screen as it is now. arguments[0] is
// the type floor as a share of the window's height. Returns [scrollHeight, innerHeight,
// scrollWidth, innerWidth, problems, smallest text size, where it is, most pages of any pager,
// per flip-over column of the plenary board: [notes shown, its page, its pages]].
const h = window.innerHeight, w = window.innerWidth, floor = h * arguments[0];
const name = (e) => (typeof e.className === 'string' && e.className ? e.className : e.tagName).split(' ')[0];
// What the pager puts off the page is display:none (and `newest` hides names the same way), so
// an item on another page has no box at all and is never measured as cut off or covered.
const shown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
const said = (e) => '"' + (e.textContent || e.getAttribute('alt') || '').trim().slice(0, 40) + '"';
const out = [];
const clips = (e) => { const css = getComputedStyle(e); return css.overflowX !== 'visible' || css.overflowY !== 'visible'; };
const ownText = (e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.nodeValue.trim());
const leaf = (e) => !e.children.length || ['IMG', 'SVG', 'svg', 'CANVAS', 'VIDEO'].includes(e.tagName);

/** The part of `e` one can see: its box cut by every clipping ancestor's inside and by the screen. */
function visible(e, r) {
  let v = { left: Math.max(r.left, 0), top: Math.max(r.top, 0), right: Math.min(r.right, w), bottom: Math.min(r.bottom, h) };
  let cut = null;
  for (let a = e.parentElement; a && a !== document.documentElement; a = a.parentElement) {
    if (!clips(a)) continue;
    const b = a.getBoundingClientRect();
    const inside = { left: b.left + a.clientLeft, top: b.top + a.clientTop };
    inside.right = inside.left + a.clientWidth;
    inside.bottom = inside.top + a.clientHeight;
    // A rotated note's box is a pixel or so wider than the note; that is not a cut.
    if (!cut && (r.left < inside.left - 1.5 || r.top < inside.top - 1.5 || r.right > inside.right + 1.5 || r.bottom > inside.bottom + 1.5)) cut = a;
    v = { left: Math.max(v.left, inside.left), top: Math.max(v.top, inside.top), right: Math.min(v.right, inside.right), bottom: Math.min(v.bottom, inside.bottom) };
  }
  return { v, cut };
}

/** The element drawn on top at (x, y) is `e`, inside it, or one of its own boxes around it. */
const onTop = (e, x, y) => {
  const hit = document.elementFromPoint(x, y);
  return hit ? (e === hit || e.contains(hit) || hit.contains(e) ? null : hit) : 'nothing';
};

// The QR code is scanned by phones from the seats: all of it shows, nothing lies over any part.
for (const qr of document.querySelectorAll('[data-testid=qr]')) {
  if (!shown(qr)) continue;
  // The code is drawn in the image's content box: its white padding has rounded corners, and a
  // point in a rounded-off corner hits what is behind the image (its own wrapper), not a cover.
  const b = qr.getBoundingClientRect(), css = getComputedStyle(qr), px = (k) => parseFloat(css[k]) || 0;
  const r = { left: b.left + px('borderLeftWidth') + px('paddingLeft') + 3, top: b.top + px('borderTopWidth') + px('paddingTop') + 3,
    right: b.right - px('borderRightWidth') - px('paddingRight') - 3, bottom: b.bottom - px('borderBottomWidth') - px('paddingBottom') - 3 };
  const points = [[r.left, r.top], [r.right, r.top], [r.left, r.bottom], [r.right, r.bottom], [(r.left + r.right) / 2, (r.top + r.bottom) / 2]];
  for (const [x, y] of points) {
    const hit = document.elementFromPoint(x, y);
    if (hit !== qr && !(hit && qr.contains(hit))) {
      out.push('QR code covered at ' + Math.round(x) + ',' + Math.round(y) + ' by ' + (hit ? name(hit) + ' ' + said(hit) : 'nothing (off the screen)'));
      break;
    }
  }
}

for (const e of document.body.querySelectorAll('*')) {
  if (!shown(e)) continue;
  const r = e.getBoundingClientRect();
  if (r.width <= 1 || r.height <= 1) continue; // visually hidden text for screen readers
  if (r.bottom > h + 1 || r.right > w + 1) out.push('past the screen: ' + name(e) + ' ' + Math.round(r.bottom) + '/' + Math.round(r.right));
  if (clips(e) && (e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1)) {
    out.push('clipped: ' + name(e) + ' ' + e.scrollHeight + '>' + e.clientHeight + ' or ' + e.scrollWidth + '>' + e.clientWidth + ' ' + said(e));
  }
  if (!ownText(e) && !leaf(e)) continue;
  // Partly cut off: a parent that pages (or any that hides its overflow) keeps its own scroll
  // size honest while a child reaches past its edge, so the child is held against each of them.
  const { v, cut } = visible(e, r);
  if (cut) { out.push('cut off: ' + name(e) + ' ' + said(e) + ' by ' + name(cut) + ' ' + Math.round(r.bottom) + '>' + Math.round(cut.getBoundingClientRect().bottom)); continue; }
  if (!ownText(e) || v.right - v.left < 2 || v.bottom - v.top < 2) continue;
  // Covered: something else (a format's panel over the join code) is drawn on top of the text.
  const x = (v.left + v.right) / 2, y = (v.top + v.bottom) / 2;
  const over = onTop(e, x, y);
  if (over) out.push('covered: ' + name(e) + ' ' + said(e) + ' by ' + (typeof over === 'string' ? over : name(over) + ' ' + said(over)));
}

let min = 1e9, where = '';
const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walk.nextNode(); n; n = walk.nextNode()) {
  const e = n.parentElement;
  if (!n.nodeValue.trim() || !e || !shown(e)) continue;
  const range = document.createRange();
  range.selectNodeContents(n);
  const r = range.getBoundingClientRect();
  if (r.width <= 1 || r.height <= 1) continue;
  const size = parseFloat(getComputedStyle(e).fontSize);
  if (size < min) { min = size; where = name(e) + ' "' + n.nodeValue.trim().slice(0, 30) + '"'; }
}
if (min < floor - 0.1) out.push('text of ' + min.toFixed(1) + ' px under the floor of ' + floor.toFixed(1) + ': ' + where);
const pages = Math.max(1, ...[...document.querySelectorAll('[data-fit-pages]')].map((e) => +e.dataset.fitPages));
const columns = [...document.querySelectorAll('.stage__board--plenary .board__notes')].map((l) =>
  [[...l.children].filter(shown).length, +(l.dataset.fitPage || 1), +(l.dataset.fitPages || 1)]);
const de = document.documentElement;
return [de.scrollHeight, h, de.scrollWidth, w, out.slice(0, 8), min, where, pages, columns];

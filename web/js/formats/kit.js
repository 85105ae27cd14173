// The plug-in kit: the few things every format plug-in needs besides its own views, so no
// format carries its own copy. Import what you use from here (it works at import time, e.g.
// for the stylesheet); the same functions are handed to the panels as ctx.kit.
//
//   stylesheet(name, href?)          /css/formats/<name>.css (or href), added once (link id "<name>-css")
//   keepFocus(build, {attr, within}) builds a panel; the element that had the focus (found again
//                                    by its attr, default data-focus-key, optionally only inside
//                                    the selector `within`) gets it back, caret and all
//   toast(message, kind)             the page's toast ('error' by default, or 'info')
//   countdown(key, {size, clock, testid, className}) → {el, update(timer)}: a countdown
//                                    (see /js/timer.js) that lives across re-renders, one per key
//   stepTimes({option, unit, key})   the plug-in's stepTimes (formats/open/index.js) when the set-up's
//                                    steps list names each step by `key` and gives its title

import { h } from '../dom.js';
import { createTimer } from '../timer.js';
import { toast } from '../toasts.js';

export { toast };

export function stylesheet(name, href = `/css/formats/${name}.css`) {
  if (typeof document === 'undefined') return;
  if (document.querySelector(`link[href="${href}"]`)) return;
  document.head.append(h('link', { id: `${name}-css`, rel: 'stylesheet', href }));
}

/**
 * Panels are rebuilt on every change; typing must survive that. The focused element is noted
 * before the build (a field moved into the new tree loses its focus on the way), and once the
 * new panel is in the page its namesake gets the focus back with the caret where it was.
 */
export function keepFocus(build, { attr = 'data-focus-key', within = null } = {}) {
  const active = typeof document !== 'undefined' ? document.activeElement : null;
  const inside = active && (!within || (active.closest && active.closest(within)));
  const key = inside && active.getAttribute ? active.getAttribute(attr) : null;
  let start = null;
  let end = null;
  try {
    start = active.selectionStart;
    end = active.selectionEnd;
  } catch {
    // not a text field
  }
  const node = build();
  if (key) {
    queueMicrotask(() => {
      const again = document.querySelector(`${within ? `${within} ` : ''}[${attr}="${CSS.escape(key)}"]`);
      if (!again || again === document.activeElement) return;
      again.focus({ preventScroll: true });
      try {
        if (start != null) again.setSelectionRange(start, end);
      } catch {
        // not a text field
      }
    });
  }
  return node;
}

const countdowns = new Map();

/**
 * A countdown that survives re-renders (the panel is rebuilt on every change, the clock must
 * keep ticking in place): one per key; making a new one lets go of those no longer shown.
 */
export function countdown(key, { size = 'normal', clock = () => Date.now(), testid = 'timer', className = null } = {}) {
  let entry = countdowns.get(key);
  if (!entry) {
    entry = createTimer({ size, clock, testid });
    if (className) entry.el.classList.add(className);
    countdowns.set(key, entry);
    for (const [k, other] of countdowns) {
      if (k !== key && !other.el.isConnected) {
        other.update(null);
        countdowns.delete(k);
      }
    }
  }
  return entry;
}

/** stepTimes (see formats/open/index.js) for a set-up whose steps are [{<key>: id, title}, …]. */
export function stepTimes({ option, unit, key }) {
  return { option, unit, titles: (setup) => Object.fromEntries((setup.steps || []).map((st) => [st[key], st.title])) };
}

export const kit = { stylesheet, keepFocus, toast, countdown, stepTimes };

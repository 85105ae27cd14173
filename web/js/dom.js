// Tiny DOM helpers. Everything is built with createElement + textContent so that text typed
// by people (names, notes) can never become markup: there is no innerHTML anywhere in the client.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * h('button', {class: 'btn', testid: 'x', on: {click}, attrs: {...}, text: '...'}, ...children)
 * Keys: class, text, testid, data (dataset), attrs (setAttribute), on (listeners), style (object);
 * any other key is set as a DOM property (type, value, disabled, hidden, htmlFor, …).
 */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  applyProps(el, props);
  append(el, children);
  return el;
}

/** The same for SVG elements (decorative icons), attributes only. */
export function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v != null) el.setAttribute(k, String(v));
  append(el, children);
  return el;
}

function applyProps(el, props) {
  if (!props) return;
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (value === false && (key === 'class' || key === 'text' || key === 'testid')) continue;
    switch (key) {
      case 'class':
        el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
        break;
      case 'text':
        el.textContent = value == null ? '' : String(value);
        break;
      case 'testid':
        el.setAttribute('data-testid', value);
        break;
      case 'data':
        for (const [k, v] of Object.entries(value)) if (v != null) el.dataset[k] = String(v);
        break;
      case 'attrs':
        for (const [k, v] of Object.entries(value)) if (v != null && v !== false) el.setAttribute(k, v === true ? '' : String(v));
        break;
      case 'on':
        for (const [k, v] of Object.entries(value)) if (v) el.addEventListener(k, v);
        break;
      case 'style':
        for (const [k, v] of Object.entries(value)) el.style.setProperty(k, v);
        break;
      default:
        el[key] = value;
    }
  }
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces all children of el. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export function $(selector, root = document) {
  return root.querySelector(selector);
}

/**
 * Re-renders a region without losing the keyboard focus: the focused element is found again
 * by its data-focus-key after the rebuild. Without this every live event would throw a
 * keyboard or screen-reader user back to the top of the page.
 */
export function keepFocus(root, rebuild) {
  const active = document.activeElement;
  const key = active && root.contains(active) ? active.getAttribute('data-focus-key') : null;
  rebuild();
  if (key) {
    const again = root.querySelector(`[data-focus-key="${cssEscape(key)}"]`);
    if (again && typeof again.focus === 'function') again.focus({ preventScroll: true });
  }
}

function cssEscape(s) {
  return window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&');
}

/** Coalesces many calls into one run per frame (with a timer fallback for hidden tabs). */
export function throttleFrame(fn) {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    const run = () => {
      if (!queued) return;
      queued = false;
      fn();
    };
    requestAnimationFrame(run);
    setTimeout(run, 120);
  };
}

/** A button that asks "sure?" on the first press and acts on the second (no blocking confirm()). */
export function confirmButton(props, labelFn, confirmLabelFn, action) {
  let armed = null;
  const btn = h('button', { type: 'button', ...props });
  const reset = () => {
    armed = null;
    btn.classList.remove('is-armed');
    btn.textContent = labelFn();
  };
  btn.addEventListener('click', () => {
    if (armed) {
      clearTimeout(armed);
      reset();
      action();
      return;
    }
    btn.classList.add('is-armed');
    btn.textContent = confirmLabelFn();
    armed = setTimeout(reset, 4000);
  });
  btn.textContent = labelFn();
  btn.relabel = () => { if (!armed) btn.textContent = labelFn(); };
  return btn;
}

/** Visually hidden text for screen readers. */
export function srOnly(text) {
  return h('span', { class: 'sr-only', text });
}

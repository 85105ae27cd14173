// Labels that follow the language switch in views that must not be rebuilt (forms being typed in).

const bound = [];

/** Sets el's text (or an attribute) from fn now and after every language switch. */
export function bind(el, fn, attr) {
  const apply = () => {
    const value = fn();
    if (attr) el.setAttribute(attr, value);
    else el.textContent = value;
  };
  apply();
  bound.push({ el, apply });
  return el;
}

/** Re-applies every label still on the page and forgets the rest. */
export function relabel() {
  for (let i = bound.length - 1; i >= 0; i--) {
    if (bound[i].el.isConnected) bound[i].apply();
    else bound.splice(i, 1);
  }
}

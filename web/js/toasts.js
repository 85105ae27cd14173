// Where toasts go: the page's frame (chrome.js) takes them once mounted, so code without a handle
// on the frame (format plug-ins, through their kit) can raise one. Pages without a frame (the
// print views) have none, and a toast there goes nowhere.

let sink = null;

/** Called by the frame that shows toasts. */
export function toastsTo(fn) {
  sink = fn;
}

export function toast(message, kind = 'error') {
  if (sink) sink(message, kind);
}

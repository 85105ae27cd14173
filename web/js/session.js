// Glue between the connection, the state and a page: welcome and events into the store,
// connection status into the bar, errors into toasts, the end of a step into the signal.

import { t, text, lang } from './i18n.js';
import { currentStep } from './state.js';

/** Reads the session code from /j/CODE, /f/CODE or /p/CODE. */
export function codeFromPath() {
  const m = /^\/[jfp]\/([^/?#]+)/.exec(location.pathname);
  return m ? normaliseCode(decodeURIComponent(m[1])) : '';
}

/** As the server does it: spaces and dashes ignored, case-insensitive. */
export function normaliseCode(typed) {
  return String(typed || '').replace(/[\s-]/g, '').toUpperCase();
}

/** The token after '#', if any. */
export function tokenFromHash() {
  const raw = location.hash.replace(/^#/, '');
  return /^[A-Za-z0-9_-]{16,128}$/.test(raw) ? raw : '';
}

export function wire({ live, store, chrome, render }) {
  live.on('welcome', (msg) => store.welcome(msg));
  live.on('event', (event, data) => store.apply(event, data));
  const status = () => chrome.setConnection(live.status, live.outbox.length);
  live.on('status', status);
  live.on('outbox', () => {
    status();
    render();
  });
  live.on('clock', () => render());
  live.on('error', (e) => chrome.toast(e.message));
  chrome.setRetry(() => live.wake());
  store.subscribe(() => render());
  store.onSignal((name) => {
    if (name === 'timer.ended') {
      chrome.signalEnd(() => {
        const step = store.state && currentStep(store.state);
        return step ? text(step.title) : '';
      });
    }
  });
  status();
}

/** The ctx handed to format plug-ins (see formats/open.js). */
export function formatCtx(live, store) {
  return {
    send: (type, fields) => live.send(type, fields),
    t,
    text,
    lang: lang(),
    me: store.you,
    now: () => live.now(),
  };
}

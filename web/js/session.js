// Glue between the connection, the state and a page: welcome and events into the store,
// connection status into the bar, errors into toasts, the end of a step into the signal.

import { t, text, lang } from './i18n.js';
import { kit } from './formats/kit.js';

/** Whether a URL points at this machine only (no phone can open it). */
export function isLoopbackUrl(url) {
  try {
    const host = new URL(url, location.href).hostname.toLowerCase();
    return host === 'localhost' || host.endsWith('.localhost') || host.startsWith('127.') || host === '[::1]' || host === '::1';
  } catch {
    return false;
  }
}

/**
 * The join link to show: the server's (its configured public address), unless that is loopback
 * while this browser reached the server by another address: then that one, as phones can too.
 */
export function joinUrlFor(s, code) {
  const given = s.session.joinUrl || `${location.origin}/j/${code}`;
  return isLoopbackUrl(given) && !isLoopbackUrl(location.href) ? `${location.origin}/j/${code}` : given;
}

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
  // The step whose time ran out, named as it was then: the banner must never call the step
  // that follows (often started by itself a moment later) the one that ended, and it goes as
  // soon as the next step is on, so the new step is never hidden.
  let ended = null;
  store.subscribe(() => {
    if (ended !== null && store.state && store.state.agenda.current !== ended) {
      ended = null;
      chrome.clearEnd();
    }
    render();
  });
  store.onSignal((name, detail) => {
    if (name === 'timer.ended') {
      const s = store.state;
      const index = detail && typeof detail.step === 'number' ? detail.step : s && s.agenda.current;
      const step = s && (s.agenda.steps || [])[index];
      ended = s && s.agenda.current === index ? index : null;
      if (s && s.agenda.current !== index) return; // already moved on: nothing to signal over the new step
      chrome.signalEnd(() => (step ? text(step.title) : ''));
    }
  });
  status();
}

/** The ctx handed to format plug-ins (see formats/open/index.js). */
export function formatCtx(live, store) {
  return {
    send: (type, fields) => live.send(type, fields),
    t,
    text,
    lang: lang(),
    me: store.you,
    now: () => live.now(),
    kit,
  };
}

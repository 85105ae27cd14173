// What the three live views (phone, console, projector) start with: the frame, the store, the
// session code from the path, a render run once a frame, a problem shown instead of the view,
// and (console, projector) attaching with the link's token.

import { h, replace, throttleFrame } from '../dom.js';
import { t, onLangChange } from '../i18n.js';
import { save } from '../storage.js';
import { Live } from '../live.js';
import { Store } from '../state.js';
import { mountChrome } from '../chrome.js';
import { codeFromPath, wire } from '../session.js';

/** The frame (of this variant), an empty store, the code from the path, and draw() once a frame. */
export function startView({ variant, draw }) {
  return { chrome: mountChrome({ variant }), store: new Store(), code: codeFromPath(), render: throttleFrame(draw) };
}

/** A problem in place of the view (a bad link, an unknown session), relabelled on a language switch. */
export function showProblem(chrome, key, ...after) {
  const msg = h('p', { class: 'problem__text' });
  const paint = () => { msg.textContent = t(key); };
  paint();
  onLangChange(paint);
  replace(chrome.main, h('section', { class: 'card problem' }, msg, ...after));
}

/**
 * Attaches to the session with the link's token (kept for next time under tokenKey): a loading
 * line, the connection wired to the store, onWelcome on every welcome, and when the server
 * refuses, onProblem('f.noSession') for an unknown session, else onProblem(linkInvalid).
 * Returns the connection. A missing code or token is the caller's to show.
 */
export function attach({ view, principal, token, tokenKey, linkInvalid, onWelcome, onProblem }) {
  const { chrome, store, code, render } = view;
  save(tokenKey, token);
  replace(chrome.main, h('p', { class: 'loading', text: t('common.loading') }));
  const live = new Live({ code, principal, credentials: { kind: 'attach', token } });
  wire({ live, store, chrome, render });
  live.on('welcome', onWelcome);
  live.on('rejected', ({ code: errorCode }) => onProblem(errorCode === 'unknown_session' ? 'f.noSession' : linkInvalid));
  live.start();
  return live;
}

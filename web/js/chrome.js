// The frame every page shares: top bar with the language toggle, the connection bar, the
// toast area and the "time is up" signal.

import { h, replace } from './dom.js';
import { t, toggleLang, onLangChange } from './i18n.js';
import { toastsTo } from './toasts.js';

export function langToggle() {
  const btn = h('button', {
    type: 'button',
    class: 'btn btn--ghost lang-toggle',
    testid: 'lang-toggle',
    on: { click: () => toggleLang() },
  });
  const label = () => {
    btn.textContent = t('lang.toggle');
    btn.setAttribute('aria-label', t('lang.toggleLabel'));
    btn.setAttribute('lang', t('lang.toggle') === 'English' ? 'en' : 'nl');
  };
  label();
  onLangChange(label);
  return btn;
}

/**
 * Builds the page frame into document.body and returns its parts.
 * opts.variant: 'phone' | 'console' | 'projector' | 'start'
 */
export function mountChrome({ variant, connection: showConnection = true }) {
  document.body.classList.add(`page--${variant}`);
  const subtitle = h('span', { class: 'topbar__subtitle' });
  const extra = h('div', { class: 'topbar__extra' });
  const brand = h('a', { class: 'topbar__brand', href: '/', text: t('app.name') });
  const header = h('header', { class: 'topbar' },
    h('div', { class: 'topbar__left' }, brand, subtitle),
    h('div', { class: 'topbar__right' }, extra, langToggle()));

  const connText = h('span', { class: 'connection__text' });
  const retry = h('button', { type: 'button', class: 'btn btn--small btn--light connection__retry', hidden: true });
  const connection = h('div', {
    class: 'connection',
    testid: 'connection',
    attrs: { role: 'status', 'aria-live': 'polite', 'data-state': 'offline' },
  }, h('span', { class: 'connection__dot', attrs: { 'aria-hidden': 'true' } }), connText, retry);

  const banner = h('div', { class: 'end-banner', hidden: true, attrs: { role: 'alert' } });
  const main = h('main', { class: 'main', id: 'main' });
  const toasts = h('div', { class: 'toasts', testid: 'toast', attrs: { 'aria-live': 'polite', role: 'status' } });
  document.body.append(header, ...(showConnection ? [connection, banner] : []), main, toasts);

  let connState = { state: 'connecting', queued: 0 };
  let onRetry = null;
  retry.addEventListener('click', () => onRetry && onRetry());

  function renderConnection() {
    const { state, queued } = connState;
    connection.setAttribute('data-state', state === 'online' ? 'online' : 'offline');
    connection.classList.toggle('connection--connecting', state === 'connecting');
    connection.hidden = state === 'online';
    if (state === 'online') connText.textContent = t('conn.online');
    else if (state === 'connecting') connText.textContent = t('conn.connecting');
    else connText.textContent = queued ? t('conn.offlineQueued', { n: queued }) : t('conn.offline');
    retry.textContent = t('conn.retryNow');
    retry.hidden = state !== 'offline' || !onRetry;
  }
  renderConnection();

  function relabel() {
    brand.textContent = t('app.name');
    renderConnection();
    if (!banner.hidden && banner.relabel) banner.relabel();
  }
  onLangChange(relabel);

  let bannerTimer = null;
  const mounted = {
    header,
    main,
    extra,
    setSubtitle(text) {
      subtitle.textContent = text || '';
      document.title = text ? `${text} · ${t('app.name')}` : t('app.name');
    },
    setConnection(state, queued = 0) {
      connState = { state, queued };
      renderConnection();
    },
    setRetry(fn) {
      onRetry = fn;
      renderConnection();
    },
    toast(message, kind = 'error') {
      const item = h('div', { class: `toast toast--${kind}` },
        h('span', { class: 'toast__text', text: message }),
        h('button', {
          type: 'button',
          class: 'toast__close',
          text: '×',
          attrs: { 'aria-label': t('common.close') },
          on: { click: () => item.remove() },
        }));
      toasts.append(item);
      while (toasts.children.length > 3) toasts.firstChild.remove();
      setTimeout(() => item.remove(), kind === 'error' ? 7000 : 4000);
    },
    /** The end of a step: a banner that flashes, and a buzz on phones. */
    signalEnd(stepTitleFn) {
      banner.relabel = () => {
        const step = stepTitleFn ? stepTitleFn() : '';
        replace(banner,
          h('strong', { class: 'end-banner__title', text: t('signal.ended') }),
          step ? h('span', { class: 'end-banner__step', text: t('signal.endedStep', { step }) }) : null,
          h('button', {
            type: 'button', class: 'end-banner__close', text: '×',
            attrs: { 'aria-label': t('common.close') },
            on: { click: () => { banner.hidden = true; } },
          }));
      };
      banner.relabel();
      banner.hidden = false;
      banner.classList.remove('is-flashing');
      void banner.offsetWidth; // restart the animation
      banner.classList.add('is-flashing');
      document.body.classList.remove('is-ended-flash');
      void document.body.offsetWidth;
      document.body.classList.add('is-ended-flash');
      try {
        // Browsers refuse (and complain) before the first tap on the page; a projector never taps.
        const active = !navigator.userActivation || navigator.userActivation.hasBeenActive;
        if (navigator.vibrate && active) navigator.vibrate([200, 100, 200]);
      } catch {
        // vibration is a nicety
      }
      clearTimeout(bannerTimer);
      bannerTimer = setTimeout(() => {
        banner.hidden = true;
        document.body.classList.remove('is-ended-flash');
      }, 10000);
    },
    /** The next step is on: the end signal of the one before goes at once. */
    clearEnd() {
      clearTimeout(bannerTimer);
      banner.hidden = true;
      document.body.classList.remove('is-ended-flash');
    },
  };
  toastsTo(mounted.toast);
  return mounted;
}

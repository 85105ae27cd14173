// The countdown. The server owns the clock: a running timer is a deadline in server time, so
// every screen computes deadline − (Date.now() + offset) and they all show the same second.

import { h } from './dom.js';
import { t, onLangChange } from './i18n.js';

export function formatMs(ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

export function remainingMs(timer, serverNow) {
  if (!timer) return 0;
  if (timer.status === 'running' && typeof timer.deadline === 'number') return Math.max(0, timer.deadline - serverNow);
  return Math.max(0, timer.remainingMs ?? timer.durationMs ?? 0);
}

/**
 * createTimer({size: 'small'|'normal'|'big', clock}) → {el, update(timer)}.
 * clock() returns the server time now (Date.now() + offset).
 */
export function createTimer({ size = 'normal', clock }) {
  const digits = h('span', {
    class: 'timer__digits',
    testid: 'timer',
    attrs: { role: 'timer', 'aria-label': t('timer.label'), 'data-status': 'idle' },
    text: '00:00',
  });
  const status = h('span', { class: 'timer__status' });
  const bar = h('span', { class: 'timer__bar-fill' });
  const announcer = h('span', { class: 'sr-only', attrs: { 'aria-live': 'polite' } });
  const el = h('div', { class: `timer timer--${size}`, data: { status: 'idle' } },
    digits,
    h('span', { class: 'timer__side' }, status, h('span', { class: 'timer__bar', attrs: { 'aria-hidden': 'true' } }, bar)),
    announcer);

  let current = null;
  let ticking = null;
  let lastText = '';
  let lastStatus = null;

  function paint() {
    const ms = remainingMs(current, clock());
    const text = formatMs(ms);
    if (text !== lastText) {
      digits.textContent = text;
      lastText = text;
    }
    const duration = current && current.durationMs ? current.durationMs : 0;
    const fraction = duration > 0 ? Math.min(1, ms / duration) : 0;
    bar.style.transform = `scaleX(${fraction.toFixed(4)})`;
    el.classList.toggle('timer--low', current && current.status === 'running' && ms <= 60000);
  }

  function relabel() {
    const st = current ? current.status : 'idle';
    status.textContent = t(`timer.${st}`);
    digits.setAttribute('aria-label', t('timer.label'));
  }

  function update(timer) {
    current = timer || { status: 'idle', remainingMs: 0, durationMs: 0 };
    const st = current.status || 'idle';
    digits.setAttribute('data-status', st);
    el.dataset.status = st;
    relabel();
    if (lastStatus !== null && st !== lastStatus) {
      // Announce changes, not every second: a screen reader reading each tick is unbearable.
      if (st === 'running') announcer.textContent = t('timer.announceStart', { time: formatMs(remainingMs(current, clock())) });
      else if (st === 'paused') announcer.textContent = t('timer.announcePause');
      else if (st === 'ended') announcer.textContent = t('timer.announceEnd');
    }
    lastStatus = st;
    paint();
    if (st === 'running' && !ticking) ticking = setInterval(paint, 200);
    if (st !== 'running' && ticking) {
      clearInterval(ticking);
      ticking = null;
    }
  }

  onLangChange(relabel);
  update(null);
  return { el, update, paint };
}

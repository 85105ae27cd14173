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
 * When a screen reader hears the time left: each whole minute, then at 30 and 10 seconds. The
 * number is the threshold just passed (in seconds), or null between two.
 */
export function announceAt(totalSeconds) {
  if (totalSeconds <= 0) return null;
  if (totalSeconds === 30 || totalSeconds === 10) return totalSeconds;
  return totalSeconds % 60 === 0 ? totalSeconds : null;
}

/**
 * createTimer({size: 'small'|'normal'|'big'|'compact', clock, testid}) → {el, update(timer, stepTitle)}.
 * clock() returns the server time now (Date.now() + offset). A compact timer is a copy for a
 * sticky bar: hidden from screen readers, which hear the main one.
 */
export function createTimer({ size = 'normal', clock, testid = 'timer' }) {
  const compact = size === 'compact';
  const digits = h('span', {
    class: 'timer__digits',
    testid,
    attrs: compact ? { 'data-status': 'idle' } : { role: 'timer', 'aria-label': t('timer.label'), 'data-status': 'idle' },
    text: '00:00',
  });
  const status = h('span', { class: 'timer__status' });
  const bar = h('span', { class: 'timer__bar-fill' });
  const announcer = h('span', { class: 'sr-only', testid: compact ? null : 'timer-announcer', attrs: { 'aria-live': 'polite' } });
  const el = h('div', { class: `timer timer--${size}`, data: { status: 'idle' }, attrs: compact ? { 'aria-hidden': 'true' } : {} },
    digits,
    h('span', { class: 'timer__side' }, status, h('span', { class: 'timer__bar', attrs: { 'aria-hidden': 'true' } }, bar)),
    announcer);

  let current = null;
  let ticking = null;
  let lastText = '';
  let lastStatus = null;
  let lastStep = null;
  let lastSecond = null;

  function say(message) {
    if (compact) return;
    announcer.textContent = message;
  }

  function paint() {
    const ms = remainingMs(current, clock());
    const text = formatMs(ms);
    if (text !== lastText) {
      digits.textContent = text;
      lastText = text;
    }
    // Announce the time left at sensible moments only, never each second.
    const second = Math.ceil(ms / 1000);
    if (current && current.status === 'running' && lastSecond !== null && second < lastSecond) {
      for (let k = lastSecond - 1; k >= second; k--) {
        const at = announceAt(k);
        if (at !== null) {
          say(t('timer.announceLeft', { time: formatMs(at * 1000) }));
          break;
        }
      }
    }
    lastSecond = current && current.status === 'running' ? second : null;
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

  function update(timer, stepTitle) {
    current = timer || { status: 'idle', remainingMs: 0, durationMs: 0 };
    const st = current.status || 'idle';
    digits.setAttribute('data-status', st);
    el.dataset.status = st;
    relabel();
    const time = formatMs(remainingMs(current, clock()));
    const stepChanged = lastStep !== null && current.step !== undefined && current.step !== lastStep;
    if (stepChanged && stepTitle) {
      // A new step, also when it came by itself: say which, and how long it runs.
      say(st === 'running' ? t('timer.announceStepRunning', { step: stepTitle, time }) : t('timer.announceStep', { step: stepTitle }));
    } else if (lastStatus !== null && st !== lastStatus) {
      // Announce changes, not every second: a screen reader reading each tick is unbearable.
      if (st === 'running') say(t('timer.announceStart', { time }));
      else if (st === 'paused') say(t('timer.announcePause'));
      else if (st === 'ended') say(t('timer.announceEnd'));
    }
    if (current.step !== undefined) lastStep = current.step;
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

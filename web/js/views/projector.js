// The projector: a big join code while people arrive, then the step, the clock and the
// plenary flip-over (and a spotlighted board). It only shows; it sends nothing but pings.

import { h, replace } from '../dom.js';
import { t, tn, text, onLangChange } from '../i18n.js';
import { load, keys } from '../storage.js';
import { currentStep, upcomingStep, displayTimer, boardTable, table as findTable } from '../state.js';
import { createTimer } from '../timer.js';
import { renderBoard } from '../board.js';
import { fitProjector } from '../projectorFit.js';
import { panel, focusBoard } from '../formats.js';
import { tokenFromHash, formatCtx, joinUrlFor } from '../session.js';
import { startView, showProblem, attach } from './live-view.js';

const view = startView({ variant: 'projector', draw: renderStage });
const { chrome, store, code } = view;
const token = tokenFromHash() || (code ? load(keys.projectorToken(code)) : '');
let live = null;
let parts = null;
// Who is already in the arrival list: only a newcomer's name pops in, the others stay still.
const namesShown = new Set();

function build() {
  const timer = createTimer({ size: 'huge', clock: () => live.now() });
  const stepTitle = h('h1', { class: 'stage__step fit-shrink', testid: 'step-title' });
  const stepHint = h('p', { class: 'stage__hint fit-shrink' });
  const qrSrc = `/api/sessions/${encodeURIComponent(code)}/qr.svg`;
  parts = {
    timer,
    stepTitle,
    stepHint,
    qrBig: h('img', { class: 'arrival__qr-img', src: qrSrc, testid: 'qr', width: 480, height: 480 }),
    qrSmall: h('img', { class: 'corner__qr', src: qrSrc, testid: 'qr', width: 120, height: 120 }),
    root: h('div', { class: 'stage' }),
  };
  replace(chrome.main, parts.root);
  renderStage();
}

function arriving(s) {
  const plenaryNotes = s.boards.some((b) => b.id === 'plenary' && b.notes.length);
  return !s.tables.length && s.timer.status === 'idle' && s.agenda.current <= 0 && !plenaryNotes && !s.spotlight;
}

function joinUrl(s) {
  return joinUrlFor(s, code);
}

function renderStage() {
  if (!parts || !store.state) return;
  const s = store.state;
  const p = parts;
  chrome.setSubtitle(s.session.title);
  const step = upcomingStep(s);
  p.stepTitle.textContent = step ? text(step.title) : '';
  p.stepHint.textContent = step && step.hint ? text(step.hint) : '';
  p.stepHint.hidden = !(step && step.hint);
  p.timer.update(displayTimer(s), currentStep(s) ? text(currentStep(s).title) : '');
  p.qrBig.alt = t('f.qrAlt');
  p.qrSmall.alt = t('f.qrAlt');
  const format = panel(store.format, 'projectorPanel', s, formatCtx(live, store));

  if (arriving(s)) {
    document.body.classList.add('is-arrival');
    const names = s.participants.slice(-40);
    replace(p.root, h('div', { class: 'arrival' },
      h('div', { class: 'arrival__text' },
        s.session.title ? h('p', { class: 'arrival__title', text: s.session.title }) : null,
        h('p', { class: 'arrival__lead', text: t('pr.joinAt') }),
        h('p', { class: 'arrival__url', text: joinUrl(s).replace(/^https?:\/\//, '') }),
        h('p', { class: 'arrival__code', testid: 'code' }, spaced(code)),
        h('p', { class: 'arrival__count', text: s.participants.length ? tn('pr.joined', s.participants.length) : t('pr.none') }),
        names.length ? h('ul', { class: 'arrival__names' }, names.map((x) => h('li', { class: namesShown.has(x.id) ? null : 'is-new', text: x.label }))) : null),
      h('div', { class: 'arrival__qr' },
        p.qrBig,
        h('p', { class: 'arrival__scan', text: t('pr.orScan') }))),
    format ? h('div', { class: 'stage__format' }, format) : null,
    h('div', { class: 'arrival__next' },
      h('span', { class: 'arrival__next-label', text: currentStep(s) ? t('p.step') : t('pr.next') }), p.stepTitle, p.timer.el));
    for (const x of names) namesShown.add(x.id);
    fitProjector(p.root, 'lobby');
    return;
  }

  document.body.classList.remove('is-arrival');
  // The format may put its current flip-over in the plenary board's place, or show none.
  const focus = focusBoard(store.format, s, 'projector', formatCtx(live, store));
  const main = focus === false ? null : s.boards.find((b) => b.id === (focus || 'plenary'));
  const plenary = main || (focus ? s.boards.find((b) => b.id === 'plenary') : null);
  const spot = s.spotlight && s.spotlight !== (plenary ? plenary.id : 'plenary') ? s.boards.find((b) => b.id === s.spotlight) : null;
  const boards = h('div', { class: ['stage__boards', spot && 'has-spotlight'] },
    spot ? h('section', { class: 'stage__board stage__board--spot' },
      h('h2', { class: 'stage__board-title' }, h('span', { class: 'tag tag--spot', text: t('pr.spotlight') }), boardName(s, spot)),
      renderBoard(spot, { mode: 'projector', showTitle: false })) : null,
    plenary ? h('section', { class: 'stage__board stage__board--plenary' },
      h('h2', { class: 'stage__board-title', text: text(plenary.title) }),
      renderBoard(plenary, { mode: 'projector', showTitle: false })) : null);

  replace(p.root,
    h('header', { class: 'stage__head' },
      h('div', { class: 'stage__head-text' }, p.stepTitle, p.stepHint),
      p.timer.el,
      corner(s)),
    format ? h('div', { class: 'stage__format' }, format) : null,
    // No flip-over on screen: the format's panel may take the whole stage.
    spot || plenary ? boards : null);
  // A new step or spotlight starts its pages at the first one.
  fitProjector(p.root, `${s.agenda.current}|${s.spotlight || ''}`);
}

/** Latecomers can still join: a small code and QR, gone once the session is closed. */
function corner(s) {
  const p = parts;
  return s.session.closed ? null : h('aside', { class: 'corner' },
      h('div', { class: 'corner__text' },
        h('span', { class: 'corner__label', text: t('pr.join') }),
        h('span', { class: 'corner__url', text: joinUrl(s).replace(/^https?:\/\//, '') }),
        h('strong', { class: 'corner__code', testid: 'code' }, spaced(code))),
      p.qrSmall);
}

function boardName(s, b) {
  const tid = boardTable(b.id);
  const tb = tid ? findTable(s, tid) : null;
  return tb ? `${t('f.tableN', { n: tb.number })} · ${text(b.title)}` : text(b.title);
}

/**
 * Two groups of three read easily from the back of the room. The gap is CSS, not a space, so
 * the element's text stays exactly the code.
 */
function spaced(c) {
  return c.length === 6
    ? [h('span', { class: 'code-part', text: c.slice(0, 3) }), h('span', { class: 'code-part', text: c.slice(3) })]
    : [c];
}

onLangChange(() => renderStage());

function boot() {
  const onProblem = (key) => {
    parts = null;
    showProblem(chrome, key);
  };
  if (!code || !token) {
    onProblem('pr.linkInvalid');
    return;
  }
  const onWelcome = () => parts || build();
  live = attach({ view, principal: 'projector', token, tokenKey: keys.projectorToken(code), linkInvalid: 'pr.linkInvalid', onWelcome, onProblem });
}

boot();

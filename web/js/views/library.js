// The content library (/bibliotheek) for trainers: browse the built-in and the organisation's
// packs, preview every item as participants will see it, edit copies (copy-on-write), make and
// start templates, export and import packs. Editing needs the organisation passcode, or,
// without one, the server's own computer. Participants never get a link here.

import { h, replace } from '../dom.js';
import { t, tn, text, onLangChange } from '../i18n.js';
import { mountChrome } from '../chrome.js';
import { loadFormat } from '../formats.js';
import '../library/strings.js';
import * as api from '../library/api.js';
import { relabel } from '../library/bind.js';
import { packView } from '../library/packView.js';
import { openEditor } from '../library/editor.js';
import { openMaker } from '../library/templates.js';
import { importCard } from '../library/transfer.js';
import { problemList } from '../library/problems.js';

const chrome = mountChrome({ variant: 'library', connection: false });

let list = null; // GET /api/library: {packs, problems}
let catalogue = null; // GET /api/catalogue
let formats = []; // the loaded format plug-ins (for their preview hooks)
const details = new Map(); // pack id → GET /api/library/packs/{id}
let view = { kind: 'pack', id: null };
let current = null; // the shown view's {node, relabel?}
let showing = 0;
let gateMessage = null;

const heroTitle = h('h1', { class: 'hero__title' });
const heroLead = h('p', { class: 'hero__lead hero__lead--soft' });
const body = h('div', { class: 'lib-body' });
const side = h('aside', { class: 'lib-side' });
const content = h('div', { class: 'lib-content', attrs: { 'aria-live': 'polite' } });
replace(chrome.main, h('div', { class: 'lib' }, h('section', { class: 'hero lib-hero' }, heroTitle, heroLead), body));

function labelPage() {
  chrome.setSubtitle(t('lib.title'));
  heroTitle.textContent = t('lib.title');
  heroLead.textContent = t('lib.lead');
}

// --- what the views need -----------------------------------------------------------------

const app = {
  packs: () => (list ? list.packs : []),
  catalogue: () => catalogue || { formats: [] },
  formats: () => formats,
  toast: (message, kind) => chrome.toast(message, kind),
  /** The pack's detail (content merged with its base, and as written), cached until a change. */
  async detail(id, { fresh = false } = {}) {
    if (!fresh && details.has(id)) return details.get(id);
    const r = await api.pack(id);
    if (!r.ok) throw new Error(`pack ${id}: ${r.status}`);
    details.set(id, r.body);
    return r.body;
  },
  /** After a change: the list again, and no stale details. */
  async refresh() {
    details.clear();
    const r = await api.library();
    if (r.ok) list = r.body;
  },
  show,
  denied() {
    api.setPasscode('');
    gateMessage = 'lib.access.expired';
    start();
  },
};

// --- access ------------------------------------------------------------------------------

async function start() {
  labelPage();
  replace(body, h('p', { class: 'loading', text: t('lib.loading') }));
  let access;
  try {
    access = await api.access();
  } catch {
    replace(body, h('section', { class: 'card problem' }, h('p', { class: 'problem__text', text: t('lib.loadFailed') })));
    return;
  }
  if (access.editable) {
    await load();
  } else if (access.passcodeRequired) {
    if (api.passcode()) {
      api.setPasscode('');
      gateMessage = 'lib.access.wrong';
    }
    showGate();
  } else {
    showLocalOnly();
  }
}

function showGate() {
  const input = h('input', {
    id: 'passcode', type: 'password', class: 'input', testid: 'passcode',
    autocomplete: 'current-password', attrs: { 'aria-describedby': 'passcode-error' },
  });
  const error = h('p', { id: 'passcode-error', class: 'form-error', testid: 'passcode-error', attrs: { role: 'alert' } });
  const submit = h('button', { type: 'submit', class: 'btn btn--primary', testid: 'passcode-submit' });
  const heading = h('h2', { class: 'card__title' });
  const intro = h('p', {});
  const label = h('label', { class: 'field__label', htmlFor: 'passcode' });
  let checking = false;
  const paint = () => {
    heading.textContent = t('lib.access.heading');
    intro.textContent = t('lib.access.text');
    label.textContent = t('lib.access.label');
    submit.textContent = checking ? t('lib.access.checking') : t('lib.access.submit');
    error.textContent = gateMessage ? t(gateMessage) : '';
  };
  const form = h('form', { class: 'card lib-gate', testid: 'passcode-form', attrs: { novalidate: true } },
    heading, intro, h('div', { class: 'field' }, label, input), error, submit);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (checking || !input.value) return;
    checking = true;
    submit.disabled = true;
    paint();
    api.setPasscode(input.value);
    try {
      const access = await api.access();
      if (access.editable) {
        gateMessage = null;
        await load();
        return;
      }
      api.setPasscode('');
      gateMessage = 'lib.access.wrong';
    } catch {
      gateMessage = 'lib.err.network';
    }
    checking = false;
    submit.disabled = false;
    paint();
    input.select();
    input.focus();
  });
  current = { node: form, relabel: paint };
  paint();
  replace(body, form);
  input.focus();
}

function showLocalOnly() {
  const heading = h('h2', { class: 'card__title' });
  const text1 = h('p', { testid: 'local-only' });
  const paint = () => {
    heading.textContent = t('lib.access.localOnlyHeading');
    text1.textContent = t('lib.access.localOnly');
  };
  paint();
  const node = h('section', { class: 'card lib-gate' }, heading, text1);
  current = { node, relabel: paint };
  replace(body, node);
}

// --- the library -------------------------------------------------------------------------

async function load() {
  try {
    const [r, cat] = await Promise.all([api.library(), api.catalogue()]);
    if (!r.ok) throw new Error(String(r.status));
    list = r.body;
    catalogue = cat;
    formats = (await Promise.all((catalogue.formats || []).map((f) => loadFormat(f.id)))).filter(Boolean);
  } catch (e) {
    if (e instanceof api.AccessDenied) {
      app.denied();
      return;
    }
    replace(body, h('section', { class: 'card problem' }, h('p', { class: 'problem__text', text: t('lib.loadFailed') })));
    return;
  }
  replace(body, h('div', { class: 'lib-grid' }, side, content));
  const wanted = /^#pack=(.+)$/.exec(location.hash);
  await show({ kind: 'pack', id: wanted ? decodeURIComponent(wanted[1]) : null });
}

function renderSide() {
  const packLink = (p) => h('li', {},
    h('a', {
      class: ['lib-packlink', view.kind === 'pack' && view.id === p.id && 'is-current'],
      href: `#pack=${encodeURIComponent(p.id)}`, testid: `pack-${p.id}`,
      attrs: { 'aria-current': view.id === p.id ? 'page' : null },
      on: { click: (e) => { e.preventDefault(); show({ kind: 'pack', id: p.id }); } },
    },
    h('span', { class: 'lib-packlink__title', text: text(p.title) }),
    h('span', { class: 'lib-packlink__meta', text: [p.version, p.templates && p.templates.length ? tn('lib.packs.templates', p.templates.length) : null].filter(Boolean).join(' · ') })));
  const builtIn = app.packs().filter((p) => p.builtIn);
  const own = app.packs().filter((p) => !p.builtIn);
  const problems = dedupe((list && list.problems) || []);
  const blocking = problems.filter((p) => p.blocking !== false);
  const warnings = problems.filter((p) => p.blocking === false);
  replace(side,
    h('nav', { class: 'card lib-packs', attrs: { 'aria-label': t('lib.packs.heading') } },
      h('h2', { class: 'card__title', text: t('lib.packs.heading') }),
      h('h3', { class: 'caption', text: t('lib.packs.builtIn') }),
      h('ul', { class: 'lib-packlist' }, builtIn.map(packLink)),
      h('h3', { class: 'caption', text: t('lib.packs.own') }),
      own.length ? h('ul', { class: 'lib-packlist', testid: 'own-packs' }, own.map(packLink)) : h('p', { class: 'muted small', text: t('lib.packs.noneOwn') })),
    importCard(app),
    h('section', { class: 'card lib-problems-card', testid: 'problems' },
      h('h2', { class: 'card__title', text: t('lib.problems.heading') }),
      problems.length
        ? h('details', { open: blocking.length > 0 },
          h('summary', {
            text: [blocking.length ? tn('lib.problems.skipped', blocking.length) : null,
              warnings.length ? tn('lib.problems.untranslated', warnings.length) : null].filter(Boolean).join(' · '),
          }),
          problemList([...blocking, ...warnings], { testid: 'problem', withFile: true }))
        : h('p', { class: 'muted small', text: t('lib.problems.none') })));
}

/** The server adds a pack's warnings again on every save: show each once. */
function dedupe(problems) {
  const seen = new Set();
  return problems.filter((p) => {
    const key = `${p.blocking}|${p.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Shows a view; keepScroll (a scroll position) keeps the reader's place when the same view is rebuilt. */
async function show(next, { keepScroll = null } = {}) {
  const request = ++showing;
  view = next;
  if (view.kind === 'pack' && (!view.id || !app.packs().some((p) => p.id === view.id))) {
    view = { ...view, id: app.packs().length ? app.packs()[0].id : null };
  }
  renderSide();
  let made;
  try {
    if (view.kind === 'edit') made = await openEditor(app, view);
    else if (view.kind === 'maker') made = await openMaker(app, view);
    else if (view.id) made = { node: packView(app, await app.detail(view.id)), rebuild: true };
    else made = { node: h('section', { class: 'card' }, h('p', { class: 'muted', text: t('lib.pack.missing') })) };
  } catch (e) {
    if (request !== showing) return;
    if (e instanceof api.AccessDenied) {
      app.denied();
      return;
    }
    console.error('library view failed', e);
    made = { node: h('section', { class: 'card problem' }, h('p', { class: 'problem__text', text: t('lib.loadFailed') })) };
  }
  if (request !== showing || !made) return;
  current = made;
  // What just happened (saved, deleted) is said at the top of the next view, not in a toast over the form.
  const notice = next.notice ? h('p', { class: 'notice lib-notice', testid: 'notice', attrs: { role: 'status' }, text: next.notice() }) : null;
  replace(content, notice, made.node);
  if (view.kind === 'pack' && view.id) history.replaceState(null, '', `#pack=${encodeURIComponent(view.id)}`);
  const focus = view.focus && keepScroll == null ? document.getElementById(view.focus) || content.querySelector(`[data-testid="${view.focus}"]`) : null;
  if (keepScroll != null) {
    window.scrollTo({ top: keepScroll });
  } else if (focus) {
    focus.classList.add('is-fresh');
    focus.scrollIntoView({ block: 'center' });
  } else if (view.kind !== 'pack') {
    content.scrollIntoView({ block: 'start' });
    const first = content.querySelector('input:not([type="hidden"]), select, textarea');
    if (first) first.focus({ preventScroll: true });
  } else {
    window.scrollTo({ top: 0 });
  }
}

onLangChange(() => {
  labelPage();
  relabel();
  if (list && body.contains(side)) renderSide();
  if (!current) return;
  if (current.rebuild) show(view, { keepScroll: window.scrollY });
  else if (current.relabel) current.relabel();
});

start();

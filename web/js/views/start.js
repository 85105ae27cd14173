// The start page: what Samenspel is, a form to create a session, and the links that follow.

import { h, replace } from '../dom.js';
import { t, text, lang, errorText, onLangChange, relabel } from '../i18n.js';
import { load, keys } from '../storage.js';
import { mountChrome } from '../chrome.js';
import { loadFormat } from '../formats.js';
import { createSession, sameOrigin } from '../launch.js';

const chrome = mountChrome({ variant: 'start', connection: false });
chrome.setSubtitle('');
let catalogue = null;
let catalogueFailed = false;
let created = null;
let busy = false;
let formError = null;

// --- the form (built once, so typing survives a language switch) --------------------------

const titleInput = h('input', { id: 'create-title', type: 'text', class: 'input', testid: 'create-title', attrs: { maxlength: '120' } });
const formatSelect = h('select', { id: 'create-format', class: 'select', testid: 'create-format' });
const packSelect = h('select', { id: 'create-pack', class: 'select', testid: 'create-pack' });
const submit = h('button', { type: 'submit', class: 'btn btn--primary btn--large', testid: 'create-submit' });
const errorBox = h('p', { class: 'form-error', attrs: { role: 'alert' } });
// The chosen format's own set-up (its plug-in's setupPanel), refreshed when format or pack change.
const setupSlot = h('div', { class: 'setup', testid: 'create-setup' });
let setupPanel = null;
let setupRequest = 0;
const titleLabel = h('label', { htmlFor: 'create-title', class: 'field__label', data: { t: 'start.titleLabel' } });
const titleHelp = h('p', { id: 'create-title-help', class: 'field__help', data: { t: 'start.titleHelp' } });
titleInput.setAttribute('aria-describedby', 'create-title-help');
const formatLabel = h('label', { htmlFor: 'create-format', class: 'field__label', data: { t: 'start.formatLabel' } });
const packLabel = h('label', { htmlFor: 'create-pack', class: 'field__label', data: { t: 'start.packLabel' } });
const formHeading = h('h2', { class: 'card__title', data: { t: 'start.createHeading' } });
const form = h('form', { class: 'card create', attrs: { novalidate: true } },
  formHeading,
  h('div', { class: 'field' }, titleLabel, titleInput, titleHelp),
  h('div', { class: 'field-row' },
    h('div', { class: 'field' }, formatLabel, formatSelect),
    h('div', { class: 'field' }, packLabel, packSelect)),
  setupSlot,
  errorBox,
  submit);

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  if (busy) return;
  busy = true;
  formError = null;
  render();
  try {
    const title = titleInput.value.trim();
    created = await createSession({
      format: formatSelect.value || undefined,
      pack: packSelect.value || undefined,
      title,
      lang: lang(),
      options: setupPanel ? setupPanel.options() : undefined,
    }, title);
  } catch (e) {
    formError = e.code ? () => errorText(e.code, { field: e.field }) : () => t('err.network');
  }
  busy = false;
  render();
  if (created) document.querySelector('[data-testid="created-code"]')?.scrollIntoView({ block: 'center' });
});

/** Asks the format for what can be chosen from this pack and shows its plug-in's set-up panel. */
async function loadSetup(keep) {
  const format = formatSelect.value;
  const pack = packSelect.value;
  const request = ++setupRequest;
  setupPanel = null;
  replace(setupSlot, null);
  if (!format || !pack) return;
  try {
    const [plugin, res] = await Promise.all([
      loadFormat(format),
      fetch(`/api/formats/${encodeURIComponent(format)}/setup?pack=${encodeURIComponent(pack)}`),
    ]);
    if (request !== setupRequest || !plugin || typeof plugin.setupPanel !== 'function' || !res.ok) return;
    const setup = await res.json();
    const panel = plugin.setupPanel(setup, { t, text, lang: lang(), ...(keep ? { options: keep } : {}) });
    if (request !== setupRequest || !panel || !(panel.node instanceof Node)) return;
    setupPanel = panel;
    replace(setupSlot, panel.node);
  } catch (e) {
    console.error('format set-up failed', e);
  }
}

// A new format brings its own pack: a pack chosen for the previous format seldom suits the next.
formatSelect.addEventListener('change', () => {
  render();
  choosePack(packFor(formatSelect.value));
  loadSetup();
});
packSelect.addEventListener('change', () => loadSetup());

async function loadCatalogue() {
  try {
    const res = await fetch('/api/catalogue');
    if (!res.ok) throw new Error(String(res.status));
    catalogue = await res.json();
  } catch {
    catalogueFailed = true;
  }
  render();
  loadSetup();
}

// --- rendering ---------------------------------------------------------------------------

/** The pack a format is played from unless the facilitator picks another (the catalogue names it). */
function packFor(formatId) {
  const format = catalogue && catalogue.formats.find((f) => f.id === formatId);
  return (format && format.defaultPack) || (catalogue && catalogue.defaultPack);
}

function choosePack(id) {
  if (Array.from(packSelect.options).some((o) => o.value === id)) packSelect.value = id;
}

function fillSelect(select, items, chosen) {
  const keep = select.value || chosen;
  replace(select, items.map((it) => h('option', { value: it.id, text: it.label })));
  if (items.some((it) => it.id === keep)) select.value = keep;
}

function render() {
  relabel(chrome.main);
  relabel(form);
  titleInput.placeholder = t('start.titlePlaceholder');
  submit.textContent = busy ? t('start.creating') : t('start.submit');
  submit.disabled = busy || !catalogue;
  if (catalogue) {
    fillSelect(formatSelect, catalogue.formats.map((f) => ({ id: f.id, label: text(f.title) })), catalogue.defaultFormat);
    // Only the packs the chosen format can use (a format names them in the catalogue).
    const format = catalogue.formats.find((f) => f.id === formatSelect.value);
    const fits = format && Array.isArray(format.packs) && format.packs.length
      ? catalogue.packs.filter((p) => format.packs.includes(p.id)) : catalogue.packs;
    fillSelect(packSelect, fits.map((p) => ({ id: p.id, label: `${text(p.title)} (${p.version})` })), packFor(formatSelect.value));
  }
  formatSelect.disabled = !catalogue;
  packSelect.disabled = !catalogue;
  errorBox.textContent = catalogueFailed ? t('start.catalogueFailed') : formError ? formError() : '';

  // The form stays in the page while it shows, so focus and typing survive a re-render.
  if (created) replace(slot, result(created));
  else if (slot.firstChild !== form) replace(slot, form);
  replace(recentSlot, recentList());
}

const heroTitle = h('h1', { class: 'hero__title', data: { t: 'start.title' } });
const lead1 = h('p', { class: 'hero__lead', data: { t: 'start.intro1' } });
const lead2 = h('p', { class: 'hero__lead hero__lead--soft', data: { t: 'start.intro2' } });
const slot = h('div', { class: 'start__slot' });
const joinHeading = h('h2', { class: 'card__title', data: { t: 'start.joinHeading' } });
const joinLink = h('a', { class: 'btn btn--light', href: '/j', data: { t: 'start.joinLink' } });
const recentSlot = h('div');
// For trainers: their packs and templates (editing there needs the organisation passcode).
const libraryHeading = h('h2', { class: 'card__title', data: { t: 'start.libraryHeading' } });
const libraryText = h('p', { class: 'muted', data: { t: 'start.libraryText' } });
const libraryLink = h('a', { class: 'btn btn--light', href: '/bibliotheek', testid: 'library-link', data: { t: 'start.libraryLink' } });
replace(chrome.main, h('div', { class: 'start' },
  h('section', { class: 'hero' }, heroTitle, lead1, lead2),
  slot,
  h('section', { class: 'card card--quiet' }, joinHeading, joinLink),
  recentSlot,
  h('section', { class: 'card card--quiet' }, libraryHeading, libraryText, libraryLink)));

function result(c) {
  const joinUrl = c.joinUrl;
  return h('section', { class: 'card created', attrs: { 'aria-live': 'polite' } },
    h('h2', { class: 'card__title', text: t('start.createdHeading') }),
    h('div', { class: 'created__grid' },
      h('div', {},
        h('p', { class: 'caption', text: t('start.codeLabel') }),
        h('p', { class: 'created__code', testid: 'created-code', text: c.code }),
        h('p', { class: 'caption', text: t('start.joinLabel') }),
        h('p', {}, h('a', { href: joinUrl, class: 'created__join', target: '_blank', rel: 'noopener', text: joinUrl.replace(/^https?:\/\//, '') }))),
      h('img', { class: 'created__qr', src: `/api/sessions/${encodeURIComponent(c.code)}/qr.svg`, alt: t('f.qrAlt'), width: 200, height: 200 })),
    h('div', { class: 'created__actions' },
      h('a', { class: 'btn btn--primary btn--large', testid: 'open-facilitator', href: sameOrigin(c.facilitatorUrl), text: t('start.openFacilitator') }),
      h('a', {
        class: 'btn btn--large', testid: 'open-projector', href: sameOrigin(c.projectorUrl),
        target: '_blank', rel: 'noopener', text: t('start.openProjector'),
      })),
    h('p', { class: 'notice', text: t('start.keepLink') }),
    h('button', {
      type: 'button', class: 'btn btn--light', text: t('start.another'),
      on: {
        click: () => {
          created = null;
          titleInput.value = '';
          render();
          titleInput.focus();
        },
      },
    }));
}

function recentList() {
  const recent = load(keys.recent(), []) || [];
  const items = recent.map((r) => {
    const token = load(keys.facilitatorToken(r.code));
    if (!token) return null;
    const when = new Date(r.at).toLocaleString(document.documentElement.lang === 'en' ? 'en-GB' : 'nl-NL', {
      day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit',
    });
    return h('li', { class: 'recent__item' },
      h('a', { href: `/f/${r.code}#${token}`, text: r.title || r.code }),
      h('span', { class: 'recent__meta', text: `${r.code} · ${when}` }));
  }).filter(Boolean);
  if (!items.length) return null;
  return h('section', { class: 'card card--quiet' },
    h('h2', { class: 'card__title', text: t('start.recentHeading') }),
    h('ul', { class: 'recent' }, items));
}

// A language switch redraws everything: the set-up panel too, keeping the choices made in it.
onLangChange(() => {
  render();
  loadSetup(setupPanel ? setupPanel.options() : undefined);
});
render();
loadCatalogue();

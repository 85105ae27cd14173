// Session templates: a format, the content of a pack and the format's set-up choices (timings,
// group size…), saved in the organisation's own pack. Made with the format's own start-page
// set-up panel; started in one click; duplicated and adapted; deleted.

import { h, replace, confirmButton } from '../dom.js';
import { t, text, lang } from '../i18n.js';
import { loadFormat } from '../formats.js';
import { createSession, sameOrigin } from '../launch.js';
import { bind } from './bind.js';
import { clone, uniqueId } from './texts.js';
import { targetChooser, saveInto, startingPack, whileSaving } from './ownPack.js';
import { problemList } from './problems.js';
import { AccessDenied, formatSetup, problemsOf } from './api.js';

function formatTitle(app, id) {
  const f = (app.catalogue().formats || []).find((x) => x.id === id);
  return f ? text(f.title) : id;
}

/** An option's value as a trainer reads it: lists with commas, yes or no, an object's entries as "key value". */
function valueText(v) {
  if (Array.isArray(v)) return v.map(valueText).join(', ');
  if (typeof v === 'boolean') return t(v ? 'lib.templates.yes' : 'lib.templates.no');
  // A session a template follows up is named by its code; its facilitator token stays out of sight.
  if (v && typeof v === 'object') {
    return Object.entries(v).filter(([k]) => k !== 'token').map(([k, x]) => `${k} ${valueText(x)}`).join(', ');
  }
  return String(v);
}

/** A step's length as a trainer reads it: "3 min", "45 sec" or "1 min 30 sec". */
function durationText(seconds) {
  const s = Math.round(seconds);
  if (s % 60 === 0) return t('lib.templates.minutes', { n: s / 60 });
  if (s < 60) return t('lib.templates.seconds', { n: s });
  return t('lib.templates.minutesSeconds', { m: Math.floor(s / 60), s: s % 60 });
}

/**
 * The steps' lengths of a template, each named by its title in the format's set-up (see
 * stepTimes in formats/open/index.js), else by its id: "Uitleg van het spel (3 min), …".
 */
function stepTimesText(stepTimes, value, setup) {
  let titles = {};
  try {
    titles = (setup && typeof stepTimes.titles === 'function' && stepTimes.titles(setup)) || {};
  } catch (e) {
    console.error('format stepTimes failed', e);
  }
  const perSecond = stepTimes.unit === 'minutes' ? 60 : 1;
  return Object.entries(value).map(([step, length]) => {
    const title = titles[step] ? text(titles[step]) : step;
    return typeof length === 'number' ? `${title} (${durationText(length * perSecond)})` : `${title} ${valueText(length)}`;
  }).join(', ');
}

/**
 * The chosen options, each named by the format's string "setup.<option>" when it has one; the
 * steps' lengths by step title and in minutes when the format says which option holds them.
 * described: {plugin, setup} of the template's format and pack, once loaded (else null).
 */
function optionsText(format, options, described) {
  const stepTimes = described && described.plugin && described.plugin.stepTimes;
  return Object.entries(options || {}).map(([k, v]) => {
    if (stepTimes && stepTimes.option === k && v && typeof v === 'object' && !Array.isArray(v)) {
      return `${t('lib.templates.stepTimes')}: ${stepTimesText(stepTimes, v, described.setup)}`;
    }
    const key = `${format}.setup.${k}`;
    const name = t(key) === key ? k : t(key);
    return `${name}: ${valueText(v)}`;
  }).join('; ');
}

// The format plug-in and set-up of each format and pack version the list has shown, for the
// step titles: {plugin, setup} once loaded (setup null when the server could not give it).
const described = new Map();
const describing = new Map();

function describe(format, pack) {
  const key = `${format}|${pack.id}|${pack.version}`;
  if (!describing.has(key)) {
    describing.set(key, Promise.all([loadFormat(format), formatSetup(format, pack.id).catch(() => null)])
      .then(([plugin, setup]) => {
        const done = { plugin, setup };
        if (setup) described.set(key, done);
        else describing.delete(key); // try again on the next showing
        return done;
      }));
  }
  return { now: described.get(key) || null, later: describing.get(key) };
}

/** The templates card of a pack's page. */
export function templatesCard(app, pack) {
  const templates = pack.content.templates || [];
  const mine = new Set((pack.written.templates || []).map((tpl) => tpl.id));
  const base = pack.base ? app.packs().find((p) => p.id === pack.base) : null;
  return h('section', { class: 'card lib-templates', testid: 'templates' },
    h('div', { class: 'lib-card-head' },
      h('h2', { class: 'card__title', text: t('lib.templates.heading') }),
      h('button', {
        type: 'button', class: 'btn btn--primary btn--small', testid: 'make-template', text: t('lib.templates.make'),
        on: { click: () => app.show({ kind: 'maker', packId: pack.id }) },
      })),
    templates.length
      ? h('ul', { class: 'lib-templates__list' }, templates.map((tpl) => templateRow(app, pack, tpl, mine.has(tpl.id), base)))
      : h('p', { class: 'muted', text: t('lib.templates.none') }));
}

function templateRow(app, pack, tpl, own, base) {
  const start = h('button', { type: 'button', class: 'btn btn--primary btn--small', testid: `template-start-${tpl.id}`, text: t('lib.templates.start') });
  start.addEventListener('click', async () => {
    start.disabled = true;
    start.textContent = t('lib.templates.starting');
    try {
      const created = await createSession({ pack: pack.id, template: tpl.id }, tpl.sessionTitle || text(tpl.title));
      location.assign(sameOrigin(created.facilitatorUrl));
    } catch (e) {
      start.disabled = false;
      start.textContent = t('lib.templates.start');
      app.toast(t('lib.templates.startFailed', { reason: e.message || t('lib.err.network') }));
    }
  });
  const detailsText = (about) => {
    const details = [t('lib.templates.format', { format: formatTitle(app, tpl.format) })];
    if (tpl.sessionTitle) details.push(t('lib.templates.sessionTitle', { title: tpl.sessionTitle }));
    const options = optionsText(tpl.format, tpl.options, about);
    if (options) details.push(t('lib.templates.options', { options }));
    return details.join(' · ');
  };
  const about = describe(tpl.format, pack);
  const details = h('p', { class: 'muted small', testid: 'template-details', text: detailsText(about.now) });
  // The step titles come with the format's set-up: fill them in once it is there.
  if (!about.now) about.later.then((done) => { details.textContent = detailsText(done); });
  return h('li', { class: 'lib-template', testid: `template-${tpl.id}`, data: { template: tpl.id } },
    h('div', { class: 'lib-template__text' },
      h('h3', { class: 'lib-template__title', testid: 'template-title', text: text(tpl.title) }),
      details,
      !own && base ? h('p', { class: 'small lib-template__origin', text: t('lib.templates.fromBase', { pack: text(base.title) }) }) : null),
    h('div', { class: 'lib-actions' },
      start,
      h('button', {
        type: 'button', class: 'btn btn--light btn--small', testid: `template-duplicate-${tpl.id}`, text: t('lib.templates.duplicate'),
        on: { click: () => app.show({ kind: 'maker', packId: pack.id, template: tpl }) },
      }),
      own && !pack.builtIn
        ? confirmButton({ class: 'btn btn--light btn--small btn--danger-text', testid: `template-delete-${tpl.id}` },
          () => t('lib.templates.delete'), () => t('common.sure'), () => deleteTemplate(app, pack, tpl))
        : null));
}

async function deleteTemplate(app, pack, tpl) {
  try {
    const { response, version } = await saveInto(app, { kind: 'same', id: pack.id }, pack, (written) => {
      written.templates = (written.templates || []).filter((x) => x.id !== tpl.id);
      // An empty list would hide the base's templates: leave the section out instead.
      if (!written.templates.length) delete written.templates;
    });
    if (!response.ok) {
      app.toast(problemsOf(response.body).map((p) => p.message).join('; ') || String(response.status));
      return;
    }
    await app.refresh();
    app.show({ kind: 'pack', id: pack.id, focus: 'templates', notice: () => t('lib.templates.deleted', { name: text(tpl.title), version }) });
  } catch (e) {
    if (e instanceof AccessDenied) app.denied();
    else app.toast(t('lib.err.network'));
  }
}

/**
 * The format a new template starts with: the one this pack (or the built-in pack it builds on)
 * was written for, so a copy of the dilemma pack offers the dilemma game; else the default.
 */
function formatFor(app, pack) {
  const formats = app.catalogue().formats || [];
  const own = formats.find((f) => f.defaultPack && (f.defaultPack === pack.id || f.defaultPack === pack.base));
  if (own) return own.id;
  const fallback = app.catalogue().defaultFormat;
  return formats.some((f) => f.id === fallback) ? fallback : (formats[0] && formats[0].id);
}

/**
 * The template maker: format, names, and the format's own set-up panel fed by
 * GET /api/formats/{format}/setup?pack=…; `template` (when adapting one) fills everything in.
 */
export async function openMaker(app, { packId, template }) {
  const source = await app.detail(packId);
  const formats = app.catalogue().formats || [];
  let panel = null;
  let panelRequest = 0;
  const busy = { saving: false };

  const form = h('form', { class: 'card lib-maker', testid: 'maker', attrs: { novalidate: true } });
  const chooser = targetChooser(app, source, { idPrefix: 'maker', onChange: () => loadPanel(panel ? panel.options() : template && template.options) });
  const formatSelect = h('select', { id: 'maker-format', class: 'select', testid: 'maker-format' },
    formats.map((f) => bind(h('option', { value: f.id }), () => text(f.title))));
  formatSelect.value = template ? template.format : formatFor(app, source);
  const titleNl = h('input', { id: 'maker-title-nl', type: 'text', class: 'input', testid: 'maker-title-nl', attrs: { maxlength: '200', lang: 'nl' } });
  const titleEn = h('input', { id: 'maker-title-en', type: 'text', class: 'input', testid: 'maker-title-en', attrs: { maxlength: '200', lang: 'en', 'aria-describedby': 'maker-title-en-help' } });
  const sessionTitle = h('input', { id: 'maker-session-title', type: 'text', class: 'input', testid: 'maker-session-title', attrs: { maxlength: '120', 'aria-describedby': 'maker-session-title-help' } });
  if (template) {
    titleNl.value = `${(template.title && template.title.nl) || template.id} (kopie)`;
    titleEn.value = template.title && template.title.en ? `${template.title.en} (copy)` : '';
    sessionTitle.value = template.sessionTitle || '';
  }
  const setupSlot = h('div', { class: 'lib-maker__setup', testid: 'maker-setup' });
  const formError = h('p', { class: 'form-error', attrs: { role: 'alert' } });
  const errorsSlot = h('div', { testid: 'maker-errors' });
  const save = h('button', { type: 'submit', class: 'btn btn--primary', testid: 'maker-save' });
  const labelSave = () => { save.textContent = busy.saving ? t('lib.edit.saving') : t('lib.maker.save'); };
  bind(save, () => (busy.saving ? t('lib.edit.saving') : t('lib.maker.save')));

  const field = (input, labelKey, helpKey) => h('div', { class: 'field' },
    bind(h('label', { class: 'field__label', htmlFor: input.id }), () => t(labelKey)),
    input,
    helpKey ? bind(h('p', { class: 'field__help', id: `${input.id}-help` }), () => t(helpKey)) : null);

  /** Builds the format's set-up panel, starting from `options` (choices made before) when given. */
  async function loadPanel(options) {
    const request = ++panelRequest;
    const format = formatSelect.value;
    panel = null;
    replace(setupSlot, h('p', { class: 'muted small', text: t('common.loading') }));
    try {
      const choice = chooser.choice();
      const setupPack = choice.kind === 'new' ? source.id : choice.id;
      const [plugin, setup] = await Promise.all([loadFormat(format), formatSetup(format, setupPack)]);
      if (request !== panelRequest) return;
      const made = plugin && typeof plugin.setupPanel === 'function'
        ? plugin.setupPanel(setup, { t, text, lang: lang(), options: options ? clone(options) : undefined })
        : null;
      if (made && made.node instanceof Node) {
        panel = made;
        replace(setupSlot, made.node);
      } else {
        replace(setupSlot, bind(h('p', { class: 'muted small' }), () => t('lib.maker.noSetup')));
      }
    } catch (e) {
      if (request !== panelRequest) return;
      console.error('format set-up failed', e);
      replace(setupSlot, bind(h('p', { class: 'form-error' }), () => t('lib.maker.setupFailed')));
    }
  }
  formatSelect.addEventListener('change', () => loadPanel(null));

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (busy.saving) return;
    formError.textContent = '';
    replace(errorsSlot);
    const missing = chooser.missing();
    if (missing) {
      formError.textContent = t('lib.edit.needName');
      missing.focus();
      return;
    }
    if (!titleNl.value.trim()) {
      formError.textContent = t('lib.maker.needTitle');
      titleNl.focus();
      return;
    }
    await whileSaving(app, busy, { save, formError, relabel: labelSave }, async () => {
      const choice = chooser.choice();
      const into = await startingPack(app, choice, source);
      const taken = (into.content.templates || []).map((x) => x.id);
      const tpl = {
        id: uniqueId(titleNl.value.trim(), taken, 'sjabloon'),
        title: titleNl.value.trim() && titleEn.value.trim()
          ? { nl: titleNl.value.trim(), en: titleEn.value.trim() } : { nl: titleNl.value.trim() },
        format: formatSelect.value,
      };
      if (sessionTitle.value.trim()) tpl.sessionTitle = sessionTitle.value.trim();
      tpl.options = panel ? panel.options() : clone((template && template.format === tpl.format && template.options) || {});
      const { response, id, version } = await saveInto(app, choice, source, (written) => {
        written.templates = [...(written.templates || []), tpl];
      });
      if (response.ok) {
        await app.refresh();
        app.show({ kind: 'pack', id, focus: `template-${tpl.id}`, notice: () => t('lib.maker.saved', { name: text(tpl.title), pack: text(response.body.title), version }) });
        return;
      }
      replace(errorsSlot, h('div', { class: 'lib-refused', attrs: { role: 'alert' } },
        h('p', { class: 'form-error', text: t('lib.edit.refused') }),
        problemList(problemsOf(response.body), { testid: 'maker-error' })));
    });
  });

  const heading = bind(h('h2', { class: 'card__title', testid: 'maker-heading' }), () => t(template ? 'lib.maker.headingCopy' : 'lib.maker.heading'));
  replace(form,
    heading,
    bind(h('p', { class: 'muted small' }), () => t('lib.maker.from', { pack: text(source.title) })),
    chooser.node,
    h('div', { class: 'field-row' }, field(formatSelect, 'lib.maker.format')),
    h('div', { class: 'field-row' }, field(titleNl, 'lib.maker.titleNl'), field(titleEn, 'lib.maker.titleEn', 'lib.maker.titleEnHelp')),
    field(sessionTitle, 'lib.maker.sessionTitle', 'lib.maker.sessionTitleHelp'),
    setupSlot,
    formError,
    errorsSlot,
    h('div', { class: 'lib-actions' }, save,
      bind(h('button', {
        type: 'button', class: 'btn btn--light', testid: 'maker-cancel',
        on: { click: () => app.show({ kind: 'pack', id: source.id, focus: 'templates' }) },
      }), () => t('lib.edit.cancel'))));
  await loadPanel(template ? template.options : null);

  return {
    node: form,
    // The plug-in's panel is built in one language: build it again, keeping the choices.
    relabel: () => loadPanel(panel ? panel.options() : template && template.options),
  };
}

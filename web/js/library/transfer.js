// A pack as one file: export (download) any pack; import a JSON or YAML pack file and say
// plainly what happened: added, updated, unchanged, a version conflict, or refused with errors.

import { h, replace } from '../dom.js';
import { t, tn, text } from '../i18n.js';
import { problemList } from './problems.js';
import { AccessDenied, exportPack, importPack, problemsOf } from './api.js';

const MAX_BYTES = 2 * 1024 * 1024;

export async function download(app, id) {
  try {
    const res = await exportPack(id);
    if (!res.ok) throw new Error(String(res.status));
    const blob = await res.blob();
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: `${id}.json`, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  } catch (e) {
    if (e instanceof AccessDenied) app.denied();
    else app.toast(t('lib.pack.exportFailed'));
  }
}

/** The import card; its last result survives a re-render (language switch, list refresh). */
let last = null; // () => Node

export function importCard(app) {
  const input = h('input', {
    id: 'import-file', type: 'file', class: 'lib-import__file', testid: 'import-file',
    attrs: { accept: '.json,.yaml,.yml,application/json,application/yaml,text/yaml' },
  });
  const result = h('div', { class: 'lib-import__result', testid: 'import-result', attrs: { 'aria-live': 'polite' } });
  if (last) replace(result, last());
  input.addEventListener('change', async () => {
    const file = input.files && input.files[0];
    if (!file) return;
    const show = (fn) => {
      last = fn;
      replace(result, fn());
    };
    if (file.size > MAX_BYTES) {
      show(() => h('p', { class: 'lib-result lib-result--bad', text: t('lib.import.tooLarge') }));
      input.value = '';
      return;
    }
    show(() => h('p', { class: 'muted small', text: t('lib.import.reading', { file: file.name }) }));
    try {
      const r = await importPack(file.name, await file.text());
      input.value = '';
      const body = r.body || {};
      if (r.status === 201 || r.status === 200) {
        const key = body.outcome === 'unchanged' ? 'lib.import.unchanged' : body.outcome === 'updated' ? 'lib.import.updated' : 'lib.import.created';
        const warnings = (body.warnings || []).length;
        await app.refresh();
        show(() => h('div', { class: `lib-result ${body.outcome === 'unchanged' ? 'lib-result--same' : 'lib-result--good'}`, data: { outcome: body.outcome } },
          h('p', { text: t(key, { pack: text(body.title), version: body.version }) }),
          warnings ? h('p', { class: 'small', text: tn('lib.import.warnings', warnings) }) : null,
          h('button', {
            type: 'button', class: 'btn btn--light btn--small', text: t('lib.import.open'),
            on: { click: () => app.show({ kind: 'pack', id: body.id }) },
          })));
        app.show({ kind: 'pack', id: body.id });
      } else if (r.status === 409) {
        const pack = sniff(file.name, body);
        show(() => h('div', { class: 'lib-result lib-result--bad', data: { outcome: 'conflict' } },
          h('p', { text: pack ? t('lib.import.conflict', pack) : t('lib.import.conflictPlain') })));
      } else if (r.status === 422) {
        const problems = problemsOf(body);
        show(() => h('div', { class: 'lib-result lib-result--bad', data: { outcome: 'invalid' } },
          h('p', { text: tn('lib.import.invalid', problems.length) }),
          problemList(problems, { testid: 'import-error', withFile: true })));
      } else if (r.status === 413) {
        show(() => h('p', { class: 'lib-result lib-result--bad', text: t('lib.import.tooLarge') }));
      } else {
        const reason = (body.error && body.error.message) || String(r.status);
        show(() => h('p', { class: 'lib-result lib-result--bad', text: t('lib.import.failed', { reason }) }));
      }
    } catch (e) {
      input.value = '';
      if (e instanceof AccessDenied) {
        app.denied();
        return;
      }
      show(() => h('p', { class: 'lib-result lib-result--bad', text: t('lib.import.failed', { reason: t('lib.err.network') }) }));
    }
  });
  return h('section', { class: 'card lib-import' },
    h('h2', { class: 'card__title', text: t('lib.import.heading') }),
    h('p', { class: 'small muted', text: t('lib.import.text') }),
    h('label', { class: 'btn btn--light lib-import__choose', htmlFor: 'import-file' }, t('lib.import.choose'), input),
    result);
}

/** The pack and version named in a 409 message ("pack 'x' version 1.0.0 is here already…"). */
function sniff(fileName, body) {
  const m = /pack '([^']+)' version (\S+)/.exec((body && body.error && body.error.message) || '');
  return m ? { pack: m[1], version: m[2] } : null;
}

// The console's "Exporteren" card, the same for every format: the full report as PDF, Markdown
// and JSON, the format's own CSV when it has one, and the print view. The files need the
// facilitator token, which a link cannot send: each is fetched with it and handed to the
// browser as a download.

import { h } from './dom.js';
import { t, lang } from './i18n.js';

/** Fetches one export of the session with the facilitator token and saves it; onFail() if that fails. */
export async function download(code, token, name, onFail) {
  try {
    const res = await fetch(`/api/sessions/${encodeURIComponent(code)}/export/${name}?lang=${lang()}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!res.ok) throw new Error(String(res.status));
    const blob = await res.blob();
    const m = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') || '');
    const a = h('a', { href: URL.createObjectURL(blob), download: m ? m[1] : name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  } catch {
    onFail();
  }
}

/** csv: the format's own CSV export (e.g. 'dilemma.csv'), or null. */
export function exportsCard({ code, token, csv, onError }) {
  const button = (name, key) => h('button', {
    type: 'button', class: 'btn', testid: `export-${name.replace('.', '-')}`, text: t(key),
    on: { click: () => download(code, token, name, () => onError(t('f.downloadFailed'))) },
  });
  return h('section', { class: 'card exports', testid: 'exports' },
    h('h2', { class: 'card__title', text: t('f.exports') }),
    h('p', { class: 'small muted', text: t('f.exportsHelp') }),
    h('div', { class: 'toolbar' },
      button('report.pdf', 'f.export.pdf'),
      csv ? button(csv, 'f.export.csv') : null,
      button('report.md', 'f.export.md'),
      button('report.json', 'f.export.json'),
      h('a', {
        class: 'btn btn--light', testid: 'export-print', target: '_blank', rel: 'noopener', text: t('f.print'),
        href: `/print/report.html?code=${encodeURIComponent(code)}&lang=${lang()}#${token}`,
      })));
}

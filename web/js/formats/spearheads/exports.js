// The console's export card: the action list and the report as files, and the print view.

import { h } from '../../dom.js';
import { load, keys } from '../../storage.js';
import { tr, toast } from './parts.js';

export async function download(state, ctx, name) {
  const code = state.session.code;
  const token = load(keys.facilitatorToken(code));
  try {
    const res = await fetch(`/api/sessions/${encodeURIComponent(code)}/export/${name}?lang=${ctx.lang}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!res.ok) throw new Error(String(res.status));
    const blob = await res.blob();
    const disposition = res.headers.get('content-disposition') || '';
    const m = /filename="([^"]+)"/.exec(disposition);
    const a = h('a', { href: URL.createObjectURL(blob), download: m ? m[1] : name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  } catch {
    toast(tr(ctx, 'downloadFailed'));
  }
}

export function exportsCard(state, ctx) {
  const code = state.session.code;
  const token = load(keys.facilitatorToken(code)) || '';
  const button = (name, key) => h('button', {
    type: 'button', class: 'btn', testid: `sp-export-${name.replace('.', '-')}`, text: tr(ctx, key),
    on: { click: () => download(state, ctx, name) },
  });
  return h('section', { class: 'card sp sp-exports' },
    h('h2', { class: 'card__title', text: tr(ctx, 'exports') }),
    h('p', { class: 'small muted', text: tr(ctx, 'exportsHelp') }),
    h('div', { class: 'toolbar' },
      button('actions.pdf', 'export.pdf'), button('actions.csv', 'export.csv'), button('actions.md', 'export.md'),
      button('actions.json', 'export.json'), button('report.md', 'export.report'),
      h('a', {
        class: 'btn btn--light', testid: 'sp-print', target: '_blank', rel: 'noopener', text: tr(ctx, 'print'),
        href: `/print/spearheads.html?code=${encodeURIComponent(code)}&lang=${ctx.lang}#${token}`,
      })));
}

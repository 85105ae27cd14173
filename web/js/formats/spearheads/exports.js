// The console's export card: the action list and the report as files, and the print view.

import { h } from '../../dom.js';
import { load, keys } from '../../storage.js';
import { download } from '../../exportsCard.js';
import { toast } from '../kit.js';
import { tr } from './parts.js';

export function exportsCard(state, ctx) {
  const code = state.session.code;
  const token = load(keys.facilitatorToken(code)) || '';
  const button = (name, key) => h('button', {
    type: 'button', class: 'btn', testid: `sp-export-${name.replace('.', '-')}`, text: tr(ctx, key),
    on: { click: () => download(code, token, name, () => toast(tr(ctx, 'downloadFailed'))) },
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

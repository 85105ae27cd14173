// What a print view reads from its link (/print/…?code=…&lang=…#<facilitator token>), and an
// export of the session fetched with that token (a link cannot send it as a header), and what
// every print view shows the same way.

import { h } from './dom.js';

const params = new URLSearchParams(location.search);
const code = (params.get('code') || '').toUpperCase();
export const lang = params.get('lang') === 'en' ? 'en' : 'nl';
const token = location.hash.replace(/^#/, '');
document.documentElement.lang = lang;

/** A print view's own words, written as {key: [Dutch, English]}, in the link's language. */
export function words(pairs) {
  return Object.fromEntries(Object.entries(pairs).map(([key, [nl, en]]) => [key, lang === 'en' ? en : nl]));
}

/** The bar above every print view, with its print button. */
export function printBar(label, testid) {
  return h('div', { class: 'report__bar' }, h('button', {
    type: 'button', class: 'report__print', testid, text: label, on: { click: () => window.print() },
  }));
}

/** The export `name` (e.g. report.json) in the link's language; throws when the server refuses. */
export async function fetchExport(name) {
  const res = await fetch(`/api/sessions/${encodeURIComponent(code)}/export/${name}?lang=${lang}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok) throw new Error(String(res.status));
  return res;
}

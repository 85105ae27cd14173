// The print view of any session's full report, opened by the console as
// /print/report.html?code=…&lang=…#<facilitator token> (the one print page, print.html, starts
// it). The server writes the report as XHTML (export report.html, every text escaped there);
// this page takes its body's elements, never its styles or scripts, and lays them out with print.css.

import { h } from './dom.js';
import { words, printBar, fetchExport } from './print-link.js';

const W = words({
  print: ['Afdrukken', 'Print'],
  failed: ['Het verslag kon niet worden geladen. Open deze pagina opnieuw vanuit het begeleidersscherm.',
    'The report could not be loaded. Open this page again from the facilitator console.'],
});

async function show() {
  const res = await fetchExport('report.html');
  const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
  for (const el of doc.querySelectorAll('script, style, link')) el.remove();
  document.title = `Samenspel — ${doc.title}`;
  const report = h('main', { class: 'report', testid: 'print-report' });
  report.append(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
  document.body.replaceChildren(
    printBar(W.print, 'print-now'),
    report);
}

show().catch(() => {
  document.body.replaceChildren(h('p', { class: 'report__failed', attrs: { role: 'alert' }, text: W.failed }));
});

// The print view of a spearhead session: the full report (team, thermometer averages, the
// check of an earlier list, the closing table, the action list and every column of every
// spearhead's flip-over with its dots), read from report.json with the facilitator token.
// Opened by the console as /print/spearheads.html?code=…&lang=…#<facilitator token> (the one
// print page, print.html, starts it; its styles are in print.css).

import { h } from '../../dom.js';
import { whenLabel } from './parts.js';
import { lang, words, printBar, fetchExport } from '../../print-link.js';

const W = words({
  report: ['Verslag', 'Report'], print: ['Afdrukken', 'Print'], session: ['sessie', 'session'],
  present: ['Aanwezig', 'Present'], team: ['Team', 'Team'],
  thermo: ['Thermometer', 'Thermometer'], factor: ['Factor', 'Factor'], average: ['Gemiddelde', 'Average'],
  spread: ['Spreiding', 'Spread'], count: ['Aantal', 'Count'], earlier: ['Vorige keer', 'Last time'],
  notShown: ['De uitslag is niet getoond.', 'The result was not shown.'],
  minimum: ['Een factor toont pas een gemiddelde als minstens {n} mensen hem een cijfer gaven.',
    'A factor shows an average once at least {n} people rated it.'],
  review: ['Terugblik op de vorige actielijst', 'Looking back at the previous action list'],
  closing: ['Slottabel', 'Closing table'], spearhead: ['Speerpunt', 'Spearhead'], stand: ['Stand van zaken', 'Where we stand'],
  actions: ['Acties', 'Actions'], actionList: ['Actielijst', 'Action list'],
  no: ['Nr', 'No.'], what: ['Actie', 'Action'], who: ['Wie', 'Who'], when: ['Wanneer', 'When'], first: ['Eerste stap', 'First step'],
  status: ['Status', 'Status'], dots: ['Stippen', 'Dots'], dot: ['stip', 'dot'], note: ['Toelichting', 'Note'],
  flipovers: ['Flip-overs per speerpunt', 'Flip-overs per spearhead'], questions: ['Vragen', 'Questions'], empty: ['—', '—'],
  failed: ['Het verslag kon niet worden geladen. Open deze pagina opnieuw vanuit het begeleidersscherm.',
    'The report could not be loaded. Open this page again from the facilitator console.'],
  'status.open': ['open', 'open'], 'status.in_progress': ['bezig', 'in progress'], 'status.done': ['gereed', 'done'],
  'review.null': ['nog niet besproken', 'not discussed yet'], 'review.done': ['gedaan', 'done'],
  'review.in_progress': ['bezig', 'in progress'], 'review.stopped': ['gestopt', 'stopped'],
  'review.carried_over': ['doorgeschoven', 'carried over'], carried: ['(doorgeschoven)', '(carried over)'], group: ['groep', 'group'],
});

const text = (v) => (v == null ? '' : typeof v === 'string' ? v : (lang === 'en' && v.en) || v.nl || '');
const dec = (v) => (typeof v === 'number' ? (lang === 'en' ? v.toFixed(1) : v.toFixed(1).replace('.', ',')) : '–');
const date = (ms) => new Date(ms).toLocaleDateString('nl-NL', { day: '2-digit', month: '2-digit', year: 'numeric' });
const table = (head, rows) => h('table', {}, h('thead', {}, h('tr', {}, head.map(([label, cls]) => h('th', { class: cls, text: label })))),
  h('tbody', {}, rows));

function render(report) {
  const s = report.session;
  const f = report.format;
  document.title = `${W.report} — ${s.title}`;
  const out = [
    h('h1', { testid: 'print-title', text: s.title }),
    h('p', { class: 'meta', text: `${W.report} · ${date(s.createdAt)} · ${W.session} ${s.code}` }),
    f.team ? h('p', { class: 'meta' }, h('strong', { text: `${W.team}: ` }), f.team) : null,
    h('p', { class: 'meta' }, h('strong', { text: `${W.present}: ` }), (f.present || []).join(', ')),
  ];
  const t = f.thermometer;
  if (t) {
    out.push(h('h2', { text: text(t.title) || W.thermo }));
    if (!t.revealed) out.push(h('p', { class: 'muted', text: W.notShown }));
    else {
      const earlier = t.factors.some((x) => x.earlier);
      out.push(table([[W.factor], [W.average, 'num'], [W.spread, 'num'], [W.count, 'num'], ...(earlier ? [[W.earlier, 'num']] : [])],
        t.factors.map((x) => h('tr', {}, h('td', { text: text(x.title) }), h('td', { class: 'num', text: dec(x.average) }),
          h('td', { class: 'num', text: dec(x.spread) }), h('td', { class: 'num', text: String(x.count) }),
          earlier ? h('td', { class: 'num', text: x.earlier ? dec(x.earlier.average) : '–' }) : null))));
      out.push(h('p', { class: 'muted', text: W.minimum.replace('{n}', t.minimum) }));
    }
  }
  if (f.review) {
    out.push(h('h2', { text: W.review }), h('p', { class: 'meta', text: `${f.review.earlier.title} · ${date(f.review.earlier.createdAt)}` }));
    out.push(table([[W.no, 'num'], [W.what], [W.who], [W.status], [W.note]], f.review.items.map((i) => h('tr', {},
      h('td', { class: 'num', text: String(i.number) }), h('td', { text: i.what }), h('td', { text: i.who || '' }),
      h('td', { text: W[`review.${i.status}`] + (i.carriedAs ? ` → ${i.carriedAs}` : '') }), h('td', { text: i.note || '' })))));
  }
  out.push(h('h2', { text: W.closing }));
  out.push(table([[W.spearhead], [W.stand], [W.actions]], f.closing.map((row) => h('tr', {},
    h('th', { text: text(row.title) }),
    h('td', {}, row.stand.length ? h('ul', {}, row.stand.map((x) => h('li', { text: x }))) : W.empty),
    h('td', {}, row.actions.length ? h('ol', {}, row.actions.map((n) => {
      const a = f.actions[n - 1];
      return h('li', { value: n, text: [a.what, [a.who, whenLabel(a.when)].filter(Boolean).join(', ')].filter(Boolean).join(' — ') });
    })) : W.empty)))));
  out.push(h('h2', { text: W.actionList }));
  out.push(table([[W.no, 'num'], [W.spearhead], [W.what], [W.who], [W.when], [W.first], [W.status], [W.dots, 'num']],
    f.actions.map((a) => h('tr', { testid: 'print-action' }, h('td', { class: 'num', text: String(a.number) }),
      h('td', { text: text(a.spearheadTitle) }), h('td', { text: a.carriedFrom ? `${a.what} ${W.carried}` : a.what }),
      h('td', { text: a.who || '' }), h('td', { text: whenLabel(a.when) }), h('td', { text: a.firstStep || '' }),
      h('td', { text: W[`status.${a.status}`] || a.status }), h('td', { class: 'num', text: String(a.votes) })))));
  out.push(h('h2', { text: W.flipovers }));
  for (const sp of f.spearheads) {
    out.push(h('h3', { text: text(sp.title) }));
    for (const id of sp.boards) {
      const board = report.boards.find((b) => b.id === id);
      if (!board) continue;
      if (sp.boards.length > 1) out.push(h('p', { class: 'meta', text: id }));
      out.push(h('div', { class: 'columns' }, board.columns.map((c) => h('section', { class: 'column' },
        h('h4', { text: text(c.title) }),
        c.notes.length ? h('ul', {}, c.notes.map((n) => h('li', {
          text: `${n.text}${n.votes ? ` (${n.votes} ${n.votes === 1 ? W.dot : W.dots.toLowerCase()})` : ''}${n.group ? ` — ${W.group}: ${n.group}` : ''}`,
        }))) : h('p', { class: 'muted', text: W.empty })))));
    }
  }
  document.body.replaceChildren(printBar(W.print, 'print'), h('main', { class: 'report' }, out.filter(Boolean)));
}

async function boot() {
  try {
    render(await (await fetchExport('report.json')).json());
  } catch {
    document.body.replaceChildren(h('p', { class: 'report__failed', testid: 'print-failed', attrs: { role: 'alert' }, text: W.failed }));
  }
}

boot();

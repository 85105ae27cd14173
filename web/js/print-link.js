// What a print view reads from its link (/print/…?code=…&lang=…#<facilitator token>), and an
// export of the session fetched with that token (a link cannot send it as a header).

const params = new URLSearchParams(location.search);
const code = (params.get('code') || '').toUpperCase();
export const lang = params.get('lang') === 'en' ? 'en' : 'nl';
const token = location.hash.replace(/^#/, '');
document.documentElement.lang = lang;

/** The export `name` (e.g. report.json) in the link's language; throws when the server refuses. */
export async function fetchExport(name) {
  const res = await fetch(`/api/sessions/${encodeURIComponent(code)}/export/${name}?lang=${lang}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok) throw new Error(String(res.status));
  return res;
}

// The library's calls to the server. Every /api/library call carries the organisation passcode
// (kept for this tab only, in sessionStorage) when the trainer has given one.

const PASSCODE_KEY = 'samenspel:passcode';
const HEADER = 'x-samenspel-passcode';

let memory = '';

export function passcode() {
  try {
    return sessionStorage.getItem(PASSCODE_KEY) || '';
  } catch {
    return memory;
  }
}

export function setPasscode(value) {
  memory = value || '';
  try {
    if (value) sessionStorage.setItem(PASSCODE_KEY, value);
    else sessionStorage.removeItem(PASSCODE_KEY);
  } catch {
    // private mode: the passcode lives in memory until the page closes
  }
}

/** Thrown when the server refuses editor access (403): the page asks for the passcode again. */
export class AccessDenied extends Error {}

/**
 * fetch with the passcode header; resolves {status, ok, body} (body parsed as JSON when it is).
 * Rejects with AccessDenied on 403, with a TypeError when the network is gone.
 */
export async function call(path, { method = 'GET', body, contentType, raw = false } = {}) {
  const headers = {};
  const code = passcode();
  if (code) headers[HEADER] = code;
  if (body !== undefined) headers['content-type'] = contentType || 'application/json';
  const res = await fetch(path, { method, headers, body, cache: 'no-store' });
  if (res.status === 403 && path.startsWith('/api/library/') && !path.startsWith('/api/library/access')) {
    throw new AccessDenied(String(res.status));
  }
  if (raw) return res;
  const text = await res.text();
  let parsed = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  return { status: res.status, ok: res.ok, body: parsed };
}

/** {editable, passcodeRequired} for this browser with the passcode it has (if any). */
export async function access() {
  const r = await call('/api/library/access');
  if (!r.ok || !r.body) throw new Error(`access ${r.status}`);
  return r.body;
}

export const library = () => call('/api/library');
export const pack = (id) => call(`/api/library/packs/${encodeURIComponent(id)}`);
export const savePack = (id, json) => call(`/api/library/packs/${encodeURIComponent(id)}`, {
  method: 'PUT', body: `${JSON.stringify(json, null, 2)}\n`,
});
export const removePack = (id) => call(`/api/library/packs/${encodeURIComponent(id)}`, { method: 'DELETE' });
export const importPack = (fileName, text) => call(`/api/library/packs?file=${encodeURIComponent(fileName)}`, {
  method: 'POST', body: text, contentType: /\.ya?ml$/i.test(fileName) ? 'application/yaml' : 'application/json',
});
export const exportPack = (id) => call(`/api/library/packs/${encodeURIComponent(id)}/export`, { raw: true });

export async function catalogue() {
  const res = await fetch('/api/catalogue', { cache: 'no-store' });
  if (!res.ok) throw new Error(`catalogue ${res.status}`);
  return res.json();
}

export async function formatSetup(format, packId) {
  const res = await fetch(`/api/formats/${encodeURIComponent(format)}/setup?pack=${encodeURIComponent(packId)}`, { cache: 'no-store' });
  if (!res.ok) throw new Error(`setup ${res.status}`);
  return res.json();
}

/** The server's problems as a list: a 422's error.errors, or the single error otherwise. */
export function problemsOf(body) {
  const err = body && body.error;
  if (!err) return [];
  if (Array.isArray(err.errors) && err.errors.length) return err.errors;
  return [{ file: null, item: null, field: err.field || null, message: err.message || err.code, text: err.message || err.code }];
}

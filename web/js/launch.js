// Starting a session from this device: the start page and the content library both create
// sessions, and both keep the tokens the same way so the console and the projector find them.

import { load, save, keys } from './storage.js';

/** A link on this origin: the tokens live in this origin's storage, whatever publicUrl says. */
export function sameOrigin(url) {
  try {
    const u = new URL(url, location.href);
    return u.origin === location.origin ? u.href : `${location.origin}${u.pathname}${u.search}${u.hash}`;
  } catch {
    return url;
  }
}

/** Keeps the answer of POST /api/sessions (plus the title shown) on this device. */
export function remember(c) {
  // The projector token is not in any snapshot: this device keeps it for the console's link.
  save(keys.projectorToken(c.code), c.projectorToken);
  save(keys.facilitatorToken(c.code), c.facilitatorToken);
  const recent = (load(keys.recent(), []) || []).filter((r) => r.code !== c.code);
  recent.unshift({ code: c.code, title: c.title, at: Date.now() });
  save(keys.recent(), recent.slice(0, 8));
}

/**
 * POST /api/sessions with body; on success remembers the session (under `title`) and resolves
 * the answer. Rejects with an Error carrying the server's {code, field} when refused.
 */
export async function createSession(body, title) {
  const res = await fetch('/api/sessions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = await res.json().catch(() => ({}));
  if (!res.ok) {
    const err = answer.error || {};
    const e = new Error(err.message || `status ${res.status}`);
    e.code = err.code || 'internal_error';
    e.field = err.field;
    throw e;
  }
  const created = { ...answer, title };
  remember(created);
  return created;
}

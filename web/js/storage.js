// localStorage with a namespace, JSON values, and no exceptions: private browsing modes and
// full quotas throw, and a workshop must go on even when nothing can be remembered.

const PREFIX = 'samenspel:';
const memory = new Map();

function backend() {
  try {
    const probe = PREFIX + 'probe';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    return null;
  }
}

const store = backend();

export function load(key, fallback = null) {
  try {
    const raw = store ? store.getItem(PREFIX + key) : memory.get(key);
    return raw == null ? fallback : JSON.parse(raw);
  } catch {
    return fallback;
  }
}

export function save(key, value) {
  const raw = JSON.stringify(value);
  try {
    if (store) store.setItem(PREFIX + key, raw);
    else memory.set(key, raw);
  } catch {
    memory.set(key, raw);
  }
}

export function remove(key) {
  try {
    if (store) store.removeItem(PREFIX + key);
  } catch {
    // nothing to do: the value simply stays
  }
  memory.delete(key);
}

// Keys in one place, so that every page agrees on them.
export const keys = {
  lang: () => 'lang',
  participant: (code) => `participant:${code}`,
  outbox: (code, principal) => `outbox:${code}:${principal}`,
  projectorToken: (code) => `projector:${code}`,
  facilitatorToken: (code) => `facilitator:${code}`,
  recent: () => 'recent',
  draft: (code, board) => `draft:${code}:${board}`,
};

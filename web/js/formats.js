// Loads a format plug-in (see formats/open/index.js for the interface): /js/formats/<id>/index.js,
// found by its id alone, so a new format is one folder and no list here. A format without a
// client module is fine: the shared building blocks still work.

import { register } from './i18n.js';

const cache = new Map();

export function loadFormat(id) {
  if (typeof id !== 'string' || !/^[a-z][a-z0-9-]{0,39}$/.test(id)) return Promise.resolve(null);
  if (!cache.has(id)) {
    cache.set(id, import(`/js/formats/${id}/index.js`)
      .then((module) => {
        const format = module && module.default;
        if (!format || typeof format !== 'object') return null;
        register(id, format.strings);
        return format;
      })
      .catch(() => null));
  }
  return cache.get(id);
}

/** Calls a panel function defensively: a broken plug-in must not take the whole view down. */
export function panel(format, name, state, ctx) {
  if (!format || typeof format[name] !== 'function') return null;
  try {
    const node = format[name](state, ctx);
    return node instanceof Node ? node : null;
  } catch (e) {
    console.error(`format panel ${name} failed`, e);
    return null;
  }
}

/**
 * What of the shared building blocks a format plays with (see formats/open/index.js, uses): tables,
 * and role envelopes. The views show only those controls: no "deal roles" in a game without
 * roles, no "tables are coming" on a phone in a session without tables.
 */
export function uses(format, state) {
  const base = { tables: true, roles: !!(state && state.roleSet && (state.roleSet.roles || []).length) };
  if (!format || typeof format.uses !== 'function') return base;
  try {
    return { ...base, ...format.uses(state) };
  } catch (e) {
    console.error('format uses failed', e);
    return base;
  }
}

/**
 * The flip-over a format wants in view now (see formats/open/index.js, focusBoard): a board id, null
 * for the view's own choice, or false for "no flip-over now" (the projector then shows none).
 */
export function focusBoard(format, state, view, ctx) {
  if (!format || typeof format.focusBoard !== 'function') return null;
  try {
    const focus = format.focusBoard(state, view, ctx);
    return focus === false || typeof focus === 'string' ? focus : null;
  } catch (e) {
    console.error('format focusBoard failed', e);
    return null;
  }
}

// Pack data helpers for the library page: the {nl, en} texts inside an item, where the server
// will say a problem is (item id + field), ids made from names, and version numbers.

/** A content text: an object with a Dutch string and at most an English one besides. */
export function isText(node) {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return false;
  const keys = Object.keys(node);
  return typeof node.nl === 'string' && keys.every((k) => k === 'nl' || k === 'en');
}

/**
 * Every text inside node, in document order: [{path, value}] where path is a list of keys and
 * array indexes from node. `skip` names top-level keys to leave out (e.g. a role set's roles).
 */
export function textPaths(node, { skip = [] } = {}) {
  const out = [];
  const walk = (value, path) => {
    if (isText(value)) {
      out.push({ path, value });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, i]));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (path.length === 0 && skip.includes(k)) continue;
        walk(v, [...path, k]);
      }
    }
  };
  walk(node, []);
  return out;
}

export function getPath(node, path) {
  return path.reduce((v, k) => (v == null ? undefined : v[k]), node);
}

export function setPath(node, path, value) {
  let at = node;
  for (const k of path.slice(0, -1)) at = at[k];
  at[path[path.length - 1]] = value;
}

/** As the server writes fields: brief.nl, prompts[0].nl. */
export function fieldName(path) {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : (out ? `.${k}` : k);
  return out;
}

/**
 * Where the server places a problem at `path` inside `root`: the id of the innermost object with
 * an id on the way (root's own id to start with) and the field from there on.
 */
export function locate(root, path) {
  let item = root && typeof root.id === 'string' ? root.id : null;
  let start = 0;
  let node = root;
  path.forEach((k, i) => {
    node = node == null ? undefined : node[k];
    if (typeof k === 'number' && node && typeof node.id === 'string') {
      item = node.id;
      start = i + 1;
    }
  });
  return { item, field: fieldName(path.slice(start)) };
}

/** Does a server error {item, field} concern the text at `path` inside `root`? */
export function errorConcerns(error, root, path) {
  const here = locate(root, path);
  if (!error || error.item !== here.item || typeof error.field !== 'string') return false;
  return error.field === here.field || error.field.startsWith(`${here.field}.`)
    || (error.field !== '' && here.field.startsWith(`${error.field}.`));
}

/** An id the schema accepts (^[a-z0-9][a-z0-9._-]{0,79}$), made from a name. */
export function slug(name, fallback = 'eigen') {
  const s = String(name || '')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || fallback;
}

/** slug(name), with -2, -3… added when the id is taken. */
export function uniqueId(name, taken, fallback) {
  const base = slug(name, fallback);
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** 1.2.3 → 1.2.4; anything else starts again at 1.0.0. */
export function nextPatch(version) {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(String(version || ''));
  return m ? `${m[1]}.${m[2]}.${Number(m[3]) + 1}` : '1.0.0';
}

export function clone(value) {
  return value == null ? value : JSON.parse(JSON.stringify(value));
}

/** The sections of a pack that hold items (arrays of objects with an id), templates aside. */
export function itemSections(content) {
  return Object.entries(content || {})
    .filter(([key, value]) => key !== 'templates' && Array.isArray(value) && value.length
      && value.every((it) => it && typeof it === 'object' && typeof it.id === 'string'))
    .map(([key]) => key);
}

/** Puts item into pack[section], replacing the one with its id or adding it at the end. */
export function putItem(pack, section, item) {
  const list = Array.isArray(pack[section]) ? pack[section] : [];
  const at = list.findIndex((it) => it && it.id === item.id);
  if (at >= 0) list[at] = item;
  else list.push(item);
  pack[section] = list;
}

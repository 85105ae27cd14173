// The one websocket to /live: join or attach, reconnect by itself, keep the clock offset, and
// an outbox of unacknowledged commands that survives drops and reloads. The server
// deduplicates by message id, so a command is always re-sent with the id it first had.

import { load, save, remove, keys } from './storage.js';
import { errorText } from './i18n.js';

const PING_EVERY_MS = 15000;
const PONG_TIMEOUT_MS = 8000;
const HELLO_TIMEOUT_MS = 12000;
const BACKOFF_BASE_MS = 500;
const BACKOFF_MAX_MS = 15000;
const OUTBOX_MAX_AGE_MS = 12 * 3600 * 1000;
const SETTLE_MS = 4000;
const CLOCK_SAMPLES = 5;
// Codes after which "nothing changed, retry" holds: the same command may simply go again.
const TRANSIENT = new Set(['rate_limited', 'storage_unavailable', 'internal_error']);
const MAX_RETRIES = 4;

/** n random bytes as base64url (no padding): 24 bytes give a 32-character token. */
export function randomToken(bytes = 24) {
  const buf = new Uint8Array(bytes);
  crypto.getRandomValues(buf);
  let bin = '';
  for (const b of buf) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A rejected command: message is already translated; code and field come from the server. */
export class CommandError extends Error {
  constructor(code, field, type, serverMessage) {
    super(errorText(code, { field, type }));
    this.name = 'CommandError';
    this.code = code;
    this.field = field;
    this.type = type;
    this.serverMessage = serverMessage;
  }
}

export class Live {
  /**
   * principal: 'participant' | 'facilitator' | 'projector' (names the outbox).
   * credentials: {kind: 'join', name, token} | {kind: 'attach', token} | null (wait for setCredentials).
   */
  constructor({ code, principal, credentials }) {
    this.code = code;
    this.principal = principal;
    this.credentials = credentials || null;
    this.status = 'connecting'; // connecting | online | offline
    this.ws = null;
    this.welcomed = false;
    this.halted = false;
    this.attempts = 0;
    this.everOnline = false;
    this.lastSeq = 0;
    this.offset = 0;
    this.samples = [];
    this.listeners = new Map();
    this.waiters = new Map();
    this.settling = [];
    this.retries = new Map();
    this.prefix = randomToken(6);
    this.counter = 0;
    this.outboxKey = keys.outbox(code, principal);
    this.outbox = (load(this.outboxKey, []) || []).filter((e) => e && e.id && Date.now() - (e.at || 0) < OUTBOX_MAX_AGE_MS);
    this.timers = {};
    this.helloId = null;

    this.onOnline = () => this.wake();
    this.onVisible = () => {
      if (document.visibilityState === 'visible') this.wake();
    };
    window.addEventListener('online', this.onOnline);
    document.addEventListener('visibilitychange', this.onVisible);
  }

  on(name, fn) {
    if (!this.listeners.has(name)) this.listeners.set(name, new Set());
    this.listeners.get(name).add(fn);
    return () => this.listeners.get(name).delete(fn);
  }

  emit(name, ...args) {
    for (const fn of this.listeners.get(name) || []) {
      try {
        fn(...args);
      } catch (e) {
        console.error(e);
      }
    }
  }

  /** Server time now, as well as we know it. */
  now() {
    return Date.now() + this.offset;
  }

  start() {
    this.halted = false;
    if (this.credentials) this.connect();
    return this;
  }

  /** For a participant who just filled in the join form (or must join again). */
  setCredentials(credentials) {
    this.credentials = credentials;
    this.halted = false;
    this.attempts = 0;
    if (this.ws) this.drop('new credentials', true);
    else this.connect();
  }

  /** Stops for good (a removed participant, a bad link). */
  halt() {
    this.halted = true;
    clearTimeout(this.timers.reconnect);
    if (this.ws) this.drop('halted', false);
    this.setStatus('offline');
  }

  /** Reconnect at once when the network or the screen comes back; probe an open socket. */
  wake() {
    if (this.halted || !this.credentials) return;
    if (this.ws && this.welcomed) {
      this.ping();
      return;
    }
    if (!this.ws) {
      clearTimeout(this.timers.reconnect);
      this.attempts = 0;
      this.connect();
    }
  }

  // --- commands -----------------------------------------------------------------------

  /** Sends a command; resolves with {seq} on ack, rejects with a CommandError. Queued while offline. */
  send(type, fields = {}) {
    const entry = { id: `${this.prefix}.${++this.counter}`, type, fields, at: Date.now() };
    this.outbox.push(entry);
    this.persistOutbox();
    const promise = new Promise((resolve, reject) => this.waiters.set(entry.id, { resolve, reject }));
    if (this.welcomed) this.transmit(entry);
    this.emit('outbox');
    return promise;
  }

  /** Commands not yet acknowledged, plus acknowledged ones whose event has not arrived yet. */
  pending() {
    return [...this.outbox, ...this.settling.map((s) => s.entry)];
  }

  /** Forgets every queued command (they belonged to an identity that is gone). */
  clearOutbox() {
    for (const e of this.outbox) this.waiters.get(e.id)?.reject(new CommandError('bad_token', null, e.type));
    this.waiters.clear();
    this.outbox = [];
    this.settling = [];
    remove(this.outboxKey);
    this.emit('outbox');
  }

  persistOutbox() {
    if (this.outbox.length) save(this.outboxKey, this.outbox);
    else remove(this.outboxKey);
  }

  transmit(entry) {
    this.write({ type: entry.type, id: entry.id, ...entry.fields });
  }

  // --- the socket ---------------------------------------------------------------------

  url() {
    const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
    return `${proto}//${location.host}/live`;
  }

  connect() {
    if (this.halted || this.ws || !this.credentials) return;
    clearTimeout(this.timers.reconnect);
    this.setStatus(this.everOnline ? 'offline' : 'connecting');
    let ws;
    try {
      ws = new WebSocket(this.url());
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.ws = ws;
    this.welcomed = false;
    ws.onopen = () => this.hello();
    ws.onmessage = (e) => this.receive(e.data);
    ws.onclose = () => this.drop('closed', true);
    ws.onerror = () => {
      // a close event always follows; reconnecting is handled there
    };
  }

  hello() {
    const c = this.credentials;
    this.helloId = `${this.prefix}.h${++this.counter}`;
    this.helloAt = Date.now();
    if (c.kind === 'join') {
      this.write({ type: 'join', id: this.helloId, code: this.code, name: c.name, token: c.token });
    } else {
      this.write({ type: 'attach', id: this.helloId, code: this.code, token: c.token, lastSeq: this.lastSeq });
    }
    clearTimeout(this.timers.hello);
    this.timers.hello = setTimeout(() => this.drop('no welcome', true), HELLO_TIMEOUT_MS);
  }

  write(message) {
    if (this.ws && this.ws.readyState === WebSocket.OPEN) {
      try {
        this.ws.send(JSON.stringify(message));
      } catch {
        this.drop('send failed', true);
      }
    }
  }

  /** Leaves the current socket for dead (at once, without waiting for a closing handshake). */
  drop(reason, reconnect) {
    const ws = this.ws;
    this.ws = null;
    this.welcomed = false;
    clearTimeout(this.timers.hello);
    clearTimeout(this.timers.pong);
    clearInterval(this.timers.ping);
    if (ws) {
      ws.onopen = ws.onmessage = ws.onclose = ws.onerror = null;
      try {
        ws.close();
      } catch {
        // already closed
      }
    }
    if (reconnect && !this.halted) {
      this.setStatus(this.everOnline ? 'offline' : 'connecting');
      this.scheduleReconnect();
    }
  }

  scheduleReconnect() {
    clearTimeout(this.timers.reconnect);
    const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** this.attempts);
    const delay = ceiling * (0.5 + Math.random() * 0.5);
    this.attempts++;
    this.timers.reconnect = setTimeout(() => this.connect(), delay);
  }

  setStatus(status) {
    if (this.status === status) return;
    this.status = status;
    this.emit('status', status);
  }

  // --- frames from the server ---------------------------------------------------------

  receive(raw) {
    let msg;
    try {
      msg = JSON.parse(raw);
    } catch {
      return;
    }
    switch (msg.type) {
      case 'welcome':
        this.onWelcome(msg);
        break;
      case 'event':
        if (typeof msg.seq === 'number' && msg.seq > this.lastSeq) this.lastSeq = msg.seq;
        this.emit('event', msg.event, msg.data || {}, msg.seq);
        this.settle();
        break;
      case 'ack':
        this.onAck(msg);
        break;
      case 'error':
        this.onError(msg);
        break;
      case 'pong':
        this.onPong(msg);
        break;
      default:
        break;
    }
  }

  onWelcome(msg) {
    const answer = msg.id != null;
    clearTimeout(this.timers.hello);
    if (answer && typeof msg.serverTime === 'number' && this.helloAt) {
      this.sample(this.helloAt, Date.now(), msg.serverTime);
    }
    if (msg.token && this.credentials) {
      // After a join the token is what brings this person back.
      this.credentials = { kind: 'attach', token: msg.token };
      this.emit('token', msg.token);
    } else if (this.credentials && this.credentials.kind === 'join') {
      this.credentials = { kind: 'attach', token: this.credentials.token };
      this.emit('token', this.credentials.token);
    }
    if (msg.snapshot) this.lastSeq = msg.seq || 0;
    this.welcomed = true;
    this.everOnline = true;
    this.attempts = 0;
    this.setStatus('online');
    this.emit('welcome', msg);
    // Re-send whatever has no ack yet, with its original id: the server answers a duplicate
    // with the original ack. A resync (welcome without id) may have swallowed acks too.
    for (const entry of this.outbox) this.transmit(entry);
    this.startPings();
  }

  onAck(msg) {
    const i = this.outbox.findIndex((e) => e.id === msg.id);
    if (i < 0) return;
    const [entry] = this.outbox.splice(i, 1);
    this.persistOutbox();
    this.retries.delete(entry.id);
    const waiter = this.waiters.get(entry.id);
    this.waiters.delete(entry.id);
    if (typeof msg.seq === 'number' && msg.seq > this.lastSeq) {
      this.settling.push({ entry, seq: msg.seq, until: Date.now() + SETTLE_MS });
      clearTimeout(this.timers.settle);
      this.timers.settle = setTimeout(() => this.settle(), SETTLE_MS + 50);
    }
    waiter?.resolve({ seq: msg.seq });
    this.emit('ack', entry, msg.seq);
    this.emit('outbox');
  }

  /** Drops acknowledged entries whose events have arrived (or that waited long enough). */
  settle() {
    if (!this.settling.length) return;
    const now = Date.now();
    const before = this.settling.length;
    this.settling = this.settling.filter((s) => s.seq > this.lastSeq && s.until > now);
    if (this.settling.length !== before) this.emit('outbox');
  }

  onError(msg) {
    if (msg.id && msg.id === this.helloId) {
      this.onHelloRejected(msg);
      return;
    }
    const entry = msg.id ? this.outbox.find((e) => e.id === msg.id) : null;
    if (!entry) {
      if (msg.code === 'not_attached') this.drop('not attached', true);
      else this.emit('error', new CommandError(msg.code, msg.field, null, msg.message));
      return;
    }
    if (msg.code === 'not_attached') {
      // The server lost track of us (a restart); attach again and the outbox goes again.
      this.drop('not attached', true);
      return;
    }
    const tries = this.retries.get(entry.id) || 0;
    if (TRANSIENT.has(msg.code) && tries < MAX_RETRIES) {
      this.retries.set(entry.id, tries + 1);
      setTimeout(() => {
        if (this.welcomed && this.outbox.includes(entry)) this.transmit(entry);
      }, 1000 * 2 ** tries + Math.random() * 500);
      return;
    }
    this.outbox = this.outbox.filter((e) => e !== entry);
    this.persistOutbox();
    this.retries.delete(entry.id);
    const error = new CommandError(msg.code, msg.field, entry.type, msg.message);
    error.entry = entry;
    const waiter = this.waiters.get(entry.id);
    this.waiters.delete(entry.id);
    if (waiter) waiter.reject(error);
    else this.emit('error', error); // a command from before a reload: nobody waits, so say it here
    this.emit('outbox');
  }

  onHelloRejected(msg) {
    clearTimeout(this.timers.hello);
    if (TRANSIENT.has(msg.code)) {
      this.drop('hello retry', true);
      return;
    }
    this.halt();
    this.emit('rejected', { code: msg.code, field: msg.field, message: errorText(msg.code, { field: msg.field }) });
  }

  // --- clock ----------------------------------------------------------------------------

  startPings() {
    clearInterval(this.timers.ping);
    // A few quick pings first: the best of them makes the countdown match the server's clock.
    setTimeout(() => this.ping(), 300);
    setTimeout(() => this.ping(), 1500);
    this.timers.ping = setInterval(() => this.ping(), PING_EVERY_MS);
  }

  ping() {
    if (!this.ws || this.ws.readyState !== WebSocket.OPEN) return;
    this.write({ type: 'ping', t: Date.now() });
    if (!this.timers.pong) {
      // No pong in time: the socket is dead even if the browser has not noticed (a phone that slept).
      this.timers.pong = setTimeout(() => {
        this.timers.pong = null;
        this.drop('no pong', true);
      }, PONG_TIMEOUT_MS);
    }
  }

  onPong(msg) {
    clearTimeout(this.timers.pong);
    this.timers.pong = null;
    if (typeof msg.t === 'number' && typeof msg.server === 'number') this.sample(msg.t, Date.now(), msg.server);
  }

  /** offset = server − (t + now) / 2; keep the estimate with the shortest round trip of the last few. */
  sample(sentAt, now, server) {
    const rtt = now - sentAt;
    if (rtt < 0) return;
    this.samples.push({ rtt, offset: server - (sentAt + now) / 2 });
    if (this.samples.length > CLOCK_SAMPLES) this.samples.shift();
    const best = this.samples.reduce((a, b) => (b.rtt < a.rtt ? b : a));
    this.offset = best.offset;
    this.emit('clock', this.offset);
  }
}

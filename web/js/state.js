// The client's state: the last snapshot with every later event applied. Events carry the new
// value of what changed, so each handler replaces rather than computes. Views subscribe and
// re-render; one-off happenings (a step that ended, being removed) go out as signals.

import { loadFormat } from './formats.js';

export class Store {
  constructor() {
    this.state = null;
    this.you = null;
    this.format = null;
    this.formatId = null;
    this.formatLoading = null;
    this.queued = [];
    this.listeners = new Set();
    this.signalListeners = new Set();
  }

  subscribe(fn) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  onSignal(fn) {
    this.signalListeners.add(fn);
    return () => this.signalListeners.delete(fn);
  }

  notify(change) {
    for (const fn of this.listeners) {
      try {
        fn(this.state, change);
      } catch (e) {
        console.error(e);
      }
    }
  }

  signal(name, detail) {
    for (const fn of this.signalListeners) {
      try {
        fn(name, detail);
      } catch (e) {
        console.error(e);
      }
    }
  }

  /** A welcome: who we are, and (unless resumed) the whole state. */
  welcome(msg) {
    if (msg.you) this.you = msg.you;
    if (msg.snapshot) this.replace(msg.snapshot);
    else this.notify('welcome');
  }

  replace(snapshot) {
    this.state = normalise(snapshot);
    this.ensureFormat(this.state.session && this.state.session.format);
    this.notify('snapshot');
  }

  ensureFormat(id) {
    if (!id || id === this.formatId) return;
    this.formatId = id;
    this.format = null;
    const loading = loadFormat(id).then((format) => {
      if (this.formatId !== id) return;
      this.format = format;
      this.formatLoading = null;
      const queued = this.queued;
      this.queued = [];
      for (const [event, data] of queued) this.reduceFormat(event, data);
      this.notify('format');
    });
    this.formatLoading = loading;
  }

  reduceFormat(event, data) {
    if (!this.format || typeof this.format.reduce !== 'function') return false;
    try {
      return this.format.reduce(this.state, event, data) === true;
    } catch (e) {
      console.error(`format reduce ${event} failed`, e);
      return false;
    }
  }

  /** One event frame. */
  apply(event, data) {
    if (event === 'snapshot') {
      this.replace(data);
      return;
    }
    const s = this.state;
    if (!s) return;
    if (this.formatId && event.startsWith(`${this.formatId}.`)) {
      if (this.formatLoading) this.queued.push([event, data]);
      else if (this.reduceFormat(event, data)) this.notify(event);
      return;
    }
    const handler = HANDLERS[event];
    if (!handler) return;
    const extra = handler(s, data, this);
    this.notify(event);
    if (extra) this.signal(extra.signal, extra.detail);
  }
}

const HANDLERS = {
  'participant.upserted'(s, { participant }) {
    if (!participant) return;
    const i = s.participants.findIndex((p) => p.id === participant.id);
    if (i >= 0) s.participants[i] = { ...s.participants[i], ...participant };
    else s.participants.push(participant);
  },

  'participant.removed'(s, { participant }, store) {
    s.participants = s.participants.filter((p) => p.id !== participant);
    for (const t of s.tables) t.seats = t.seats.filter((id) => id !== participant);
    if (store.you && store.you.participant === participant) return { signal: 'removed' };
    return null;
  },

  'tables.changed'(s, { tables }) {
    s.tables = tables || [];
    seatFromTables(s);
  },

  'envelope.changed'(s, { table, envelope }) {
    if (table) s.envelopes[table] = envelope;
  },

  'role.assigned'(s, { role }) {
    s.role = role || null;
  },

  'step.changed'(s, { agenda }) {
    if (agenda) s.agenda = agenda;
  },

  'timer.changed'(s, { timer }) {
    const before = s.timer;
    s.timer = timer;
    if (timer && timer.status === 'ended' && (!before || before.status !== 'ended')) {
      return { signal: 'timer.ended', detail: { step: timer.step } };
    }
    return null;
  },

  'board.upserted'(s, { board }) {
    if (!board) return;
    sortNotes(board);
    const i = s.boards.findIndex((b) => b.id === board.id);
    if (i >= 0) s.boards[i] = board;
    else s.boards.push(board);
  },

  'note.upserted'(s, { board, note }) {
    const b = s.boards.find((x) => x.id === board);
    if (!b || !note) return;
    const i = b.notes.findIndex((n) => n.id === note.id);
    if (i >= 0) {
      // The shared frame has no `mine`: keep the viewer's own count.
      const mine = b.notes[i].mine;
      b.notes[i] = { ...note, mine: note.mine ?? mine };
    } else {
      b.notes.push({ ...note, mine: note.mine ?? (b.dotsUsed != null ? 0 : undefined) });
    }
    sortNotes(b);
  },

  'note.removed'(s, { board, note }) {
    const b = s.boards.find((x) => x.id === board);
    if (!b) return;
    const gone = b.notes.find((n) => n.id === note);
    b.notes = b.notes.filter((n) => n.id !== note);
    if (gone && gone.mine && b.dotsUsed != null) b.dotsUsed = Math.max(0, b.dotsUsed - gone.mine);
    if (gone && gone.group && !b.notes.some((n) => n.group === gone.group)) {
      b.groups = (b.groups || []).filter((g) => g.id !== gone.group);
    }
  },

  'votes.changed'(s, { board, note, votes, mine, dotsUsed }) {
    const b = s.boards.find((x) => x.id === board);
    if (!b) return;
    const n = b.notes.find((x) => x.id === note);
    if (n) {
      n.votes = votes;
      if (mine !== undefined) n.mine = mine;
    }
    if (dotsUsed !== undefined) b.dotsUsed = dotsUsed;
  },

  'spotlight.changed'(s, { board }) {
    s.spotlight = board ?? null;
  },

  'session.changed'(s, { session }) {
    if (session) s.session = session;
  },
};

function normalise(snapshot) {
  const s = structuredClone(snapshot || {});
  s.session = s.session || {};
  s.participants = s.participants || [];
  s.tables = s.tables || [];
  s.envelopes = s.envelopes || {};
  s.role = s.role || null;
  s.agenda = s.agenda || { current: -1, steps: [] };
  s.timer = s.timer || { status: 'idle', remainingMs: 0, durationMs: 0 };
  s.boards = s.boards || [];
  s.spotlight = s.spotlight ?? null;
  for (const b of s.boards) sortNotes(b);
  seatFromTables(s);
  return s;
}

/** The tables are the truth about who sits where (staff get no per-person update after a re-arrange). */
function seatFromTables(s) {
  const seatOf = new Map();
  for (const t of s.tables) for (const p of t.seats || []) seatOf.set(p, t.id);
  for (const p of s.participants) p.table = seatOf.get(p.id) ?? (s.tables.length ? null : p.table ?? null);
}

function sortNotes(board) {
  board.notes = board.notes || [];
  board.groups = board.groups || [];
  board.notes.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
}

// --- selectors --------------------------------------------------------------------------

export function participant(s, id) {
  return s.participants.find((p) => p.id === id) || null;
}

export function labelOf(s, id) {
  const p = participant(s, id);
  return p ? p.label : '?';
}

export function table(s, id) {
  return s.tables.find((t) => t.id === id) || null;
}

export function tableOf(s, participantId) {
  return s.tables.find((t) => (t.seats || []).includes(participantId)) || null;
}

export function board(s, id) {
  return s.boards.find((b) => b.id === id) || null;
}

export function isPlenary(boardId) {
  return boardId === 'plenary' || boardId.startsWith('plenary/');
}

/** table/<id> and table/<id>/<topic> → <id>. */
export function boardTable(boardId) {
  const m = /^table\/([^/]+)/.exec(boardId);
  return m ? m[1] : null;
}

export function roleById(s, roleId) {
  return (s.roleSet && s.roleSet.roles || []).find((r) => r.id === roleId) || null;
}

export function currentStep(s) {
  const steps = s.agenda.steps || [];
  return steps[s.agenda.current] || null;
}

/** The step that is current, or before the first "go to" the one that comes first. */
export function upcomingStep(s) {
  return currentStep(s) || (s.agenda.current < 0 ? (s.agenda.steps || [])[0] || null : null);
}

/**
 * The timer to show. Before any step is chosen the server's timer is an empty idle one
 * (00:00); showing the first step's length says more about what is coming.
 */
export function displayTimer(s) {
  const step = upcomingStep(s);
  if (s.agenda.current < 0 && s.timer.status === 'idle' && step) {
    const ms = step.seconds * 1000;
    return { ...s.timer, durationMs: ms, remainingMs: ms };
  }
  return s.timer;
}

-- The same data as the SQLite store keeps, with an ownership epoch per session: the node that
-- claims a session raises it, and a journal write carrying an older epoch is refused.
CREATE TABLE sessions (
  code        TEXT   PRIMARY KEY,
  created_at  BIGINT NOT NULL,
  last_active BIGINT NOT NULL,
  owner_epoch BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX sessions_last_active ON sessions (last_active);

-- (session, seq) is unique: two writers can never both journal the same step of a session.
CREATE TABLE events (
  session    TEXT   NOT NULL REFERENCES sessions (code) ON DELETE CASCADE,
  seq        BIGINT NOT NULL,
  at         BIGINT NOT NULL,
  principal  TEXT   NOT NULL,
  command_id TEXT,
  type       TEXT   NOT NULL,
  body       TEXT   NOT NULL,
  PRIMARY KEY (session, seq)
);

CREATE TABLE snapshots (
  session TEXT   PRIMARY KEY REFERENCES sessions (code) ON DELETE CASCADE,
  seq     BIGINT NOT NULL,
  body    TEXT   NOT NULL
);

CREATE TABLE packs (
  id         TEXT   PRIMARY KEY,
  version    TEXT   NOT NULL,
  body       TEXT   NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE probe (
  id INTEGER PRIMARY KEY,
  at BIGINT  NOT NULL
);

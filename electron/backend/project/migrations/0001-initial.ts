/**
 * The first schema: every table DESIGN.md lists. Ids are TEXT because imported files bring
 * their own; JSON columns are checked by SQLite (json_valid) and again by zod on read.
 * Catalog keys cascade on rename so a renamed sector keeps its actors.
 */
export const initialSchema = `
CREATE TABLE project_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE sectors (
  key      TEXT PRIMARY KEY,
  label_es TEXT NOT NULL,
  label_en TEXT NOT NULL,
  colour   TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE tie_types (
  key      TEXT PRIMARY KEY,
  label_es TEXT NOT NULL,
  label_en TEXT NOT NULL,
  directed INTEGER NOT NULL CHECK (directed IN (0, 1)),
  colour   TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE actors (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
  sector     TEXT REFERENCES sectors (key) ON UPDATE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('organisation', 'person')),
  region     TEXT,
  attributes TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attributes)),
  notes      TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX actors_sector ON actors (sector);

CREATE TABLE ties (
  id         TEXT PRIMARY KEY,
  source     TEXT NOT NULL REFERENCES actors (id) ON UPDATE CASCADE,
  target     TEXT NOT NULL REFERENCES actors (id) ON UPDATE CASCADE,
  type       TEXT NOT NULL REFERENCES tie_types (key) ON UPDATE CASCADE,
  weight     REAL NOT NULL DEFAULT 1,
  status     TEXT NOT NULL CHECK (status IN ('existing', 'potential')),
  spells     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(spells)),
  evidence   TEXT CHECK (evidence IN ('survey', 'workshop', 'event', 'document', 'other')),
  note       TEXT NOT NULL DEFAULT '',
  attributes TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attributes))
) STRICT;
CREATE INDEX ties_source ON ties (source);
CREATE INDEX ties_target ON ties (target);
CREATE INDEX ties_type ON ties (type);

CREATE TABLE groups (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('learning_community', 'tier', 'other')),
  description TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE group_members (
  group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE ON UPDATE CASCADE,
  actor_id TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE ON UPDATE CASCADE,
  joined   TEXT,
  left     TEXT,
  CHECK (joined IS NULL OR left IS NULL OR joined < left)
) STRICT;
CREATE INDEX group_members_group ON group_members (group_id);
CREATE INDEX group_members_actor ON group_members (actor_id);

CREATE TABLE events (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  start       TEXT NOT NULL,
  end         TEXT,
  place       TEXT NOT NULL DEFAULT '',
  group_id    TEXT REFERENCES groups (id) ON DELETE SET NULL ON UPDATE CASCADE,
  description TEXT NOT NULL DEFAULT '',
  CHECK (end IS NULL OR start <= end)
) STRICT;

CREATE TABLE participation (
  event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE ON UPDATE CASCADE,
  actor_id TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE ON UPDATE CASCADE,
  role     TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (event_id, actor_id)
) STRICT;
CREATE INDEX participation_actor ON participation (actor_id);

CREATE TABLE waves (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  date        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE views (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  payload    TEXT NOT NULL CHECK (json_valid(payload)),
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE imports (
  id          INTEGER PRIMARY KEY,
  file_name   TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  format      TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  counts      TEXT NOT NULL CHECK (json_valid(counts)),
  rejected    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(rejected))
) STRICT;

-- Append-only: rows are never updated or deleted (the triggers make sure), so the log is
-- trustworthy provenance for workshop edits and the base for undo.
CREATE TABLE changes (
  seq       INTEGER PRIMARY KEY AUTOINCREMENT,
  at        TEXT NOT NULL,
  batch     TEXT NOT NULL,
  operation TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  before    TEXT CHECK (before IS NULL OR json_valid(before)),
  after     TEXT CHECK (after IS NULL OR json_valid(after))
) STRICT;
CREATE INDEX changes_entity ON changes (entity, entity_id);
CREATE TRIGGER changes_no_update BEFORE UPDATE ON changes
  BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
CREATE TRIGGER changes_no_delete BEFORE DELETE ON changes
  BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
`;

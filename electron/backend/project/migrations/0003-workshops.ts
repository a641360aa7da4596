/**
 * Workshop sessions (issue #8). Actors and ties stay in their own tables; a session only tags
 * them (workshop_entries), so deleting a tag never deletes data. Entry and rating ids are not
 * foreign keys to actors or ties on purpose: a cascade would delete them silently, unlogged,
 * and undoing the actor's deletion could not bring them back. Reads join with what exists.
 */
export const workshopsSchema = `
CREATE TABLE workshops (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  date        TEXT NOT NULL,
  place       TEXT NOT NULL DEFAULT '',
  facilitator TEXT NOT NULL DEFAULT '',
  purpose     TEXT NOT NULL DEFAULT '',
  question    TEXT NOT NULL DEFAULT '',
  next_steps  TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE workshop_entries (
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  entity      TEXT NOT NULL CHECK (entity IN ('actor', 'tie')),
  entity_id   TEXT NOT NULL,
  PRIMARY KEY (workshop_id, entity, entity_id)
) STRICT;
CREATE INDEX workshop_entries_entity ON workshop_entries (entity, entity_id);

CREATE TABLE ratings (
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  actor_id    TEXT NOT NULL,
  influence   INTEGER CHECK (influence IS NULL OR influence BETWEEN 0 AND 5),
  stance      TEXT NOT NULL CHECK (stance IN ('supports', 'neutral', 'opposes', 'unknown')),
  PRIMARY KEY (workshop_id, actor_id)
) STRICT;

-- Who joined from a phone. Their access token is never stored: it lives in memory and dies
-- with the share. pending_proposal_id links someone whose organisation awaits approval.
CREATE TABLE participants (
  id                  TEXT PRIMARY KEY,
  workshop_id         TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  actor_id            TEXT,
  pending_proposal_id TEXT,
  display_name        TEXT NOT NULL DEFAULT '',
  joined_at           TEXT NOT NULL
) STRICT;

-- dedupe_key says what a proposal claims (e.g. the tie with its ends in a canonical order):
-- two identical pending claims in one session are one row, even when sent at the same time.
CREATE TABLE proposals (
  id             TEXT PRIMARY KEY,
  workshop_id    TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
  proposed_by    TEXT NOT NULL DEFAULT '',
  body           TEXT NOT NULL CHECK (json_valid(body)),
  dedupe_key     TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'rejected')),
  created_at     TEXT NOT NULL,
  decided_at     TEXT
) STRICT;
CREATE UNIQUE INDEX proposals_one_pending ON proposals (workshop_id, dedupe_key)
  WHERE status = 'pending';
CREATE INDEX proposals_workshop ON proposals (workshop_id, created_at);
`;

/**
 * Former names of actors. When two actors are merged, or an import matched a differently
 * spelled name, the other spelling is kept here so later imports recognise it.
 */
export const actorAliases = `
CREATE TABLE actor_aliases (
  actor_id TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE ON UPDATE CASCADE,
  alias    TEXT NOT NULL CHECK (length(trim(alias)) > 0),
  PRIMARY KEY (actor_id, alias)
) STRICT;
`;

import { initialSchema } from './migrations/0001-initial.ts';
import { actorAliases } from './migrations/0002-actor-aliases.ts';
import { workshopsSchema } from './migrations/0003-workshops.ts';

/**
 * Numbered, append-only, one purpose each. A project records in `PRAGMA user_version` how
 * many have run; opening it runs the rest in one transaction. Never edit a shipped entry:
 * add a new one. `name` is stored too, so a file whose history disagrees refuses to open.
 */
export const migrations: readonly { name: string; sql: string }[] = [
  { name: '0001-initial', sql: initialSchema },
  { name: '0002-actor-aliases', sql: actorAliases },
  { name: '0003-workshops', sql: workshopsSchema },
];

export const LATEST_SCHEMA_VERSION = migrations.length;

import type { Actor } from '../domain/actor.ts';
import type { Sector, TieType } from '../domain/catalog.ts';
import type { Tie } from '../domain/tie.ts';

/** What an import plan needs to know about the project it will write into. */
export interface ProjectSnapshot {
  actors: readonly Actor[];
  /** Former names kept after merges; later imports match them too. */
  aliases: readonly { actorId: string; alias: string }[];
  sectors: readonly Sector[];
  tieTypes: readonly TieType[];
  ties: readonly Tie[];
  eventIds: ReadonlySet<string>;
}

export interface ImportOptions {
  /** Keep going without the rows that have errors (the user chose "skip bad rows"). */
  skipBadRows: boolean;
  /** Survey wave date: ties without dates start on it. */
  wave: string | null;
  /** For files with several relations, the one to import. */
  relation: string | null;
  /** The key names are compared by (case, accents, spaces and legal suffixes ignored). */
  nameKey: (name: string) => string;
  /** New ids for actors and ties the file does not identify. */
  newId: () => string;
  /**
   * The caller is done with `network.ties`: each row is taken out of it as it is planned
   * (it ends empty), so a large file's rows can be freed while the plan is written.
   */
  consumeRows?: boolean;
}

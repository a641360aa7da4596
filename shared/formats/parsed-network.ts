import type { ActorKind } from '../domain/actor.ts';
import type { Attributes } from '../domain/text.ts';
import type { Evidence, TieStatus } from '../domain/tie.ts';
import type { TableLayout } from './csv/column-mapping.ts';

/**
 * What every reader (CSV, xlsx, roster survey, GEXF, GraphML, UCINET DL, Pajek) produces and
 * every writer consumes: plain data, not yet in a project. The import job checks it against
 * the project (ids, names, catalog), reports problems, and writes it in one transaction.
 */
export interface ParsedNetwork {
  /** The format detected or given: 'csv', 'xlsx', 'kumu', 'roster', 'gexf', 'graphml', 'dl', 'net'. */
  format: string;
  /** What the file says about direction; null when it does not say. */
  directed: boolean | null;
  actors: ParsedActor[];
  ties: ParsedTie[];
  events: ParsedEvent[];
  participation: ParsedParticipation[];
  /** Names of the relations a multi-relational file holds (DL levels, Pajek *Matrix :n). */
  relations: string[];
  problems: ImportProblem[];
  /** Graph-level values (GraphML graph data, GEXF meta); absent when the file has none. */
  attributes?: Attributes;
  /**
   * How each table (CSV file, workbook sheet) was read, column by column; absent for
   * formats whose structure is fixed (GEXF, GraphML, DL, Pajek, roster surveys, events).
   */
  tables?: TableLayout[];
}

export interface ParsedActor {
  /** The id as written in the file ("12" stays "12"); for files without ids, the label. */
  id: string;
  name: string;
  sector: string | null;
  kind: ActorKind | null;
  region: string | null;
  attributes: Attributes;
  /** Free-text notes (Kumu Description, a notes column); absent when the file has none. */
  notes?: string;
  /**
   * When the actor is present, [start, end) as ISO days (GEXF node start/end and spells);
   * absent or empty = always. The project has no actor spells yet: the import job decides.
   */
  spells?: { start: string | null; end: string | null }[];
  /** Where the actor was read from, so later problems can name the row. */
  origin: SourcePlace;
}

export interface ParsedTie {
  id: string | null;
  /** An actor id of the file, or (when `endsBy` is 'name') an actor's name to be matched. */
  source: string;
  target: string;
  endsBy: 'id' | 'name';
  type: string | null;
  /** Per tie when the file says so (Pajek *Arcs vs *Edges, GEXF edge type); else null. */
  directed: boolean | null;
  weight: number;
  status: TieStatus;
  /** Valid-time intervals [start, end) as ISO days; empty = no dates recorded. */
  spells: { start: string | null; end: string | null }[];
  evidence: Evidence | null;
  note: string;
  /** The relation this tie belongs to in a multi-relational file; null otherwise. */
  relation: string | null;
  attributes: Attributes;
  origin: SourcePlace;
}

export interface ParsedEvent {
  id: string;
  name: string;
  start: string;
  end: string | null;
  place: string;
  attributes: Attributes;
  origin: SourcePlace;
}

export interface ParsedParticipation {
  eventId: string;
  actorId: string;
  origin: SourcePlace;
}

/** Where in which file: row and column are 1-based as a spreadsheet shows them. */
export interface SourcePlace {
  file: string;
  /** Sheet of a workbook, or element path of an XML file. */
  sheet?: string;
  row?: number;
  column?: string;
}

/**
 * A problem found while reading, named by place. `code` is translated as
 * `importProblems.<code>` with `params` merged with the place (shared/i18n/problem-text.ts);
 * errors reject the row (or the file when no row is given), warnings keep it.
 */
export interface ImportProblem {
  severity: 'error' | 'warning';
  code: string;
  params: Record<string, string | number>;
  place: SourcePlace;
}

export function emptyNetwork(format: string): ParsedNetwork {
  return {
    format,
    directed: null,
    actors: [],
    ties: [],
    events: [],
    participation: [],
    relations: [],
    problems: [],
  };
}

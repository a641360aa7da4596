/**
 * Builds the sample project's CSV files in memory: the generator writes them, and the unit
 * test compares them with the committed files to prove the committed data is what the
 * generator makes.
 */
import Papa from 'papaparse';
import { buildActors, castActors } from './actors.ts';
import { EVENTS, WAVES } from './events.ts';
import { buildMemberships, buildParticipation, GROUPS } from './learning-communities.ts';
import { createRandom } from './random.ts';
import type { StoryContext } from './story.ts';
import { createTieBook } from './tie-book.ts';
import { addBaselineTies, addConvenerOutreach } from './ties-baseline.ts';
import { addCommunityTies } from './ties-communities.ts';
import { addLocalSystemTies } from './ties-local-system.ts';
import { addPotentialTies } from './ties-potential.ts';

/** Change it and every random choice changes; the test then asks for a regenerated sample. */
const SEED = 20_180_314;

type Cell = string | number | null;

/** RFC 4180 as papaparse writes it (quotes only where needed), LF line ends, final newline. */
function toCsv(fields: readonly string[], rows: readonly Cell[][]): string {
  return `${Papa.unparse({ fields: [...fields], data: rows.map((row) => [...row]) }, { newline: '\n' })}\n`;
}

export function buildSampleFiles(): Record<string, string> {
  const random = createRandom(SEED);
  const actors = buildActors();
  const cast = castActors(actors);
  const members = buildMemberships(cast);
  const participation = buildParticipation(random, cast, members);
  const context: StoryContext = {
    random,
    cast,
    book: createTieBook(random),
    members,
    participation,
  };
  addBaselineTies(context);
  addConvenerOutreach(context);
  addCommunityTies(context);
  addLocalSystemTies(context);
  addPotentialTies(context);
  const ties = context.book.list();

  return {
    'actors.csv': toCsv(
      ['id', 'name', 'sector', 'kind', 'region', 'theme', 'founded', 'notes'],
      actors.map((a) => [a.id, a.name, a.sector, a.kind, a.region, a.theme, a.founded, a.notes]),
    ),
    'ties.csv': toCsv(
      ['id', 'source', 'target', 'type', 'weight', 'status', 'start', 'end', 'evidence', 'note'],
      ties.flatMap((t) =>
        t.spells.map((s) => [
          t.id,
          t.source,
          t.target,
          t.type,
          t.weight,
          t.status,
          s.start,
          s.end,
          t.evidence,
          t.note,
        ]),
      ),
    ),
    'groups.csv': toCsv(
      ['id', 'name', 'kind', 'description'],
      GROUPS.map((g) => [g.id, g.name, g.kind, g.description]),
    ),
    'group_members.csv': toCsv(
      ['group_id', 'actor_id', 'joined', 'left'],
      members.map((m) => [m.groupId, m.actorId, m.joined, m.left]),
    ),
    'events.csv': toCsv(
      ['id', 'name', 'start', 'end', 'place', 'group_id', 'description'],
      EVENTS.map((e) => [e.id, e.name, e.start, e.end, e.place, e.groupId, e.description]),
    ),
    'participation.csv': toCsv(
      ['event_id', 'actor_id', 'role'],
      [...participation]
        .sort((a, b) => (a.eventId === b.eventId ? 0 : a.eventId < b.eventId ? -1 : 1))
        .map((p) => [p.eventId, p.actorId, p.role]),
    ),
    'waves.csv': toCsv(
      ['id', 'name', 'date', 'description'],
      WAVES.map((w) => [w.id, w.name, w.date, w.description]),
    ),
  };
}

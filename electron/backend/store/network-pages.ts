import type {
  NetworkPage,
  NetworkPageQuery,
  NetworkQuery,
  NetworkSnapshot,
} from '../../../shared/api/network.ts';
import { selectNetwork } from '../../../shared/network/select-network.ts';
import type { ProjectDb } from '../project/project-file.ts';
import { listActors } from './actors-store.ts';
import { listSectors, listTieTypes } from './catalog-store.ts';
import { listGroups } from './groups-store.ts';
import { listTies } from './ties-store.ts';

/** The network a query selects, as `network.get` answers it. */
export function readNetwork(db: ProjectDb, query: NetworkQuery): NetworkSnapshot {
  return selectNetwork(
    {
      actors: listActors(db),
      ties: listTies(db),
      sectors: listSectors(db),
      tieTypes: listTieTypes(db),
      members: listGroups(db).members,
    },
    query,
  );
}

/** Networks kept for paging: the map, the measures and the timeline may page at once. */
const KEPT = 3;
/**
 * Kept networks are let go this long after their last page: a reader is done by then, and
 * a million-tie project's snapshot is hundreds of megabytes.
 */
const KEEP_MS = 30_000;

interface Kept {
  revision: string;
  key: string;
  network: NetworkSnapshot;
}

/**
 * Pages of large networks, cut from snapshots kept per project state. Selecting a network of
 * 100,000 ties costs the backend a few hundred milliseconds, so the pages of one network are
 * cut from one kept snapshot rather than selected again each; and a page asked for with the
 * revision of the first is cut from that revision's snapshot even if the project has changed
 * since, so the pages a renderer joins always belong to one network.
 *
 * The revision is the connection's count of written rows (SQLite's `total_changes()`, which
 * every insert, update and delete raises, whichever code path made it), SQLite's
 * `data_version` (which moves when another connection commits: `tejido import` run on the
 * open project, say), and which connection it is, since a reopened project counts from zero.
 */
export function networkPages() {
  const connections = new WeakMap<ProjectDb, number>();
  let opened = 0;
  let kept: Kept[] = [];
  let letGo: ReturnType<typeof setTimeout> | undefined;

  function revisionOf(db: ProjectDb): string {
    let connection = connections.get(db);
    if (connection === undefined) {
      connection = opened++;
      connections.set(db, connection);
      kept = []; // another project: its networks are no longer asked for
    }
    const own = Number(db.prepare('SELECT total_changes()').pluck().get());
    const others = Number(db.pragma('data_version', { simple: true }));
    return `${connection}.${others}.${own}`;
  }

  function snapshot(db: ProjectDb, query: NetworkQuery, asked: string | undefined): Kept {
    const key = JSON.stringify(query);
    const revision = revisionOf(db);
    const found =
      kept.find((entry) => entry.key === key && entry.revision === asked) ??
      kept.find((entry) => entry.key === key && entry.revision === revision);
    const entry = found ?? { revision, key, network: readNetwork(db, query) };
    kept = [entry, ...kept.filter((other) => other !== entry)].slice(0, KEPT);
    clearTimeout(letGo);
    letGo = setTimeout(() => (kept = []), KEEP_MS);
    letGo.unref(); // a backend about to exit does not wait for it
    return entry;
  }

  return function networkPage(db: ProjectDb, page: NetworkPageQuery): NetworkPage {
    const { revision, network } = snapshot(db, page.query, page.revision);
    const cut = <T>(list: readonly T[], range: { offset: number; limit: number }) =>
      list.slice(range.offset, range.offset + range.limit);
    return {
      actors: cut(network.actors, page.actors),
      ties: cut(network.ties, page.ties),
      sectors: network.sectors,
      tieTypes: network.tieTypes,
      revision,
      totals: { actors: network.actors.length, ties: network.ties.length },
    };
  };
}

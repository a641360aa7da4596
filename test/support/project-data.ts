import Database from 'better-sqlite3';
import { openProjectFile } from '../../electron/backend/project/project-file.ts';
import { readTimelineData } from '../../electron/backend/store/timeline-store.ts';
import type { TimelineData } from '../../shared/temporal/timeline-data.ts';

/** The project as the CLI's `tejido series` reads it: what the screens are checked against. */
export function readTimeline(path: string): TimelineData {
  const db = openProjectFile(path);
  try {
    return readTimelineData(db);
  } finally {
    db.close();
  }
}

/**
 * Thousands of CSO actors and undated collaboration ties written straight into the project,
 * as a big import would, so that a worker job runs long enough to be cancelled. Seeded: the
 * same arguments give the same network.
 */
export function addLargeNetwork(path: string, actors: number, ties: number, seed: number): void {
  const db = new Database(path);
  const addActor = db.prepare(
    "INSERT INTO actors (id, name, sector, kind) VALUES (?, ?, 'cso', 'organisation')",
  );
  const addTie = db.prepare(
    "INSERT INTO ties (id, source, target, type, status) VALUES (?, ?, ?, 'collaboration', 'existing')",
  );
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  db.transaction(() => {
    for (let i = 0; i < actors; i++) addActor.run(`big${i}`, `Organización generada ${i}`);
    for (let i = 0; i < ties; i++) {
      const source = Math.floor(random() * actors);
      const target = (source + 1 + Math.floor(random() * (actors - 1))) % actors;
      addTie.run(`bigt${i}`, `big${source}`, `big${target}`);
    }
  })();
  db.close();
}

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSampleFiles } from '../../../scripts/sample/sample-files.ts';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import { DEFAULT_SECTORS, DEFAULT_TIE_TYPES } from '../../../shared/domain/default-catalog.ts';
import type { Row, TieView } from './sample-tables.ts';
import {
  isActiveOn,
  readSampleBytes,
  readSampleCsv,
  readSampleText,
  SAMPLE_DIR,
  tiesById,
  touches,
} from './sample-tables.ts';

const HEADERS: Record<string, string[]> = {
  'actors.csv': ['id', 'name', 'sector', 'kind', 'region', 'theme', 'founded', 'notes'],
  'ties.csv': [
    'id',
    'source',
    'target',
    'type',
    'weight',
    'status',
    'start',
    'end',
    'evidence',
    'note',
  ],
  'groups.csv': ['id', 'name', 'kind', 'description'],
  'group_members.csv': ['group_id', 'actor_id', 'joined', 'left'],
  'events.csv': ['id', 'name', 'start', 'end', 'place', 'group_id', 'description'],
  'participation.csv': ['event_id', 'actor_id', 'role'],
  'waves.csv': ['id', 'name', 'date', 'description'],
};
const DATE_COLUMNS: Record<string, string[]> = {
  'ties.csv': ['start', 'end'],
  'group_members.csv': ['joined', 'left'],
  'events.csv': ['start', 'end'],
  'waves.csv': ['date'],
};
const REGIONS = ['Baja California', 'Ciudad de México', 'Sonora', 'Coahuila'];
/** Real names that must never appear: the programme, its implementers and its funder. */
const REAL_NAMES = /usaid|social impact|appleseed|civil society activity|\bcsa\b|estados unidos/i;

const actors = readSampleCsv('actors.csv').rows;
const actorById = new Map(actors.map((a) => [a.id!, a]));
const tieRows = readSampleCsv('ties.csv').rows;
const ties = [...tiesById(tieRows).values()];
const existing = ties.filter((t) => t.status === 'existing');
const groups = readSampleCsv('groups.csv').rows;
const members = readSampleCsv('group_members.csv').rows;
const events = readSampleCsv('events.csv').rows;
const participation = readSampleCsv('participation.csv').rows;
const waves = readSampleCsv('waves.csv').rows;

const sectorOf = (id: string): string => actorById.get(id)!.sector!;
const isCrossSector = (t: TieView): boolean => sectorOf(t.source) !== sectorOf(t.target);
const activeOn = (date: string): TieView[] => existing.filter((t) => isActiveOn(t, date));
const membersOf = (groupId: string): Row[] => members.filter((m) => m.group_id === groupId);
const pairKey = (t: TieView): string => [t.type, ...[t.source, t.target].sort()].join('|');

describe('sample project files', () => {
  it('have exactly the documented columns', () => {
    for (const [name, fields] of Object.entries(HEADERS)) {
      expect(readSampleCsv(name).fields, name).toEqual(fields);
    }
  });

  it('are UTF-8 without a byte-order mark, with LF line ends and a final newline', () => {
    for (const name of Object.keys(HEADERS)) {
      const bytes = readSampleBytes(name);
      expect([...bytes.subarray(0, 3)], name).not.toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      expect(text.includes('\r'), name).toBe(false);
      expect(text.endsWith('\n'), name).toBe(true);
    }
  });

  it('are exactly what scripts/generate-sample.ts writes (regenerate after changing it)', () => {
    const generated = buildSampleFiles();
    const csvOnDisk = readdirSync(SAMPLE_DIR).filter((name) => name.endsWith('.csv'));
    expect(Object.keys(generated).sort()).toEqual(csvOnDisk.sort());
    expect(Object.keys(generated).sort()).toEqual(Object.keys(HEADERS).sort());
    for (const [name, text] of Object.entries(generated)) {
      expect(readSampleText(name) === text, `${name} differs from the generator's output`).toBe(
        true,
      );
    }
  });

  it('write every date as a real calendar day, YYYY-MM-DD', () => {
    for (const [name, columns] of Object.entries(DATE_COLUMNS)) {
      for (const row of readSampleCsv(name).rows) {
        for (const column of columns) {
          const value = row[column]!;
          if (value !== '') expect(isIsoDate(value), `${name} ${column} "${value}"`).toBe(true);
        }
      }
    }
    expect(waves.map((w) => w.date)).toEqual([
      '2018-01-15',
      '2019-01-15',
      '2020-01-15',
      '2020-07-01',
    ]);
  });

  it('name no real organisation, in the data or the README', () => {
    for (const name of [...Object.keys(HEADERS), 'README.md']) {
      expect(REAL_NAMES.test(readSampleText(name)), name).toBe(false);
    }
    expect(readSampleText('README.md')).toMatch(/fictional/i);
    expect(readSampleText('README.md')).toMatch(/ficticio/i);
  });
});

describe('sample actors', () => {
  it('number at least 60, with unique ids and unique names', () => {
    expect(actors.length).toBeGreaterThanOrEqual(60);
    expect(new Set(actors.map((a) => a.id)).size).toBe(actors.length);
    expect(new Set(actors.map((a) => a.name)).size).toBe(actors.length);
  });

  it('cover at least 7 sectors, all from the default catalogue', () => {
    const known = new Set(DEFAULT_SECTORS.map((s) => s.key));
    const used = new Set(actors.map((a) => a.sector!));
    for (const sector of used) expect(known.has(sector), sector).toBe(true);
    expect(used.size).toBeGreaterThanOrEqual(7);
  });

  it('sit in the four regions (or Nacional)', () => {
    const used = new Set(actors.map((a) => a.region!));
    expect([...used].sort()).toEqual([...REGIONS, 'Nacional'].sort());
  });

  it('are organisations or people, with a year of founding or none', () => {
    for (const actor of actors) {
      expect(['organisation', 'person']).toContain(actor.kind);
      expect(actor.founded, actor.id).toMatch(/^(|19\d\d|20[01]\d|2020)$/);
    }
    expect(actors.filter((a) => a.kind === 'person').length).toBeGreaterThanOrEqual(8);
  });

  it('have Spanish names with accents and ñ, to exercise encodings', () => {
    const names = actors.map((a) => a.name!);
    expect(names.filter((n) => /[áéíóúÁÉÍÓÚü]/.test(n)).length).toBeGreaterThanOrEqual(10);
    expect(names.filter((n) => /ñ/i.test(n)).length).toBeGreaterThanOrEqual(3);
  });
});

describe('sample learning communities', () => {
  it('are the three learning communities', () => {
    expect(groups.map((g) => [g.id, g.kind])).toEqual([
      ['g1', 'learning_community'],
      ['g2', 'learning_community'],
      ['g3', 'learning_community'],
    ]);
  });

  it('have the membership of the three groups: 7 CSOs + 3 ISOs, 14 CSOs, 8 local leaders', () => {
    const sectors = (groupId: string) => membersOf(groupId).map((m) => sectorOf(m.actor_id!));
    expect(sectors('g1').filter((s) => s === 'cso')).toHaveLength(7);
    expect(sectors('g1').filter((s) => s === 'iso')).toHaveLength(3);
    expect(sectors('g1')).toHaveLength(10);
    expect(sectors('g2')).toEqual(Array(14).fill('cso'));
    expect(sectors('g3')).toEqual(Array(8).fill('community_leader'));
    const g3Regions = new Set(membersOf('g3').map((m) => actorById.get(m.actor_id!)!.region));
    expect([...g3Regions].sort()).toEqual(['Coahuila', 'Sonora']);
  });

  it('date every membership; a few members join late or leave early', () => {
    for (const m of members) {
      expect(actorById.has(m.actor_id!), m.actor_id).toBe(true);
      expect(
        groups.some((g) => g.id === m.group_id),
        m.group_id,
      ).toBe(true);
      expect(m.joined).not.toBe('');
      if (m.left !== '') expect(m.joined! < m.left!, `${m.group_id} ${m.actor_id}`).toBe(true);
    }
    const pairs = members.map((m) => `${m.group_id}|${m.actor_id}`);
    expect(new Set(pairs).size).toBe(members.length);
    expect(members.filter((m) => m.left !== '').length).toBeGreaterThanOrEqual(2);
    const firstDay = (groupId: string) =>
      membersOf(groupId)
        .map((m) => m.joined!)
        .sort()[0];
    expect(members.some((m) => m.joined !== firstDay(m.group_id!))).toBe(true);
  });
});

describe('sample events and participation', () => {
  it('have at least 10 events from 2018 to 2020, each ending on or after its start', () => {
    expect(events.length).toBeGreaterThanOrEqual(10);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    for (const event of events) {
      expect(event.start! >= '2018-01-01' && event.start! <= '2020-12-31', event.id).toBe(true);
      if (event.end !== '') expect(event.end! >= event.start!, event.id).toBe(true);
      expect(event.group_id === '' || groups.some((g) => g.id === event.group_id), event.id).toBe(
        true,
      );
    }
    const years = new Set(events.map((e) => e.start!.slice(0, 4)));
    expect([...years].sort()).toEqual(['2018', '2019', '2020']);
  });

  it('give each community its events: 5, 3 and at least 5', () => {
    const count = (groupId: string) => events.filter((e) => e.group_id === groupId).length;
    expect(count('g1')).toBe(5);
    expect(count('g2')).toBe(3);
    expect(count('g3')).toBeGreaterThanOrEqual(5);
  });

  it('point only at existing events and actors, once per pair', () => {
    for (const p of participation) {
      expect(
        events.some((e) => e.id === p.event_id),
        p.event_id,
      ).toBe(true);
      expect(actorById.has(p.actor_id!), p.actor_id).toBe(true);
      expect(p.role).not.toBe('');
    }
    const pairs = participation.map((p) => `${p.event_id}|${p.actor_id}`);
    expect(new Set(pairs).size).toBe(participation.length);
    for (const event of events) {
      expect(
        participation.some((p) => p.event_id === event.id),
        event.id,
      ).toBe(true);
    }
  });

  it("are attended mostly by the community's members of the day", () => {
    for (const event of events.filter((e) => e.group_id !== '')) {
      const current = membersOf(event.group_id!)
        .filter((m) => m.joined! <= event.start! && (m.left === '' || event.start! < m.left!))
        .map((m) => m.actor_id!);
      const present = participation.filter((p) => p.event_id === event.id).map((p) => p.actor_id!);
      const presentMembers = present.filter((id) => current.includes(id));
      expect(presentMembers.length, event.id).toBeGreaterThanOrEqual(0.6 * current.length);
      expect(presentMembers.length, event.id).toBeGreaterThanOrEqual(present.length / 2);
    }
  });
});

describe('sample ties', () => {
  it('number at least 200 distinct ties of at least 4 catalogue types', () => {
    expect(ties.length).toBeGreaterThanOrEqual(200);
    const known = new Set(DEFAULT_TIE_TYPES.map((t) => t.key));
    const used = new Set(ties.map((t) => t.type));
    for (const type of used) expect(known.has(type), type).toBe(true);
    expect(used.size).toBeGreaterThanOrEqual(4);
  });

  it('join existing actors, never an actor to itself, never twice with the same type', () => {
    for (const tie of ties) {
      expect(actorById.has(tie.source), `${tie.id} source`).toBe(true);
      expect(actorById.has(tie.target), `${tie.id} target`).toBe(true);
      expect(tie.source, tie.id).not.toBe(tie.target);
    }
    expect(new Set(ties.map(pairKey)).size).toBe(ties.length);
  });

  it('repeat every field but the dates on the rows of one tie', () => {
    for (const tie of ties) {
      const fields = tie.rows.map((r) =>
        [r.source, r.target, r.type, r.weight, r.status, r.evidence, r.note].join('|'),
      );
      expect(new Set(fields).size, tie.id).toBe(1);
    }
  });

  it('have positive weights, known statuses and known evidence', () => {
    for (const row of tieRows) {
      expect(Number(row.weight), row.id).toBeGreaterThan(0);
      expect(['existing', 'potential']).toContain(row.status);
      expect(['survey', 'workshop', 'event', 'document', 'other', '']).toContain(row.evidence);
    }
  });

  it('have ordered spells that start before they end and never overlap', () => {
    for (const tie of ties) {
      tie.rows.forEach((row, i) => {
        if (row.start !== '' && row.end !== '') expect(row.start! < row.end!, tie.id).toBe(true);
        if (i > 0) {
          const previousEnd = tie.rows[i - 1]!.end!;
          expect(previousEnd !== '' && row.start !== '' && previousEnd <= row.start!, tie.id).toBe(
            true,
          );
        }
      });
    }
  });

  it('start in every year from 2017 to 2020; some end and a few restart', () => {
    const years = new Set(existing.map((t) => t.rows[0]!.start!.slice(0, 4)));
    expect([...years].sort()).toEqual(['2017', '2018', '2019', '2020']);
    expect(existing.filter((t) => t.rows.at(-1)!.end !== '').length).toBeGreaterThanOrEqual(10);
    expect(ties.filter((t) => t.rows.length === 2).length).toBeGreaterThanOrEqual(2);
  });

  it('include at least 15 potential ties, none of them ended', () => {
    const potential = ties.filter((t) => t.status === 'potential');
    expect(potential.length).toBeGreaterThanOrEqual(15);
    for (const tie of potential) {
      expect(tie.rows, tie.id).toHaveLength(1);
      expect(tie.rows[0]!.end, tie.id).toBe('');
    }
  });
});

describe('the story the sample tells', () => {
  it('at least doubles the ties that cross sectors between 2018 and mid-2020', () => {
    const before = activeOn('2018-01-01').filter(isCrossSector).length;
    const after = activeOn('2020-06-01').filter(isCrossSector).length;
    expect(before).toBeGreaterThan(30);
    expect(after).toBeGreaterThanOrEqual(2 * before);
  });

  it('multiplies the ties inside each learning community after it starts', () => {
    for (const group of groups) {
      const ids = new Set(membersOf(group.id!).map((m) => m.actor_id!));
      const firstDay = membersOf(group.id!)
        .map((m) => m.joined!)
        .sort()[0]!;
      const inside = (date: string) =>
        activeOn(date).filter((t) => ids.has(t.source) && ids.has(t.target)).length;
      expect(inside('2020-06-01'), group.id).toBeGreaterThanOrEqual(2 * inside(firstDay) + 10);
    }
  });

  it('gives learning-community members new ties after they join', () => {
    const gained = members.filter((m) => {
      const degree = (date: string) => activeOn(date).filter((t) => touches(t, m.actor_id!)).length;
      return degree('2020-06-01') > degree(m.joined!);
    });
    expect(gained.length).toBeGreaterThanOrEqual(0.9 * members.length);
    for (const m of members) {
      const startsAfter = existing.some(
        (t) => touches(t, m.actor_id!) && t.rows.at(-1)!.start! >= m.joined!,
      );
      expect(startsAfter, `${m.group_id} ${m.actor_id}`).toBe(true);
    }
  });

  it('brings CSOs into direct ties with government and donors', () => {
    const direct = (date: string) =>
      activeOn(date).filter((t) => {
        const sectors = [sectorOf(t.source), sectorOf(t.target)].sort().join('|');
        return sectors === 'cso|government' || sectors === 'cso|donor';
      }).length;
    expect(direct('2020-06-01')).toBeGreaterThanOrEqual(2.5 * direct('2018-01-01'));
  });

  it('has an ISO convener at the centre whose share of cross-sector ties shrinks', () => {
    const degree = (id: string) => ties.filter((t) => touches(t, id)).length;
    const [convener] = [...actorById.keys()].sort((a, b) => degree(b) - degree(a));
    expect(sectorOf(convener!)).toBe('iso');
    expect(degree(convener!)).toBeGreaterThanOrEqual(30);
    const share = (date: string) => {
      const cross = activeOn(date).filter(isCrossSector);
      return cross.filter((t) => touches(t, convener!)).length / cross.length;
    };
    expect(share('2020-06-01')).toBeLessThan(share('2018-01-01') / 1.5);
  });
});

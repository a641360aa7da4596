import { describe, expect, it } from 'vitest';
import { projectCoAttendance } from '../../../../../shared/formats/events/co-attendance.ts';
import {
  readAttendanceList,
  readAttendanceMatrix,
  readEventTable,
} from '../../../../../shared/formats/events/read-events.ts';
import type { ImportProblem } from '../../../../../shared/formats/parsed-network.ts';

function records(rows: string[][]): { row: number; cells: string[] }[] {
  return rows.map((cells, index) => ({ row: index + 1, cells }));
}

const source = { file: 'eventos.csv', cellsAreCsv: true };

function readEvents(problems: ImportProblem[] = []) {
  return readEventTable(
    records([
      ['id', 'nombre', 'fecha', 'fin', 'lugar', 'grupo'],
      ['E1', 'Taller Tijuana', '2018-10-04', '2018-10-05', 'Tijuana', 'LC1'],
      ['E2', 'Encuentro CDMX', '15/03/2019', '', 'Ciudad de México', 'LC1'],
      ['E3', 'Sin fecha', '', '', '', ''],
      ['E4', 'Al revés', '2019-05-02', '2019-05-01', '', ''],
    ]),
    source,
    (problem) => problems.push(problem),
  );
}

describe('events and attendance', () => {
  it('read events with day-first dates, places and extra columns as attributes', () => {
    const problems: ImportProblem[] = [];
    const events = readEvents(problems);
    expect(
      events.map((event) => [event.id, event.start, event.end, event.place, event.attributes]),
    ).toEqual([
      ['E1', '2018-10-04', '2018-10-05', 'Tijuana', { grupo: 'LC1' }],
      ['E2', '2019-03-15', null, 'Ciudad de México', { grupo: 'LC1' }],
    ]);
    expect(
      problems.map((problem) => [problem.code, problem.place.row, problem.place.column]),
    ).toEqual([
      ['missingValue', 4, 'fecha'],
      ['endBeforeStart', 5, 'fin'],
    ]);
  });

  it('read an attendance list, rejecting rows that name an unknown event', () => {
    const problems: ImportProblem[] = [];
    const participation = readAttendanceList(
      records([
        ['evento', 'organizacion'],
        ['E1', 'Red Mujeres'],
        ['Encuentro CDMX', 'Casa Refugio'],
        ['E9', 'Red Mujeres'],
      ]),
      { file: 'asistencia.csv', cellsAreCsv: true },
      readEvents(),
      (problem) => problems.push(problem),
    );
    expect(participation.map((entry) => [entry.eventId, entry.actorId])).toEqual([
      ['E1', 'Red Mujeres'],
      ['E2', 'Casa Refugio'],
    ]);
    expect(problems).toMatchObject([{ code: 'unknownEvent', place: { row: 4, column: 'evento' } }]);
  });

  it('read an attendance matrix of 1/0 marks and project co-attendance weighted by shared events', () => {
    const problems: ImportProblem[] = [];
    const participation = readAttendanceMatrix(
      records([
        ['actor', 'E1', 'E2'],
        ['A', '1', '1'],
        ['B', '1', '1'],
        ['C', '0', '1'],
        ['D', '', 'maybe'],
      ]),
      { file: 'matriz.csv', cellsAreCsv: true },
      readEvents(),
      (problem) => problems.push(problem),
    );
    expect(problems).toMatchObject([
      { code: 'invalidAttendance', place: { row: 5, column: 'E2' } },
    ]);
    const ties = projectCoAttendance(participation, readEvents());
    expect(ties.map((tie) => [tie.source, tie.target, tie.weight, tie.spells[0]?.start])).toEqual([
      ['A', 'B', 2, '2018-10-04'],
      ['A', 'C', 1, '2019-03-15'],
      ['B', 'C', 1, '2019-03-15'],
    ]);
    expect(ties.every((tie) => tie.directed === false && tie.evidence === 'event')).toBe(true);
  });
});

import type { DayReading } from '../csv/cell-values.ts';
import { readDay } from '../csv/cell-values.ts';
import { normaliseHeader } from '../csv/column-roles.ts';
import { cellProblem, fileProblem } from '../csv/problems.ts';
import type { TableRecord, TableSource } from '../csv/table-rows.ts';
import { headerName } from '../csv/table-rows.ts';
import type {
  ImportProblem,
  ParsedEvent,
  ParsedParticipation,
  SourcePlace,
} from '../parsed-network.ts';

const EVENT_HEADERS = {
  id: ['id', 'eventid', 'idevento', 'evento', 'event', 'clave'],
  name: ['name', 'nombre', 'label', 'titulo', 'title', 'evento', 'event'],
  start: ['start', 'inicio', 'fecha', 'date', 'startdate', 'fechainicio'],
  end: ['end', 'fin', 'enddate', 'fechafin'],
  place: ['place', 'lugar', 'sede', 'ciudad', 'city', 'location'],
  actor: [
    'actor',
    'actorid',
    'organizacion',
    'organization',
    'organisation',
    'participante',
    'participant',
    'asistente',
    'nombre',
    'name',
  ],
} as const;

function findColumn(
  headers: readonly string[],
  role: keyof typeof EVENT_HEADERS,
  skip?: number,
): number | undefined {
  const spellings: readonly string[] = EVENT_HEADERS[role];
  const index = headers.findIndex(
    (header, column) => column !== skip && spellings.includes(normaliseHeader(header)),
  );
  return index < 0 ? undefined : index;
}

function placeOf(
  source: TableSource,
  headers: readonly string[],
  row: number,
  column?: number,
): SourcePlace {
  return {
    file: source.file,
    ...(source.sheet === undefined ? {} : { sheet: source.sheet }),
    row,
    ...(column === undefined ? {} : { column: headerName(headers, column) }),
  };
}

/**
 * An events table: id, name, start date (required: an event is dated), optional end and
 * place; other columns become attributes. A name alone serves as id.
 */
export function readEventTable(
  records: readonly TableRecord[],
  source: TableSource,
  report: (problem: ImportProblem) => void,
): ParsedEvent[] {
  const [header, ...rows] = records;
  if (header === undefined) {
    report(fileProblem('error', 'emptyFile', source.file));
    return [];
  }
  const headers = header.cells.map((cell) => cell.trim());
  const idColumn = findColumn(headers, 'id');
  const nameColumn = findColumn(headers, 'name', idColumn);
  const startColumn = findColumn(headers, 'start');
  const endColumn = findColumn(headers, 'end');
  const placeColumn = findColumn(headers, 'place');
  if (startColumn === undefined || (idColumn === undefined && nameColumn === undefined)) {
    report(
      fileProblem('error', 'missingColumn', source.file, {
        role: startColumn === undefined ? 'start' : 'name',
      }),
    );
    return [];
  }
  const mapped = new Set([idColumn, nameColumn, startColumn, endColumn, placeColumn]);
  const events: ParsedEvent[] = [];
  for (const record of rows) {
    const cell = (column: number | undefined): string =>
      column === undefined ? '' : (record.cells[column] ?? '').trim();
    const id = cell(idColumn) || cell(nameColumn);
    if (id === '') {
      report(
        cellProblem(
          'error',
          'missingValue',
          placeOf(source, headers, record.row, idColumn ?? nameColumn),
        ),
      );
      continue;
    }
    const start = readDay(cell(startColumn));
    const end = readDay(cell(endColumn));
    const problem = eventDateProblem(start, end);
    if (problem !== null || start.kind !== 'day') {
      const column = problem?.role === 'end' ? endColumn : startColumn;
      const place = placeOf(source, headers, record.row, column);
      report(cellProblem('error', problem?.code ?? 'missingValue', place, { value: cell(column) }));
      continue;
    }
    const endDay = end.kind === 'day' ? end.day : null;
    const attributes: ParsedEvent['attributes'] = {};
    record.cells.forEach((value, column) => {
      if (!mapped.has(column) && value.trim() !== '')
        attributes[headerName(headers, column)] = value.trim();
    });
    events.push({
      id,
      name: cell(nameColumn) || id,
      start: start.day,
      end: endDay,
      place: cell(placeColumn),
      attributes,
      origin: placeOf(source, headers, record.row),
    });
  }
  return events;
}

/** Why an event's dates cannot be used (an event needs a start; its end may be open). */
function eventDateProblem(
  start: DayReading,
  end: DayReading,
): { code: string; role: 'start' | 'end' } | null {
  for (const [reading, role] of [
    [start, 'start'],
    [end, 'end'],
  ] as const) {
    if (reading.kind === 'invalid') return { code: 'invalidDate', role };
    if (reading.kind === 'impossible') return { code: 'impossibleDate', role };
  }
  if (start.kind !== 'day') return { code: 'missingValue', role: 'start' };
  if (end.kind === 'day' && end.day < start.day) return { code: 'endBeforeStart', role: 'end' };
  return null;
}

/**
 * Attendance as a list (one row per actor at an event: event, actor). With the events
 * known, a row naming another event is rejected (`unknownEvent`). Actors are kept as
 * written, to be matched by name or id by the import job.
 */
export function readAttendanceList(
  records: readonly TableRecord[],
  source: TableSource,
  events: readonly ParsedEvent[] | null,
  report: (problem: ImportProblem) => void,
): ParsedParticipation[] {
  const [header, ...rows] = records;
  if (header === undefined) return [];
  const headers = header.cells.map((cell) => cell.trim());
  const eventColumn = findColumn(headers, 'id');
  const actorColumn = findColumn(headers, 'actor', eventColumn);
  if (eventColumn === undefined || actorColumn === undefined) {
    report(
      fileProblem('error', 'missingColumn', source.file, {
        role: eventColumn === undefined ? 'event' : 'actor',
      }),
    );
    return [];
  }
  const known = events === null ? null : eventIndex(events);
  const participation: ParsedParticipation[] = [];
  for (const record of rows) {
    const event = (record.cells[eventColumn] ?? '').trim();
    const actor = (record.cells[actorColumn] ?? '').trim();
    if (event === '' || actor === '') continue;
    const eventId = known === null ? event : known.get(event);
    if (eventId === undefined) {
      report(
        cellProblem('error', 'unknownEvent', placeOf(source, headers, record.row, eventColumn), {
          value: event,
        }),
      );
      continue;
    }
    participation.push({ eventId, actorId: actor, origin: placeOf(source, headers, record.row) });
  }
  return participation;
}

/**
 * Attendance as a matrix: actors down the first column, one column per event (its id or
 * name), 1/x/yes for attended and 0/empty for not.
 */
export function readAttendanceMatrix(
  records: readonly TableRecord[],
  source: TableSource,
  events: readonly ParsedEvent[] | null,
  report: (problem: ImportProblem) => void,
): ParsedParticipation[] {
  const [header, ...rows] = records;
  if (header === undefined) return [];
  const headers = header.cells.map((cell) => cell.trim());
  const known = events === null ? null : eventIndex(events);
  const columns = headers.slice(1).map((label, offset) => {
    const eventId = known === null ? label : known.get(label);
    if (eventId === undefined) {
      report(
        cellProblem('error', 'unknownEvent', placeOf(source, headers, header.row, offset + 1), {
          value: label,
        }),
      );
    }
    return eventId;
  });
  const participation: ParsedParticipation[] = [];
  for (const record of rows) {
    const actor = (record.cells[0] ?? '').trim();
    if (actor === '') continue;
    columns.forEach((eventId, offset) => {
      const mark = (record.cells[offset + 1] ?? '').trim().toLowerCase();
      if (eventId === undefined || mark === '' || mark === '0' || mark === 'no') return;
      if (!['1', 'x', 'si', 'sí', 'yes', 'true'].includes(mark)) {
        report(
          cellProblem(
            'warning',
            'invalidAttendance',
            placeOf(source, headers, record.row, offset + 1),
            { value: mark },
          ),
        );
        return;
      }
      participation.push({
        eventId,
        actorId: actor,
        origin: placeOf(source, headers, record.row, offset + 1),
      });
    });
  }
  return participation;
}

/** Events found by id or by name. */
function eventIndex(events: readonly ParsedEvent[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const event of events) index.set(event.name, event.id);
  for (const event of events) index.set(event.id, event.id);
  return index;
}

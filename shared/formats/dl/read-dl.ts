/**
 * UCINET DL reader, after the DL format as the UCINET 6 help describes it ("DL files") and
 * as UCINET, SocNetV and igraph write it. Read: `DL N=…` with `NM=` (several matrices, one
 * relation each, named by `LEVEL LABELS:` or `MATRIX LABELS:`, else 1, 2…), `FORMAT =`
 * fullmatrix (default), upperhalf, lowerhalf, edgelist1, nodelist1, `DIAGONAL PRESENT|ABSENT`,
 * `LABELS:`, `ROW LABELS:`, `COLUMN LABELS:` and `LABELS EMBEDDED`; keywords in any case,
 * `=` with or without spaces. Without labels the actor ids are 1…N; with labels, the labels.
 * A symmetric matrix gives undirected ties (one per pair), any other matrix and every edge
 * or node list line gives directed ties; zero cells are no tie; weights are the cell values.
 * Deliberately not read: two-mode files (NR ≠ NC: one error), edgelist2/nodelist2,
 * several matrices in edge or node lists (all lines go to the first relation), missing-value
 * codes, and `!` comments.
 */
import { createProblem, unreadableNetwork } from '../graph-files/problems.ts';
import { directionOfTies, tiesFromMatrix, type MatrixCell } from '../graph-files/matrix-ties.ts';
import { createActor, createTie } from '../graph-files/records.ts';
import { emptyNetwork, type ParsedNetwork, type SourcePlace } from '../parsed-network.ts';
import { readDlHeader, type DlHeader } from './dl-header.ts';
import { splitWords, tokensOf, type DlToken } from './dl-tokens.ts';

interface DlState {
  file: string;
  header: DlHeader;
  network: ParsedNetwork;
  ids: string[];
  known: Set<string>;
}

const FORMATS: Record<string, string> = {
  fullmatrix: 'fullmatrix',
  fm: 'fullmatrix',
  upperhalf: 'upperhalf',
  uh: 'upperhalf',
  lowerhalf: 'lowerhalf',
  lh: 'lowerhalf',
  edgelist1: 'edgelist1',
  el1: 'edgelist1',
  nodelist1: 'nodelist1',
  nl1: 'nodelist1',
};

export function readDl(text: string, file: string): ParsedNetwork {
  const header = readDlHeader(text);
  if (!header)
    return unreadableNetwork('dl', createProblem('error', 'notDl', {}, { file, row: 1 }));
  const rows = header.n ?? header.rows;
  if (header.rows !== null && header.columns !== null && header.rows !== header.columns) {
    const params = { rows: header.rows, columns: header.columns };
    return unreadableNetwork('dl', createProblem('error', 'dlTwoMode', params, { file }));
  }
  const format = FORMATS[header.format];
  if (format === undefined) {
    const problem = createProblem('error', 'dlUnknownFormat', { format: header.format }, { file });
    return unreadableNetwork('dl', problem);
  }
  if (rows === null && !header.embedded) {
    return unreadableNetwork('dl', createProblem('error', 'dlNoSize', {}, { file }));
  }
  const network = emptyNetwork('dl');
  const state: DlState = { file, header, network, ids: [], known: new Set() };
  if (!header.embedded || format.endsWith('list1')) declareActors(state, rows ?? 0);
  network.relations = relationNames(header);
  if (format === 'edgelist1' || format === 'nodelist1') readLists(state, format);
  else readMatrices(state, format);
  network.directed = directionOfTies(network.ties);
  return network;
}

function relationNames(header: DlHeader): string[] {
  if (header.levelLabels.length >= header.matrices) {
    return header.levelLabels.slice(0, header.matrices);
  }
  return header.matrices > 1
    ? Array.from({ length: header.matrices }, (_, i) => String(i + 1))
    : [];
}

/** Actors 1…N, or the row labels when the header gives them (embedded labels come later). */
function declareActors(state: DlState, count: number): void {
  const labels = state.header.rowLabels;
  if (state.header.embedded) return;
  if (labels.length > 0 && labels.length !== count) {
    const params = { labels: labels.length, count };
    state.network.problems.push(
      createProblem('warning', 'dlLabelCount', params, { file: state.file }),
    );
  }
  for (let index = 0; index < count; index++) {
    addActor(state, labels[index] ?? String(index + 1), { file: state.file });
  }
}

function addActor(state: DlState, id: string, place: SourcePlace): void {
  if (state.known.has(id)) return;
  state.known.add(id);
  state.ids.push(id);
  state.network.actors.push(createActor(id, id, place));
}

function readMatrices(state: DlState, format: string): void {
  const { header, network, file } = state;
  const tokens = tokensOf(header.data);
  const cursor = { at: 0 };
  const next = (): DlToken | undefined => tokens[cursor.at++];
  if (header.embedded) {
    const count = header.n ?? header.rows ?? 0;
    for (let index = 0; index < count; index++) {
      const label = next();
      if (label) addActor(state, label.text, { file, row: label.line });
    }
  }
  const size = state.ids.length;
  for (let matrix = 0; matrix < header.matrices; matrix++) {
    const cells: MatrixCell[] = [];
    for (let row = 0; row < size; row++) {
      if (header.embedded) next();
      for (const column of columnsOfRow(format, row, size, header.diagonal)) {
        const token = next();
        if (!token) {
          const params = { expected: size * size, matrix: matrix + 1 };
          network.problems.push(createProblem('error', 'dlTooFewValues', params, { file }));
          return;
        }
        const value = Number(token.text);
        const place = { file, row: token.line, column: String(column + 1) };
        if (!Number.isFinite(value)) {
          const params = { value: token.text, line: token.line };
          network.problems.push(createProblem('error', 'badNumber', params, place));
          continue;
        }
        cells.push({ row, column, value, place });
        if (format !== 'fullmatrix' && row !== column)
          cells.push({ row: column, column: row, value, place });
      }
    }
    network.ties.push(...tiesFromMatrix(cells, state.ids, network.relations[matrix] ?? null).ties);
  }
  const extra = tokens[cursor.at];
  if (extra) {
    const params = { line: extra.line };
    network.problems.push(
      createProblem('warning', 'dlExtraValues', params, { file, row: extra.line }),
    );
  }
}

/** The columns a row holds: all of them, or the lower or upper half, with or without the diagonal. */
function columnsOfRow(format: string, row: number, size: number, diagonal: boolean): number[] {
  const columns: number[] = [];
  for (let column = 0; column < size; column++) {
    if (column === row && !diagonal) continue;
    if (format === 'lowerhalf' && column > row) continue;
    if (format === 'upperhalf' && column < row) continue;
    columns.push(column);
  }
  return columns;
}

function readLists(state: DlState, format: string): void {
  const { header, network, file } = state;
  const relation = network.relations[0] ?? null;
  for (const { text, line } of header.data) {
    const words = splitWords(text);
    if (words.length === 0) continue;
    const place = { file, row: line };
    const ends = format === 'edgelist1' ? words.slice(0, 2) : words;
    const ids = ends.map((word, index) =>
      resolveNode(state, word, { ...place, column: String(index + 1) }),
    );
    if (ids.some((id) => id === null)) continue;
    const [source, ...targets] = ids as string[];
    const weight = format === 'edgelist1' ? readWeight(state, words[2], place) : 1;
    for (const target of format === 'edgelist1' ? targets.slice(0, 1) : targets) {
      const tie = createTie(source!, target, place);
      tie.weight = weight;
      tie.directed = true;
      tie.relation = relation;
      network.ties.push(tie);
    }
  }
}

function resolveNode(state: DlState, word: string, place: SourcePlace): string | null {
  if (state.header.embedded) {
    addActor(state, word, place);
    return word;
  }
  if (state.known.has(word) && state.header.rowLabels.length > 0) return word;
  const index = Number(word);
  if (Number.isInteger(index) && index >= 1 && index <= state.ids.length)
    return state.ids[index - 1]!;
  const params = { id: word, line: place.row ?? 0 };
  state.network.problems.push(createProblem('error', 'unknownNode', params, place));
  return null;
}

/** A weight that is not a number is read as 1, with a warning, as the other readers do. */
function readWeight(state: DlState, word: string | undefined, place: SourcePlace): number {
  if (word === undefined) return 1;
  const weight = Number(word);
  if (Number.isFinite(weight)) return weight;
  const params = { value: word, line: place.row ?? 0 };
  state.network.problems.push(
    createProblem('warning', 'badWeight', params, { ...place, column: '3' }),
  );
  return 1;
}

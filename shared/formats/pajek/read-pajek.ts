/**
 * Pajek `.net` reader, after the Pajek manual (Batagelj & Mrvar, "Pajek: Program for
 * Analysis and Visualization of Large Networks", section on input files). Read: `*Network`
 * (its name goes to the network's attributes), `*Vertices N` (and two-mode `N N1`, marked
 * with a `mode` attribute) with quoted or bare labels, coordinates (x, y, z) and the shape
 * and drawing parameters kept as attributes (`ic`, `x_fact`…), `*Arcs` (directed) and
 * `*Edges` (undirected) in one file, `*Arcslist`/`*Edgeslist`, `*Matrix` (a symmetric one
 * as undirected ties), relations as `*Matrix :1 "Marital"` / `*Arcs :2 "Business"`, `%`
 * comments, keywords in any case, CRLF and tabs. Weights are kept as written, negative ones
 * too (the import decides); self-loops are kept; a line's drawing parameters (`c Blue`,
 * `l "Bezier loop"`, `p Dashed`…) become tie attributes.
 * Deliberately ignored: time intervals (`[1-5]`), `*Partition`, `*Vector` and other
 * non-network sections (one warning each), and project files holding several networks
 * (only the first is read).
 */
import type { Attributes } from '../../domain/text.ts';
import { createProblem, unreadableNetwork } from '../graph-files/problems.ts';
import { directionOfTies, tiesFromMatrix, type MatrixCell } from '../graph-files/matrix-ties.ts';
import { createActor, createTie } from '../graph-files/records.ts';
import { emptyNetwork, type ParsedNetwork, type SourcePlace } from '../parsed-network.ts';
import {
  VERTEX_PARAMETERS,
  numberOf,
  readParameters,
  readSectionLine,
  splitPajekWords,
} from './pajek-lines.ts';

interface PajekState {
  file: string;
  network: ParsedNetwork;
  /** Actor index by vertex number. */
  vertices: Map<number, number>;
  section: string | null;
  relation: string | null;
  matrix: { cells: MatrixCell[]; row: number; relation: string | null } | null;
  networksSeen: number;
}

const TIE_SECTIONS = new Set(['arcs', 'edges', 'arcslist', 'edgeslist', 'matrix']);

export function readPajek(text: string, file: string): ParsedNetwork {
  const network = emptyNetwork('net');
  const state: PajekState = {
    file,
    network,
    vertices: new Map(),
    section: null,
    relation: null,
    matrix: null,
    networksSeen: 0,
  };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (const [index, line] of lines.entries()) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('%')) continue;
    const place = { file, row: index + 1 };
    if (trimmed.startsWith('*')) {
      if (!enterSection(state, trimmed, place)) break;
    } else {
      readLine(state, splitPajekWords(trimmed), place);
    }
  }
  finishMatrix(state);
  if (state.vertices.size === 0) {
    return unreadableNetwork('net', createProblem('error', 'pajekNoVertices', {}, { file }));
  }
  network.directed = directionOfTies(network.ties);
  return network;
}

/** Opens a section; false when a second network starts (only the first is read). */
function enterSection(state: PajekState, line: string, place: SourcePlace): boolean {
  finishMatrix(state);
  const section = readSectionLine(line);
  state.section = section.keyword;
  state.relation = section.relation;
  if (state.relation !== null && !state.network.relations.includes(state.relation)) {
    state.network.relations.push(state.relation);
  }
  if (section.keyword === 'network') {
    state.networksSeen++;
    if (state.networksSeen > 1) return false;
    const name = section.rest.join(' ').trim();
    if (name !== '') state.network.attributes = { name };
  } else if (section.keyword === 'vertices') {
    declareVertices(state, section.rest, place);
  } else if (section.keyword === 'matrix') {
    state.matrix = { cells: [], row: 0, relation: state.relation };
  } else if (!TIE_SECTIONS.has(section.keyword)) {
    const params = { section: section.keyword, line: place.row ?? 0 };
    state.network.problems.push(createProblem('warning', 'pajekSectionIgnored', params, place));
    state.section = null;
  }
  return true;
}

function declareVertices(state: PajekState, rest: string[], place: SourcePlace): void {
  const count = numberOf(rest[0]);
  const firstMode = numberOf(rest[1]);
  if (count === null || !Number.isInteger(count) || count < 0) {
    const params = { value: rest[0] ?? '', line: place.row ?? 0 };
    state.network.problems.push(createProblem('error', 'pajekBadVertexCount', params, place));
    return;
  }
  for (let number = 1; number <= count; number++) {
    if (state.vertices.has(number)) continue;
    const actor = createActor(String(number), String(number), place);
    if (firstMode !== null) actor.attributes.mode = number <= firstMode ? 1 : 2;
    state.vertices.set(number, state.network.actors.length);
    state.network.actors.push(actor);
  }
}

function readLine(state: PajekState, words: string[], place: SourcePlace): void {
  if (state.section === 'vertices') readVertex(state, words, place);
  else if (state.section === 'arcs' || state.section === 'edges') readTieLine(state, words, place);
  else if (state.section === 'arcslist' || state.section === 'edgeslist')
    readList(state, words, place);
  else if (state.section === 'matrix') readMatrixRow(state, words, place);
}

function readVertex(state: PajekState, words: string[], place: SourcePlace): void {
  const index = vertexIndex(state, words[0], { ...place, column: '1' });
  if (index === null) return;
  const actor = state.network.actors[index]!;
  actor.origin = place;
  if (words[1] !== undefined && words[1].trim() !== '') actor.name = words[1].trim();
  readVertexFields(words.slice(2), actor.attributes);
}

/**
 * The fields after a vertex label, in any order as real files have them (SocNetV writes
 * `ic RGBF1F5D5` before the coordinates): up to three numbers are x, y, z; a known
 * parameter keyword takes the next word as its value; the first other word is the shape.
 */
function readVertexFields(words: string[], attributes: Attributes): void {
  const coordinates = ['x', 'y', 'z'];
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const value = numberOf(word);
    if (value !== null && coordinates.length > 0) {
      attributes[coordinates.shift()!] = value;
    } else if (VERTEX_PARAMETERS.has(word.toLowerCase()) || 'shape' in attributes) {
      readParameters(words.slice(index, index + 2), attributes);
      index++;
    } else {
      attributes.shape = word;
    }
  }
}

function readTieLine(state: PajekState, words: string[], place: SourcePlace): void {
  const source = vertexIndex(state, words[0], { ...place, column: '1' });
  const target = vertexIndex(state, words[1], { ...place, column: '2' });
  if (source === null || target === null) return;
  const tie = newTie(state, source, target, place);
  const weight = numberOf(words[2]);
  const parameters = words.slice(weight === null ? 2 : 3);
  if (weight !== null) tie.weight = weight;
  else if (words[2] !== undefined && parameters.length % 2 === 1) {
    const params = { value: words[2], line: place.row ?? 0 };
    state.network.problems.push(
      createProblem('warning', 'badWeight', params, { ...place, column: '3' }),
    );
    parameters.shift();
  }
  readParameters(parameters, tie.attributes);
  state.network.ties.push(tie);
}

function readList(state: PajekState, words: string[], place: SourcePlace): void {
  const source = vertexIndex(state, words[0], { ...place, column: '1' });
  if (source === null) return;
  words.slice(1).forEach((word, offset) => {
    const target = vertexIndex(state, word, { ...place, column: String(offset + 2) });
    if (target !== null) state.network.ties.push(newTie(state, source, target, place));
  });
}

function newTie(state: PajekState, source: number, target: number, place: SourcePlace) {
  const { actors } = state.network;
  const tie = createTie(actors[source]!.id, actors[target]!.id, place);
  tie.directed = state.section === 'arcs' || state.section === 'arcslist';
  tie.relation = state.relation;
  return tie;
}

function readMatrixRow(state: PajekState, words: string[], place: SourcePlace): void {
  const matrix = state.matrix;
  if (!matrix) return;
  const size = state.network.actors.length;
  for (const word of words) {
    const row = Math.floor(matrix.row / size);
    const column = matrix.row % size;
    matrix.row++;
    const value = numberOf(word);
    const cellPlace = { ...place, column: String(column + 1) };
    if (value === null) {
      const params = { value: word, line: place.row ?? 0 };
      state.network.problems.push(createProblem('error', 'badNumber', params, cellPlace));
    } else if (row < size) {
      matrix.cells.push({ row, column, value, place: cellPlace });
    }
  }
}

function finishMatrix(state: PajekState): void {
  const matrix = state.matrix;
  if (!matrix) return;
  state.matrix = null;
  const size = state.network.actors.length;
  if (matrix.row !== size * size) {
    const params = { expected: size * size, found: matrix.row };
    state.network.problems.push(
      createProblem('error', 'pajekMatrixSize', params, { file: state.file }),
    );
  }
  const ids = state.network.actors.map((actor) => actor.id);
  state.network.ties.push(...tiesFromMatrix(matrix.cells, ids, matrix.relation).ties);
}

function vertexIndex(
  state: PajekState,
  word: string | undefined,
  place: SourcePlace,
): number | null {
  const number = numberOf(word);
  const index = number === null ? undefined : state.vertices.get(number);
  if (index !== undefined) return index;
  const params = { id: word ?? '', line: place.row ?? 0 };
  state.network.problems.push(createProblem('error', 'unknownNode', params, place));
  return null;
}

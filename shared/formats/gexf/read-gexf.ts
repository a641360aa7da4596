/**
 * GEXF reader. Follows the GEXF 1.3 specification (gexf.net, "GEXF 1.3 primer" and XSD) and
 * reads 1.1 and 1.2draft files alike, whatever their namespace (`www.gexf.net` or `gexf.net`).
 * Read: nodes (label, `pid` or nested `<nodes>` hierarchy → `parent` attribute), edges (id
 * optional, per-edge `type` over the graph's `defaultedgetype`, `weight`, `kind` → tie type,
 * `label` → attribute), static and dynamic attributes with `<default>`, `viz:*` as plain
 * attributes, and time: `start`/`end`, the deprecated `startopen`/`endopen`, `<spells>` (and
 * 1.1 `<slices>`), open intervals. With `timeformat="date"` (or dateTime, or undeclared but
 * written as dates) intervals become spells [start, end) of days (see gexf-time.ts for the
 * inclusive-end conversion); with double or integer time the bounds are kept as numbers in
 * attributes (`start`, `end`, or `spells` in Gephi notation), with a warning.
 * Deliberately ignored: `<meta>` beyond creator/description/keywords/date, `timestamp(s)`
 * (1.3 timestamp representation), `viz` on attvalues, `<parents>` (1.2 multi-parent
 * hierarchies), phylogenetic data and `<options>` of liststring attributes.
 */
import type { Attributes } from '../../domain/text.ts';
import { mergeSpells, type DaySpell } from '../graph-files/days.ts';
import { createProblem, unreadableNetwork } from '../graph-files/problems.ts';
import {
  PARENT_ATTRIBUTE,
  createActor,
  takeActorFields,
  takeTieFields,
} from '../graph-files/records.ts';
import { emptyNetwork, type ImportProblem, type ParsedNetwork } from '../parsed-network.ts';
import { parseXml } from '../xml/parse-xml.ts';
import { childrenNamed, firstChild, type XmlElement } from '../xml/xml-element.ts';
import { tieOfEdgeElement } from '../xml/edge-element.ts';
import { elementPlace, elementProblem } from '../xml/xml-place.ts';
import {
  addVisualAttributes,
  readAttributeValues,
  readDeclarations,
  type AttributeContext,
} from './gexf-attributes.ts';
import { formatInterval, intervalsOf, spellOf, timeKindOf, type TimeKind } from './gexf-time.ts';

interface GexfState {
  file: string;
  network: ParsedNetwork;
  timeKind: TimeKind;
  nodeContext: AttributeContext;
  edgeContext: AttributeContext;
  actorIds: Set<string>;
  numericTimeSeen: boolean;
}

export function readGexf(text: string, file: string): ParsedNetwork {
  const parsed = parseXml(text, file);
  if (parsed.root === null) return unreadableNetwork('gexf', parsed.problem);
  const root = parsed.root;
  if (root.local !== 'gexf') {
    const problem = createProblem('error', 'notGexf', { element: root.local }, { file });
    return unreadableNetwork('gexf', problem);
  }
  const graph = firstChild(root, 'graph');
  if (!graph) return unreadableNetwork('gexf', createProblem('error', 'gexfNoGraph', {}, { file }));

  const network = emptyNetwork('gexf');
  const edgeType = graph.attributes.defaultedgetype?.toLowerCase();
  network.directed = edgeType === 'directed' ? true : edgeType === 'undirected' ? false : null;
  const meta = readMeta(root);
  if (meta) network.attributes = meta;
  const context = (className: string): AttributeContext => ({
    file,
    problems: network.problems,
    declarations: readDeclarations(graph, className),
    flattened: new Map(),
    unknownReported: new Set(),
  });
  const state: GexfState = {
    file,
    network,
    timeKind: timeKindOf(graph.attributes.timeformat),
    nodeContext: context('node'),
    edgeContext: context('edge'),
    actorIds: new Set(),
    numericTimeSeen: false,
  };
  readNodes(graph, null, state);
  for (const block of childrenNamed(graph, 'edges')) {
    for (const edge of childrenNamed(block, 'edge')) readEdge(edge, state);
  }
  reportSummaries(graph, state);
  return network;
}

function readMeta(root: XmlElement): Attributes | null {
  const meta = firstChild(root, 'meta');
  if (!meta) return null;
  const attributes: Attributes = {};
  for (const field of ['creator', 'description', 'keywords']) {
    const text = firstChild(meta, field)?.text.trim();
    if (text) attributes[field] = text;
  }
  const modified = meta.attributes.lastmodifieddate;
  if (modified) attributes.lastModified = modified;
  return attributes;
}

function readNodes(container: XmlElement, parentId: string | null, state: GexfState): void {
  for (const block of childrenNamed(container, 'nodes')) {
    for (const node of childrenNamed(block, 'node')) readNode(node, parentId, state);
  }
}

function readNode(node: XmlElement, parentId: string | null, state: GexfState): void {
  const { file, network } = state;
  const id = node.attributes.id;
  if (id === undefined || id === '') {
    network.problems.push(elementProblem('error', 'missingId', {}, file, node, 'id'));
    return;
  }
  if (state.actorIds.has(id)) {
    network.problems.push(elementProblem('error', 'duplicateNode', { id }, file, node, 'id'));
    return;
  }
  state.actorIds.add(id);
  const actor = createActor(id, node.attributes.label ?? id, elementPlace(file, node));
  actor.attributes = readAttributeValues(node, state.nodeContext);
  addVisualAttributes(node, actor.attributes);
  const parent = parentId ?? node.attributes.pid ?? null;
  if (parent !== null) actor.attributes[PARENT_ATTRIBUTE] = parent;
  const spells = readTime(node, actor.attributes, state);
  if (spells.length > 0) actor.spells = spells;
  takeActorFields(actor);
  network.actors.push(actor);
  readNodes(node, id, state);
}

function readEdge(edge: XmlElement, state: GexfState): void {
  const { file, network } = state;
  const tie = tieOfEdgeElement(edge, file, state.actorIds, network.problems);
  if (tie === null) return;
  const type = edge.attributes.type?.toLowerCase();
  if (type !== undefined) tie.directed = type === 'directed';
  tie.weight = readWeight(edge, state);
  tie.attributes = readAttributeValues(edge, state.edgeContext);
  if (edge.attributes.label !== undefined) tie.attributes.label = edge.attributes.label;
  if (edge.attributes.kind !== undefined) tie.type = edge.attributes.kind;
  addVisualAttributes(edge, tie.attributes);
  tie.spells = readTime(edge, tie.attributes, state);
  takeTieFields(tie);
  network.ties.push(tie);
}

function readWeight(edge: XmlElement, state: GexfState): number {
  const text = edge.attributes.weight;
  if (text === undefined) return 1;
  const weight = Number(text);
  if (text.trim() !== '' && Number.isFinite(weight)) return weight;
  state.network.problems.push(
    elementProblem('warning', 'badWeight', { value: text }, state.file, edge, 'weight'),
  );
  return 1;
}

/**
 * The element's spells when time is dates; otherwise its bounds kept as attributes: `start`
 * and `end` as numbers for a single interval, `spells` in Gephi's notation for several.
 */
function readTime(element: XmlElement, attributes: Attributes, state: GexfState): DaySpell[] {
  const intervals = intervalsOf(element);
  const spells: DaySpell[] = [];
  const numeric: string[] = [];
  for (const { interval, element: source } of intervals) {
    const result = spellOf(interval, state.timeKind);
    if (result.kind === 'spell') spells.push(result.spell);
    else if (result.kind === 'number') numeric.push(formatInterval(interval));
    else state.network.problems.push(timeProblem(result, source, state.file));
  }
  if (numeric.length > 0) {
    state.numericTimeSeen = true;
    const only = intervals.length === 1 ? intervals[0]!.interval : null;
    if (only) {
      if (only.start !== null) attributes.start = numberOrText(only.start);
      if (only.end !== null) attributes.end = numberOrText(only.end);
    } else {
      attributes.spells = `<${numeric.join('; ')}>`;
    }
  }
  return mergeSpells(spells);
}

function timeProblem(
  result:
    { kind: 'badDate'; value: string } | { kind: 'endBeforeStart'; start: string; end: string },
  element: XmlElement,
  file: string,
): ImportProblem {
  return result.kind === 'badDate'
    ? elementProblem('warning', 'badDate', { value: result.value }, file, element)
    : elementProblem(
        'warning',
        'spellEndBeforeStart',
        { start: result.start, end: result.end },
        file,
        element,
      );
}

function reportSummaries(graph: XmlElement, state: GexfState): void {
  const { network, file } = state;
  const flattenedAny = state.nodeContext.flattened.size + state.edgeContext.flattened.size > 0;
  if (state.numericTimeSeen || (state.timeKind === 'number' && flattenedAny)) {
    const timeformat = graph.attributes.timeformat ?? 'double';
    network.problems.push(
      elementProblem('warning', 'numericTimeKept', { timeformat }, file, graph, 'timeformat'),
    );
  }
  for (const [context, className] of [
    [state.nodeContext, 'node'],
    [state.edgeContext, 'edge'],
  ] as const) {
    for (const [attribute, count] of context.flattened) {
      network.problems.push(
        elementProblem(
          'warning',
          'dynamicValuesFlattened',
          { attribute, count, kind: className },
          file,
          graph,
        ),
      );
    }
  }
}

function numberOrText(text: string): string | number {
  const value = Number(text);
  return Number.isFinite(value) ? value : text;
}

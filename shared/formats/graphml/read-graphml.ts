/**
 * GraphML reader. Follows the GraphML 1.0 primer and schema (graphml.graphdrawing.org) with
 * yWorks' extensions as yEd 3.x and yFiles for HTML 2.x write them.
 * Read: `<key>` with attr.name/attr.type and `<default>`, graph-level `<data>` (into the
 * network's attributes), `edgedefault` and per-edge `directed`, nested graphs: a node holding
 * a `<graph>` (yEd's `yfiles.foldertype="group"`) stays an actor with `groupNode: true`, and
 * the nodes inside get `parent` = its id (so yEd's groups file gives 5 actors: 4 + 1 group).
 * yEd/yFiles keys (`yfiles.type`, `y:attr.uri`) are drawing markup: only labels, x/y and fill
 * colour are taken from them. A node's name is its yFiles label, else a key named `label`,
 * else its id; an edge key named `weight` gives the weight. Parallel edges and self-loops
 * are kept as written.
 * Deliberately ignored: ports, hyperedges (one warning), `<locator>` (external graphs),
 * parse.* hints, and every style detail.
 */
import type { Attributes } from '../../domain/text.ts';
import { createProblem, unreadableNetwork } from '../graph-files/problems.ts';
import {
  GROUP_NODE_ATTRIBUTE,
  PARENT_ATTRIBUTE,
  createActor,
  splitAttribute,
  takeActorFields,
  takeTieFields,
} from '../graph-files/records.ts';
import { emptyNetwork, type ParsedNetwork } from '../parsed-network.ts';
import { parseXml } from '../xml/parse-xml.ts';
import { childrenNamed, firstChild, type XmlElement } from '../xml/xml-element.ts';
import { tieOfEdgeElement } from '../xml/edge-element.ts';
import { elementPlace, elementProblem } from '../xml/xml-place.ts';
import { defaultsFor, readKeys, typedValue, type GraphmlKey } from './graphml-keys.ts';
import { readYfilesGraphics } from './yfiles-graphics.ts';

interface GraphmlState {
  file: string;
  network: ParsedNetwork;
  keys: Map<string, GraphmlKey>;
  actorIds: Set<string>;
  edges: { edge: XmlElement; edgeDefault: boolean | null }[];
  reported: Set<string>;
}

interface DataValues {
  attributes: Attributes;
  label: string | null;
}

export function readGraphml(text: string, file: string): ParsedNetwork {
  const parsed = parseXml(text, file);
  if (parsed.root === null) return unreadableNetwork('graphml', parsed.problem);
  const root = parsed.root;
  if (root.local !== 'graphml') {
    const problem = createProblem('error', 'notGraphml', { element: root.local }, { file });
    return unreadableNetwork('graphml', problem);
  }
  const graph = firstChild(root, 'graph');
  if (!graph) {
    return unreadableNetwork('graphml', createProblem('error', 'graphmlNoGraph', {}, { file }));
  }
  const network = emptyNetwork('graphml');
  const state: GraphmlState = {
    file,
    network,
    keys: readKeys(root),
    actorIds: new Set(),
    edges: [],
    reported: new Set(),
  };
  network.directed = edgeDefaultOf(graph, null);
  const graphData = readData(graph, 'graph', state).attributes;
  if (Object.keys(graphData).length > 0) network.attributes = graphData;
  readGraph(graph, null, network.directed, state);
  for (const { edge, edgeDefault } of state.edges) readEdge(edge, edgeDefault, state);
  return network;
}

function edgeDefaultOf(graph: XmlElement, inherited: boolean | null): boolean | null {
  const value = graph.attributes.edgedefault?.toLowerCase();
  return value === 'directed' ? true : value === 'undirected' ? false : inherited;
}

function readGraph(
  graph: XmlElement,
  parentId: string | null,
  edgeDefault: boolean | null,
  state: GraphmlState,
): void {
  for (const child of graph.children) {
    if (child.local === 'node') readNode(child, parentId, edgeDefault, state);
    else if (child.local === 'edge') state.edges.push({ edge: child, edgeDefault });
    else if (child.local === 'hyperedge') reportOnce('hyperedgeIgnored', child, {}, state);
  }
}

function readNode(
  node: XmlElement,
  parentId: string | null,
  edgeDefault: boolean | null,
  state: GraphmlState,
): void {
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
  const data = readData(node, 'node', state);
  const { value: keyLabel, rest: attributes } = splitAttribute(data.attributes, 'label');
  const labelText =
    typeof keyLabel === 'string' || typeof keyLabel === 'number' ? String(keyLabel) : null;
  const name = data.label ?? labelText ?? id;
  const actor = createActor(id, name, elementPlace(file, node));
  actor.attributes = attributes;
  const nested = childrenNamed(node, 'graph');
  if (nested.length > 0 || node.attributes['yfiles.foldertype'] !== undefined) {
    actor.attributes[GROUP_NODE_ATTRIBUTE] = true;
  }
  if (parentId !== null) actor.attributes[PARENT_ATTRIBUTE] = parentId;
  takeActorFields(actor);
  network.actors.push(actor);
  for (const inner of nested) readGraph(inner, id, edgeDefaultOf(inner, edgeDefault), state);
}

function readEdge(edge: XmlElement, edgeDefault: boolean | null, state: GraphmlState): void {
  const { file, network } = state;
  const tie = tieOfEdgeElement(edge, file, state.actorIds, network.problems);
  if (tie === null) return;
  const directed = edge.attributes.directed?.toLowerCase();
  if (directed === 'true' || directed === 'false') tie.directed = directed === 'true';
  else if (edgeDefault !== network.directed) tie.directed = edgeDefault;
  const data = readData(edge, 'edge', state);
  const { value: weight, rest: attributes } = splitAttribute(data.attributes, 'weight');
  if (data.label !== null && !('label' in attributes)) attributes.label = data.label;
  if (typeof weight === 'number') tie.weight = weight;
  else if (weight !== undefined && weight !== null) {
    const params = { value: String(weight) };
    network.problems.push(elementProblem('warning', 'badWeight', params, file, edge));
  }
  tie.attributes = attributes;
  takeTieFields(tie);
  network.ties.push(tie);
}

/** The `<data>` of a node, edge or graph, typed, with key defaults for what is missing. */
function readData(element: XmlElement, domain: string, state: GraphmlState): DataValues {
  const attributes: Attributes = {};
  let label: string | null = null;
  for (const data of childrenNamed(element, 'data')) {
    const keyId = data.attributes.key ?? '';
    const key = state.keys.get(keyId);
    if (!key) {
      reportOnce('unknownKey', data, { key: keyId }, state);
      continue;
    }
    if (key.graphics !== null) {
      const graphics = readYfilesGraphics(data);
      label ??= graphics.label;
      Object.assign(attributes, graphics.attributes);
      continue;
    }
    const typed = typedValue(data.text, key.type);
    if (typed.ok) {
      attributes[key.name] = typed.value;
      continue;
    }
    const params = { attribute: key.name, value: typed.raw, type: key.type };
    state.network.problems.push(
      elementProblem('warning', 'badAttributeValue', params, state.file, data, 'key'),
    );
    attributes[key.name] = typed.raw;
  }
  for (const key of defaultsFor(state.keys, domain)) {
    if (key.name in attributes) continue;
    const typed = typedValue(key.defaultValue!, key.type);
    attributes[key.name] = typed.ok ? typed.value : typed.raw;
  }
  return { attributes, label };
}

function reportOnce(
  code: string,
  element: XmlElement,
  params: Record<string, string>,
  state: GraphmlState,
): void {
  const marker = `${code} ${JSON.stringify(params)}`;
  if (state.reported.has(marker)) return;
  state.reported.add(marker);
  state.network.problems.push(elementProblem('warning', code, params, state.file, element));
}

import { createTie } from '../graph-files/records.ts';
import type { ImportProblem, ParsedTie } from '../parsed-network.ts';
import type { XmlElement } from './xml-element.ts';
import { elementPlace, elementProblem } from './xml-place.ts';

/**
 * The tie an XML `<edge source target>` describes (GEXF and GraphML alike), or null with a
 * problem naming the element when an end is missing or names no node of the file.
 */
export function tieOfEdgeElement(
  edge: XmlElement,
  file: string,
  actorIds: ReadonlySet<string>,
  problems: ImportProblem[],
): ParsedTie | null {
  const { source, target } = edge.attributes;
  if (source === undefined || target === undefined) {
    problems.push(elementProblem('error', 'missingEnd', {}, file, edge));
    return null;
  }
  for (const [end, attribute] of [
    [source, 'source'],
    [target, 'target'],
  ] as const) {
    if (actorIds.has(end)) continue;
    problems.push(elementProblem('error', 'unknownNode', { id: end }, file, edge, attribute));
    return null;
  }
  const tie = createTie(source, target, elementPlace(file, edge));
  tie.id = edge.attributes.id ?? null;
  return tie;
}

import { SaxesParser } from 'saxes';
import { createProblem } from '../graph-files/problems.ts';
import type { ImportProblem } from '../parsed-network.ts';
import type { XmlElement } from './xml-element.ts';

export type XmlResult =
  { root: XmlElement; problem: null } | { root: null; problem: ImportProblem };

const XMLNS_URI = 'http://www.w3.org/2000/xmlns/';
const XML_URI = 'http://www.w3.org/XML/1998/namespace';

/** Thrown inside saxes' handlers to stop at the first problem; never leaves this file. */
interface Stop {
  stop: ImportProblem;
}

/**
 * Parses a whole XML document with saxes, a strict (well-formedness checking) SAX parser.
 * Safety: any DOCTYPE is refused (`dtdRefused`) before its content is used, so no external
 * entity or DTD is fetched or expanded; saxes itself only knows the five predefined entities
 * and numeric references. The first well-formedness error stops reading (`xmlMalformed`).
 * Namespace prefixes are resolved here, leniently: an unbound prefix gets the URI '' instead
 * of failing, because some exporters forget to declare `viz:`.
 */
export function parseXml(text: string, file: string): XmlResult {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: { element: XmlElement; namespaces: Map<string, string> }[] = [];
  const roots: XmlElement[] = [];
  const place = () => ({ file, row: parser.line, column: String(parser.column + 1) });
  const stop = (problem: ImportProblem): Stop => ({ stop: problem });

  parser.on('doctype', () => {
    throw stop(createProblem('error', 'dtdRefused', { line: parser.line }, place()));
  });
  parser.on('error', (error) => {
    const reason = error.message.replace(/^[^:]*:\d+:\d+: /, '');
    throw stop(createProblem('error', 'xmlMalformed', { line: parser.line, reason }, place()));
  });
  parser.on('opentag', (tag) => {
    const parent = stack.at(-1);
    const namespaces = new Map(parent?.namespaces ?? [['xml', XML_URI]]);
    for (const [name, value] of Object.entries(tag.attributes)) {
      if (name === 'xmlns') namespaces.set('', value.trim());
      else if (name.startsWith('xmlns:')) namespaces.set(name.slice(6), value.trim());
    }
    const element = buildElement(tag.name, tag.attributes, namespaces, parent?.element);
    element.line = parser.line;
    element.column = parser.column + 1;
    if (parent) parent.element.children.push(element);
    else roots.push(element);
    stack.push({ element, namespaces });
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (content) => {
    const current = stack.at(-1);
    if (current) current.element.text += content;
  });
  parser.on('cdata', (content) => {
    const current = stack.at(-1);
    if (current) current.element.text += content;
  });

  try {
    parser.write(text.startsWith('\uFEFF') ? text.slice(1) : text).close();
  } catch (thrown) {
    if (isStop(thrown)) return { root: null, problem: thrown.stop };
    throw thrown;
  }
  const root = roots[0];
  if (!root) {
    return { root: null, problem: createProblem('error', 'xmlEmpty', {}, { file }) };
  }
  return { root, problem: null };
}

function buildElement(
  name: string,
  attributes: Record<string, string>,
  namespaces: Map<string, string>,
  parent: XmlElement | undefined,
): XmlElement {
  const [prefix, local] = splitName(name);
  const qualifiedAttributes: Record<string, string> = {};
  for (const [attributeName, value] of Object.entries(attributes)) {
    const [attributePrefix, attributeLocal] = splitName(attributeName);
    if (attributePrefix === '' || attributePrefix === 'xmlns') continue;
    const uri = namespaces.get(attributePrefix) ?? '';
    if (uri !== XMLNS_URI) qualifiedAttributes[`{${uri}}${attributeLocal}`] = value;
  }
  return {
    name,
    local,
    uri: namespaces.get(prefix) ?? '',
    attributes,
    qualifiedAttributes,
    children: [],
    text: '',
    path: parent ? `${parent.path}/${local}` : local,
    line: 0,
    column: 0,
  };
}

function splitName(name: string): [string, string] {
  const colon = name.indexOf(':');
  return colon < 0 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
}

function isStop(value: unknown): value is Stop {
  return typeof value === 'object' && value !== null && 'stop' in value;
}

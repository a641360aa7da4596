import type { Attributes } from '../../domain/text.ts';
import type { ImportProblem } from '../parsed-network.ts';
import { childrenNamed, firstChild, type XmlElement } from '../xml/xml-element.ts';
import { elementProblem } from '../xml/xml-place.ts';
import { compareBounds, formatInterval, rawInterval, type RawInterval } from './gexf-time.ts';

/** One `<attribute>` of an `<attributes class="node|edge">` block. */
export interface AttributeDeclaration {
  id: string;
  title: string;
  type: string;
  defaultValue: string | null;
}

/** What reading attvalues needs and what it reports, shared across the elements of one file. */
export interface AttributeContext {
  file: string;
  problems: ImportProblem[];
  declarations: Map<string, AttributeDeclaration>;
  /** Attributes whose values changed over time, with how many elements had such values. */
  flattened: Map<string, number>;
  unknownReported: Set<string>;
}

const NUMBER_TYPES = new Set(['integer', 'long', 'short', 'byte', 'float', 'double']);
const NUMBER_TYPES_KEPT_AS_TEXT = new Set(['biginteger', 'bigdecimal']);

/** The attribute declarations of one class (`node` or `edge`), static and dynamic blocks alike, by id. */
export function readDeclarations(
  graph: XmlElement,
  className: string,
): Map<string, AttributeDeclaration> {
  const declarations = new Map<string, AttributeDeclaration>();
  for (const block of childrenNamed(graph, 'attributes')) {
    if ((block.attributes.class ?? 'node').toLowerCase() !== className) continue;
    for (const attribute of childrenNamed(block, 'attribute')) {
      const id = attribute.attributes.id ?? attribute.attributes.title;
      if (id === undefined) continue;
      const defaultElement = firstChild(attribute, 'default');
      declarations.set(id, {
        id,
        title: (attribute.attributes.title ?? '').trim() || id,
        type: (attribute.attributes.type ?? 'string').toLowerCase(),
        defaultValue: defaultElement ? defaultElement.text.trim() : null,
      });
    }
  }
  return declarations;
}

/**
 * The attvalues of a node or edge, typed by their declaration, declared defaults filled in.
 * A value that changes over time (attvalues with start/end) keeps its latest value under the
 * attribute's title and the whole series, in Gephi's `<[start, end, value]; …>` notation,
 * under "<title> history", so nothing is lost; the caller warns once per attribute.
 */
export function readAttributeValues(element: XmlElement, context: AttributeContext): Attributes {
  const attributes: Attributes = {};
  const series = new Map<
    string,
    { raw: string; value: Attributes[string]; interval: RawInterval | null }[]
  >();
  for (const block of childrenNamed(element, 'attvalues')) {
    for (const attvalue of childrenNamed(block, 'attvalue')) {
      const key = attvalue.attributes.for ?? attvalue.attributes.id;
      if (key === undefined) continue;
      const declaration = context.declarations.get(key) ?? findByTitle(context.declarations, key);
      if (!declaration) reportUnknown(key, attvalue, context);
      const name = declaration?.title ?? key;
      const raw = attvalue.attributes.value ?? '';
      const value = typedValue(raw, declaration?.type ?? 'string', name, attvalue, context);
      const entries = series.get(name) ?? [];
      entries.push({ raw, value, interval: rawInterval(attvalue) });
      series.set(name, entries);
    }
  }
  for (const [name, entries] of series) {
    if (entries.length === 1 && entries[0]!.interval === null) {
      attributes[name] = entries[0]!.value;
      continue;
    }
    const ordered = [...entries].sort((a, b) =>
      compareBounds(a.interval?.start ?? null, b.interval?.start ?? null),
    );
    attributes[name] = ordered.at(-1)!.value;
    const everAlways: RawInterval = { start: null, startOpen: false, end: null, endOpen: false };
    attributes[`${name} history`] =
      `<${ordered.map((entry) => formatInterval(entry.interval ?? everAlways, entry.raw)).join('; ')}>`;
    context.flattened.set(name, (context.flattened.get(name) ?? 0) + 1);
  }
  for (const declaration of context.declarations.values()) {
    if (declaration.defaultValue === null || declaration.title in attributes) continue;
    attributes[declaration.title] = typedValue(
      declaration.defaultValue,
      declaration.type,
      declaration.title,
      element,
      context,
    );
  }
  return attributes;
}

/**
 * Gephi's visual attributes (`viz:color`, `viz:position`, `viz:size`, `viz:shape`,
 * `viz:thickness`) as plain attributes: color as #rrggbb (opacity apart), x, y, z, size,
 * shape, thickness. A name the file already uses for its own attribute gets a "viz " prefix.
 */
export function addVisualAttributes(element: XmlElement, attributes: Attributes): void {
  const put = (name: string, value: string | number | undefined) => {
    if (value === undefined || value === '') return;
    attributes[name in attributes ? `viz ${name}` : name] = value;
  };
  for (const child of element.children) {
    if (!isViz(child)) continue;
    const values = child.attributes;
    if (child.local === 'color') {
      put('color', values.hex ?? hexColour(values.r, values.g, values.b));
      put('opacity', numberOrText(values.a));
    } else if (child.local === 'position') {
      put('x', numberOrText(values.x));
      put('y', numberOrText(values.y));
      put('z', numberOrText(values.z));
    } else if (child.local === 'size' || child.local === 'thickness' || child.local === 'shape') {
      put(child.local, numberOrText(values.value));
    }
  }
}

function isViz(element: XmlElement): boolean {
  return element.uri.includes('/viz') || element.name.startsWith('viz:');
}

function hexColour(red?: string, green?: string, blue?: string): string | undefined {
  const parts = [red, green, blue].map((part) => Number(part));
  if (parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255)) return undefined;
  return `#${parts.map((part) => part.toString(16).padStart(2, '0')).join('')}`;
}

function numberOrText(text: string | undefined): string | number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value) ? value : text;
}

function findByTitle(
  declarations: Map<string, AttributeDeclaration>,
  title: string,
): AttributeDeclaration | undefined {
  return [...declarations.values()].find((declaration) => declaration.title === title);
}

function reportUnknown(key: string, element: XmlElement, context: AttributeContext): void {
  if (context.unknownReported.has(key)) return;
  context.unknownReported.add(key);
  context.problems.push(
    elementProblem('warning', 'unknownAttribute', { attribute: key }, context.file, element, 'for'),
  );
}

/** The value as its declared type says; a value that does not fit stays text, with a warning. */
function typedValue(
  raw: string,
  type: string,
  name: string,
  element: XmlElement,
  context: AttributeContext,
): Attributes[string] {
  const text = raw.trim();
  if (NUMBER_TYPES.has(type)) {
    const value = Number(text);
    if (text !== '' && Number.isFinite(value)) return value;
  } else if (type === 'boolean') {
    if (text === 'true' || text === '1') return true;
    if (text === 'false' || text === '0') return false;
  } else {
    return NUMBER_TYPES_KEPT_AS_TEXT.has(type) ? text : raw;
  }
  if (text === '') return null;
  context.problems.push(
    elementProblem(
      'warning',
      'badAttributeValue',
      { attribute: name, value: raw, type },
      context.file,
      element,
      'value',
    ),
  );
  return raw;
}

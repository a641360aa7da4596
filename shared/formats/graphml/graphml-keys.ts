import type { Attributes } from '../../domain/text.ts';
import { childrenNamed, firstChild, type XmlElement } from '../xml/xml-element.ts';

/** One `<key>`: what a `<data key="…">` means. */
export interface GraphmlKey {
  id: string;
  /** node, edge, graph, all, port, graphml… */
  domain: string;
  name: string;
  /** boolean, int, long, float, double or string (GraphML's default). */
  type: string;
  defaultValue: string | null;
  /**
   * yEd's `yfiles.type` (nodegraphics, edgegraphics, resources…) or yFiles for HTML's
   * `y:attr.uri`: drawing markup, read for labels and positions, never kept as attributes.
   */
  graphics: string | null;
}

const NUMBER_TYPES = new Set(['int', 'long', 'float', 'double']);

export function readKeys(root: XmlElement): Map<string, GraphmlKey> {
  const keys = new Map<string, GraphmlKey>();
  for (const key of childrenNamed(root, 'key')) {
    const id = key.attributes.id;
    if (id === undefined) continue;
    const uri = Object.entries(key.qualifiedAttributes).find(([name]) =>
      name.endsWith('}attr.uri'),
    );
    const defaultElement = firstChild(key, 'default');
    keys.set(id, {
      id,
      domain: (key.attributes.for ?? 'all').toLowerCase(),
      name: (key.attributes['attr.name'] ?? '').trim() || id,
      type: (key.attributes['attr.type'] ?? 'string').toLowerCase(),
      defaultValue:
        defaultElement && defaultElement.children.length === 0 ? defaultElement.text : null,
      graphics: key.attributes['yfiles.type'] ?? uri?.[1] ?? null,
    });
  }
  return keys;
}

export type TypedValue = { ok: true; value: Attributes[string] } | { ok: false; raw: string };

/** A data text as its key's `attr.type` says; strings are kept exactly (CDATA included). */
export function typedValue(raw: string, type: string): TypedValue {
  const text = raw.trim();
  if (NUMBER_TYPES.has(type)) {
    const value = Number(text);
    if (text === '') return { ok: true, value: null };
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, raw };
  }
  if (type === 'boolean') {
    const lower = text.toLowerCase();
    if (lower === 'true' || lower === '1') return { ok: true, value: true };
    if (lower === 'false' || lower === '0') return { ok: true, value: false };
    return text === '' ? { ok: true, value: null } : { ok: false, raw };
  }
  return { ok: true, value: raw };
}

/** Keys that apply to `domain` (`node` or `edge`) and carry a default, for filling gaps. */
export function defaultsFor(keys: Map<string, GraphmlKey>, domain: string): GraphmlKey[] {
  return [...keys.values()].filter(
    (key) =>
      key.graphics === null &&
      key.defaultValue !== null &&
      (key.domain === domain || key.domain === 'all'),
  );
}

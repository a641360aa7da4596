/**
 * A parsed XML element, namespaces resolved. Small on purpose: the GEXF and GraphML readers
 * walk it as a tree, which keeps them free of SAX state machines.
 */
export interface XmlElement {
  /** The name as written, prefix included (`viz:color`). */
  name: string;
  local: string;
  /** The namespace URI, '' when none is bound. */
  uri: string;
  /** Attributes by their name as written (`id`, `yfiles.foldertype`, `xml:space`). */
  attributes: Record<string, string>;
  /** Prefixed attributes also by `{uri}local`, so `y:attr.uri` is found whatever the prefix. */
  qualifiedAttributes: Record<string, string>;
  children: XmlElement[];
  /** Text and CDATA directly inside, joined. */
  text: string;
  /** Element path from the root (`gexf/graph/nodes/node`). */
  path: string;
  line: number;
  column: number;
}

export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((child) => child.local === local);
}

export function firstChild(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((child) => child.local === local);
}

/** Every element below `element` (depth first) whose local name is `local`. */
export function descendantsNamed(element: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  const pending = [...element.children].reverse();
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (next.local === local) found.push(next);
    for (let i = next.children.length - 1; i >= 0; i--) pending.push(next.children[i]!);
  }
  return found;
}

/** All text inside `element`, its descendants' included, in document order. */
export function deepText(element: XmlElement): string {
  return element.text + element.children.map(deepText).join('');
}

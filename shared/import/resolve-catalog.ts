import type { Sector, TieType } from '../domain/catalog.ts';

/** Colours for sectors and tie types that an import creates: distinct from the defaults. */
const EXTRA_COLOURS = [
  '#6b6b6b',
  '#a6761d',
  '#1b9e77',
  '#7570b3',
  '#e7298a',
  '#66a61e',
  '#8c564b',
  '#17becf',
];

type CatalogEntry = Pick<Sector, 'key' | 'labelEs' | 'labelEn'>;

/**
 * Finds catalog entries by what a file writes: the key, either label, or the abbreviation
 * in a label's parentheses ("OSC", "CSO"), ignoring case and accents. Entries the catalog
 * lacks are created once, with the text as both labels, and reported as a warning.
 */
export function catalogResolver<E extends CatalogEntry>(
  existing: readonly E[],
  nameKey: (text: string) => string,
  create: (key: string, label: string, position: number, directed: boolean) => E,
) {
  const byName = new Map<string, string>();
  const resolved = new Map<string, string>();
  const created: E[] = [];
  const taken = new Set(existing.map((entry) => entry.key));
  for (const entry of existing) remember(entry);

  function remember(entry: CatalogEntry): void {
    const names = [
      entry.key,
      entry.labelEs,
      entry.labelEn,
      ...abbreviations(entry.labelEs),
      ...abbreviations(entry.labelEn),
    ];
    for (const name of names) {
      const key = nameKey(name);
      if (key && !byName.has(key)) byName.set(key, entry.key);
    }
  }

  function lookUpOrCreate(text: string, directed: boolean): { key: string; created: boolean } {
    const found = byName.get(nameKey(text));
    if (found) return { key: found, created: false };
    const key = uniqueKey(slug(text), taken);
    taken.add(key);
    const entry = create(key, text.trim(), existing.length + created.length, directed);
    created.push(entry);
    remember(entry);
    return { key, created: true };
  }

  return {
    /** The catalog key for `text`, creating an entry when none matches. */
    resolve(text: string, directed = false): { key: string; created: boolean } {
      // Every tie of a file names its type: look each distinct text up once.
      const known = resolved.get(text);
      if (known) return { key: known, created: false };
      const result = lookUpOrCreate(text, directed);
      resolved.set(text, result.key);
      return result;
    },
    /** Makes sure an entry with this key exists, creating it as given when it does not. */
    ensure(entry: E): { key: string; created: boolean } {
      if (taken.has(entry.key)) return { key: entry.key, created: false };
      taken.add(entry.key);
      created.push(entry);
      remember(entry);
      return { key: entry.key, created: true };
    },
    created: (): readonly E[] => created,
  };
}

export function newSector(key: string, label: string, position: number): Sector {
  return { key, labelEs: label, labelEn: label, colour: extraColour(position), position };
}

export function newTieType(
  key: string,
  label: string,
  position: number,
  directed: boolean,
): TieType {
  return { key, labelEs: label, labelEn: label, directed, colour: extraColour(position), position };
}

/** The types given to ties whose file names no type: neutral, never a guess. */
export function importedTieType(directed: boolean, position: number): TieType {
  return directed
    ? {
        key: 'imported_directed',
        labelEs: 'Vínculo dirigido importado',
        labelEn: 'Imported directed tie',
        directed,
        colour: '#525252',
        position,
      }
    : {
        key: 'imported',
        labelEs: 'Vínculo importado',
        labelEn: 'Imported tie',
        directed,
        colour: '#737373',
        position,
      };
}

function extraColour(position: number): string {
  return EXTRA_COLOURS[position % EXTRA_COLOURS.length]!;
}

function abbreviations(label: string): string[] {
  return [...label.matchAll(/\(([^)]+)\)/g)].map((match) => match[1]!);
}

/** A catalog key from free text: lower-case ASCII letters, digits and _. */
export function slug(text: string): string {
  const ascii = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 32);
  return /^[a-z]/.test(ascii) ? ascii : `x_${ascii}`.slice(0, 32);
}

function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, 36)}_${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export type CatalogResolver<E extends CatalogEntry> = ReturnType<typeof catalogResolver<E>>;

import type { Row, SortingFn } from '@tanstack/react-table';

const collator = new Intl.Collator(['es', 'en'], { sensitivity: 'base', numeric: true });

/** Sorts names the way people read them: accents and case ignored, "OSC 2" before "OSC 10". */
export function byText<T>(textOf: (row: T) => string | null): SortingFn<T> {
  return (a: Row<T>, b: Row<T>) => compareText(textOf(a.original), textOf(b.original));
}

function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return collator.compare(a, b);
}

/** For Array.sort: actors in the order people look for them. */
export function byName(a: { name: string }, b: { name: string }): number {
  return collator.compare(a.name, b.name);
}

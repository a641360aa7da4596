import { Actor } from '../domain/actor.ts';
import { areAttributes, CATALOG_KEY, isFreeText, isIdText } from './check-tie.ts';

/*
 * As for ties (check-tie.ts): a zod parse per planned actor costs more than the rest of
 * planning it. These checks give `Actor.safeParse`'s very result for what they accept and
 * hand anything doubtful to the schema, so an invalid actor fails with the same message.
 * test/unit/shared/import/check-tie.test.ts compares the two on edge cases.
 */

const KINDS: ReadonlySet<unknown> = new Set(Actor.shape.kind.options);

/** `Actor.safeParse(draft)`, without the parse when every field is plainly valid. */
export function checkedActor(draft: {
  id: string;
  name: string;
  sector: string | null;
  kind: string;
  region: string | null;
  attributes: Record<string, unknown>;
  notes: string;
}): ReturnType<typeof Actor.safeParse> {
  if (
    isIdText(draft.id) &&
    isTrimmedText(draft.name, 1, 300) &&
    (draft.sector === null || CATALOG_KEY.test(draft.sector)) &&
    KINDS.has(draft.kind) &&
    (draft.region === null || isTrimmedText(draft.region, 0, 200)) &&
    areAttributes(draft.attributes) &&
    isFreeText(draft.notes)
  ) {
    const data = {
      id: draft.id as Actor['id'],
      name: draft.name,
      sector: draft.sector,
      kind: draft.kind as Actor['kind'],
      region: draft.region,
      attributes: { ...(draft.attributes as Actor['attributes']) },
      notes: draft.notes,
    };
    return { success: true, data } as ReturnType<typeof Actor.safeParse>;
  }
  return Actor.safeParse(draft);
}

/** Text the schema trims: only text that is already trimmed passes unchanged. */
function isTrimmedText(value: unknown, min: number, max: number): boolean {
  return (
    typeof value === 'string' &&
    value.length >= min &&
    value.length <= max &&
    value.trim() === value
  );
}

import type { z } from 'zod';
import { ActorDraft, type Actor } from '../../../shared/domain/actor.ts';
import type { Issue } from '../../forms/issue-message.ts';

/** What the actor form edits, as the inputs hold it: text, '' for "none"; zod checks the rest. */
export interface ActorFormValues {
  name: string;
  sector: string;
  kind: string;
  region: string;
  notes: string;
}

export type ActorField = keyof ActorFormValues;

export function actorFormValues(actor: Actor | null): ActorFormValues {
  return {
    name: actor?.name ?? '',
    sector: actor?.sector ?? '',
    kind: actor?.kind ?? 'organisation',
    region: actor?.region ?? '',
    notes: actor?.notes ?? '',
  };
}

export type ActorFormResult =
  { ok: true; draft: z.output<typeof ActorDraft> } | { ok: false; issues: readonly Issue[] };

/**
 * Checks the form with the schema the backend uses. Attributes brought by imports are kept
 * untouched, since the form does not show them.
 */
export function validateActorForm(
  values: ActorFormValues,
  original: Actor | null,
): ActorFormResult {
  const parsed = ActorDraft.safeParse({
    ...(original ? { id: original.id } : {}),
    name: values.name,
    sector: values.sector === '' ? null : values.sector,
    kind: values.kind,
    region: values.region.trim() === '' ? null : values.region,
    notes: values.notes,
    attributes: original?.attributes ?? {},
  });
  return parsed.success
    ? { ok: true, draft: parsed.data }
    : { ok: false, issues: parsed.error.issues };
}

const FIELDS = {
  name: true,
  sector: true,
  kind: true,
  region: true,
  notes: true,
} as const satisfies Record<ActorField, true>;

function isActorField(key: PropertyKey | undefined): key is ActorField {
  return typeof key === 'string' && Object.hasOwn(FIELDS, key);
}

export function actorFieldOf(issue: Issue): ActorField | null {
  const head = issue.path[0];
  return isActorField(head) ? head : null;
}

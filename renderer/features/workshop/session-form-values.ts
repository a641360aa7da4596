import type { z } from 'zod';
import { WorkshopDraft, type Workshop } from '../../../shared/domain/workshop.ts';

export const SESSION_FIELDS = [
  'name',
  'date',
  'place',
  'facilitator',
  'purpose',
  'question',
] as const;
export type SessionField = (typeof SESSION_FIELDS)[number];
export type SessionFormValues = Record<SessionField, string>;

/** Today as YYYY-MM-DD in local time: a workshop is dated by the room's calendar. */
export function today(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function sessionFormValues(workshop: Workshop | null): SessionFormValues {
  return {
    name: workshop?.name ?? '',
    date: workshop?.date ?? today(),
    place: workshop?.place ?? '',
    facilitator: workshop?.facilitator ?? '',
    purpose: workshop?.purpose ?? '',
    question: workshop?.question ?? '',
  };
}

/** The form's values as a draft the backend accepts, or zod's issues; next steps are kept. */
export function validateSessionForm(
  values: SessionFormValues,
  workshop: Workshop | null,
): { ok: true; draft: z.output<typeof WorkshopDraft> } | { ok: false; issues: z.core.$ZodIssue[] } {
  const parsed = WorkshopDraft.safeParse({
    ...values,
    ...(workshop ? { id: workshop.id, nextSteps: workshop.nextSteps } : {}),
  });
  return parsed.success
    ? { ok: true, draft: parsed.data }
    : { ok: false, issues: parsed.error.issues };
}

export function sessionFieldOf(issue: { path: readonly PropertyKey[] }): SessionField | null {
  const field = issue.path[0];
  return SESSION_FIELDS.find((name) => name === field) ?? null;
}

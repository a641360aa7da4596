import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import type { Spell } from '../../../shared/domain/spell.ts';
import { TieDraft, type Tie } from '../../../shared/domain/tie.ts';
import { issueMessage, type Issue } from '../../forms/issue-message.ts';

/**
 * What the tie form edits, as the inputs hold it ('' for "none"; zod checks the rest). One
 * spell is edited, the latest; any earlier ones are kept as they are.
 */
export interface TieFormValues {
  source: string;
  target: string;
  type: string;
  status: string;
  weight: string;
  start: string;
  end: string;
  evidence: string;
  note: string;
}

export type TieField = keyof TieFormValues;

/** The spells the form does not show: all but the latest. */
export function keptSpells(tie: Tie | null): Spell[] {
  return tie ? tie.spells.slice(0, -1) : [];
}

export function tieFormValues(tie: Tie | null, defaultType: string): TieFormValues {
  const edited = tie?.spells.at(-1);
  return {
    source: tie?.source ?? '',
    target: tie?.target ?? '',
    type: tie?.type ?? defaultType,
    status: tie?.status ?? 'existing',
    weight: String(tie?.weight ?? 1),
    start: edited?.start ?? '',
    end: edited?.end ?? '',
    evidence: tie?.evidence ?? '',
    note: tie?.note ?? '',
  };
}

export type TieFormResult =
  { ok: true; draft: z.output<typeof TieDraft> } | { ok: false; issues: readonly Issue[] };

/** Checks the form with the schema the backend uses; attributes from imports are kept. */
export function validateTieForm(values: TieFormValues, original: Tie | null): TieFormResult {
  const kept = keptSpells(original);
  const start = values.start.trim();
  const end = values.end.trim();
  const edited = start === '' && end === '' ? [] : [{ start: start || null, end: end || null }];
  const parsed = TieDraft.safeParse({
    ...(original ? { id: original.id } : {}),
    source: values.source,
    target: values.target,
    type: values.type,
    status: values.status,
    weight: values.weight.trim() === '' ? Number.NaN : Number(values.weight),
    // The edited spell goes last, so issue paths `spells.<kept.length>.…` point at the form.
    spells: [...kept, ...edited],
    evidence: values.evidence === '' ? null : values.evidence,
    note: values.note,
    attributes: original?.attributes ?? {},
  });
  return parsed.success
    ? { ok: true, draft: parsed.data }
    : { ok: false, issues: parsed.error.issues };
}

const FIELDS = {
  source: true,
  target: true,
  type: true,
  status: true,
  weight: true,
  start: true,
  end: true,
  evidence: true,
  note: true,
} as const satisfies Record<TieField, true>;

function isTieField(key: PropertyKey | undefined): key is TieField {
  return typeof key === 'string' && Object.hasOwn(FIELDS, key);
}

/**
 * Where an issue belongs in the form. Spell issues land on the start or end input when
 * they concern the edited spell; an overlap with a kept spell is shown at the start date.
 */
export function tieFieldOf(issue: Issue, keptCount: number): TieField | null {
  const [head, index, part] = issue.path;
  if (head !== 'spells') return isTieField(head) ? head : null;
  if (index === undefined) return 'start';
  if (index !== keptCount) return null;
  return part === 'start' ? 'start' : 'end';
}

/** Fields the form shows as selects: an issue there means "nothing (valid) chosen". */
const CHOSEN_FROM_A_LIST: ReadonlySet<PropertyKey | undefined> = new Set([
  'source',
  'target',
  'type',
  'status',
  'evidence',
]);

/**
 * A tie issue in the current language. The spell rules are custom checks with English
 * messages, so they are told apart here: an overlap between spells, a date that is not a
 * real day, or an end that is not after the start.
 */
export function tieIssueMessage(issue: Issue, values: TieFormValues, t: TFunction): string {
  if (CHOSEN_FROM_A_LIST.has(issue.path[0])) return t('validation.chooseOne');
  if (issue.code !== 'custom' || issue.path[0] !== 'spells') return issueMessage(issue, t);
  if (issue.path.length === 1) return t('validation.spellsOverlap');
  const value = issue.path[2] === 'start' ? values.start : values.end;
  return isIsoDate(value.trim()) ? t('validation.endAfterStart') : t('validation.date');
}

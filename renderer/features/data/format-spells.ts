import type { TFunction } from 'i18next';
import type { Spell } from '../../../shared/domain/spell.ts';

/** "2018-03-01 – 2019-06-30; 2020-01-15 –", or "no dates" for a tie without spells. */
export function formatSpells(spells: readonly Spell[], t: TFunction): string {
  if (spells.length === 0) return t('data.ties.dates.none');
  return spells.map((spell) => formatSpell(spell, t)).join(t('data.ties.dates.separator'));
}

/** One date range: "2018-03-01 – 2019-06-30", "2020-01-15 –", "– 2019-06-30". */
export function formatSpell({ start, end }: Spell, t: TFunction): string {
  if (start !== null && end !== null) return t('data.ties.dates.closed', { start, end });
  if (start !== null) return t('data.ties.dates.openEnd', { start });
  if (end !== null) return t('data.ties.dates.openStart', { end });
  return t('data.ties.dates.always');
}

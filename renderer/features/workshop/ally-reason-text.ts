import type { TFunction } from 'i18next';
import type { AllyReason } from '../../../shared/allies/suggest-allies.ts';

/** At most this many evidence names in a sentence; the rest are counted ("and 3 more"). */
const MAX_NAMES = 4;

/**
 * One reason as a sentence: `allies.reasons.<code>` with its params, the sector's name in
 * the current language and the evidence's names. Params arrive at run time, so the typed
 * `t` cannot check them here; test/unit/shared/i18n checks every placeholder instead.
 */
export function allyReasonText(
  reason: AllyReason,
  t: TFunction,
  nameOf: (actorId: string) => string,
  sectorName: (key: string) => string,
): string {
  const names = reason.actors.slice(0, MAX_NAMES).map(nameOf);
  const more = reason.actors.length - names.length;
  const list =
    more > 0
      ? `${names.join(', ')} ${t('workshop.allies.more', { count: more })}`
      : names.join(', ');
  const params: Record<string, string | number> = {
    ...reason.params,
    partners: list,
    actors: list,
  };
  if (typeof reason.params.sector === 'string') params.sector = sectorName(reason.params.sector);
  const translate = t as unknown as (
    key: string,
    params: Record<string, string | number>,
  ) => string;
  return translate(`allies.reasons.${reason.code}`, params);
}

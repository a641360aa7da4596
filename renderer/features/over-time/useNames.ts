import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_SECTOR } from '../../../shared/temporal/sector-pairs.ts';
import type { TimelineData } from '../../../shared/temporal/timeline-data.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { labelOf } from '../catalog/label-of.ts';

/** How ids read on screen: actors, sectors, tie types and groups by name, in the language shown. */
export interface Names {
  actor: (id: string) => string;
  sector: (key: string | null) => string;
  tieType: (key: string) => string;
  group: (id: string) => string;
}

export function useNames(data: TimelineData | null): Names {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return useMemo(() => {
    const actors = new Map((data?.actors ?? []).map((actor) => [actor.id as string, actor.name]));
    const sectors = new Map(
      (data?.sectors ?? []).map((sector) => [sector.key as string, labelOf(sector, language)]),
    );
    const tieTypes = new Map(
      (data?.tieTypes ?? []).map((type) => [type.key as string, labelOf(type, language)]),
    );
    const groups = new Map((data?.groups ?? []).map((group) => [group.id as string, group.name]));
    return {
      actor: (id) => actors.get(id) ?? id,
      sector: (key) =>
        key === null || key === NO_SECTOR ? t('overTime.noSector') : (sectors.get(key) ?? key),
      tieType: (key) => tieTypes.get(key) ?? key,
      group: (id) => groups.get(id) ?? id,
    };
  }, [data, language, t]);
}

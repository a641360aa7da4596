import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ImportPreview } from '../../../shared/api/imports.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { labelOf } from '../catalog/label-of.ts';
import { useSectors } from '../catalog/useSectors.ts';
import { useTieTypes } from '../catalog/useTieTypes.ts';
import { actorsQuery } from '../data/queries.ts';

/**
 * Names for the keys and ids a preview's sample carries: sectors and tie types in the
 * user's language, actors by name (new ones from the sample, existing ones from the
 * project). A key the project does not know yet (the import creates it) shows as written.
 */
export function useSampleLabels(sample: ImportPreview['sample']) {
  const { language } = useLanguage();
  const sectors = useSectors();
  const tieTypes = useTieTypes();
  const actors = useQuery(actorsQuery());
  return useMemo(() => {
    const sectorNames = new Map(sectors.data?.map((s) => [s.key, labelOf(s, language)]));
    const typeNames = new Map(tieTypes.data?.map((type) => [type.key, labelOf(type, language)]));
    const actorNames = new Map<string, string>(actors.data?.map((a) => [a.id, a.name]));
    for (const actor of sample.actors) actorNames.set(actor.id, actor.name);
    return {
      sector: (key: string) => sectorNames.get(key) ?? key,
      tieType: (key: string) => typeNames.get(key) ?? key,
      actor: (id: string) => actorNames.get(id) ?? id,
    };
  }, [sectors.data, tieTypes.data, actors.data, sample.actors, language]);
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { TieType } from '../../../shared/domain/catalog.ts';
import type { Tie } from '../../../shared/domain/tie.ts';
import type { Language } from '../../../shared/i18n/catalogs.ts';
import { labelOf } from '../catalog/label-of.ts';
import { formatSpell } from './format-spells.ts';
import { searchKey } from './search-text.ts';

/** One line of the ties table, with names, labels and dates resolved once. */
export interface TieRow {
  tie: Tie;
  /** "source → target", as the first column shows it. */
  label: string;
  sourceName: string;
  targetName: string;
  typeLabel: string;
  typeColour: string | null;
  /** Each date range formatted, or one "no dates" entry. */
  dates: string[];
  /** For sorting by date: the first start, '' when open or undated. */
  firstStart: string;
  searchKey: string;
}

export function useTieRows(
  ties: readonly Tie[],
  actors: readonly Actor[],
  tieTypes: readonly TieType[],
  language: Language,
): TieRow[] {
  const { t } = useTranslation();
  return useMemo(() => {
    const names = new Map(actors.map((actor) => [actor.id, actor.name]));
    const types = new Map(tieTypes.map((type) => [type.key, type]));
    return ties.map((tie) => {
      const sourceName = names.get(tie.source) ?? tie.source;
      const targetName = names.get(tie.target) ?? tie.target;
      const type = types.get(tie.type);
      return {
        tie,
        label: t('data.ties.between', { source: sourceName, target: targetName }),
        sourceName,
        targetName,
        typeLabel: type ? labelOf(type, language) : tie.type,
        typeColour: type?.colour ?? null,
        dates:
          tie.spells.length === 0
            ? [t('data.ties.dates.none')]
            : tie.spells.map((spell) => formatSpell(spell, t)),
        firstStart: tie.spells[0]?.start ?? '',
        searchKey: `${searchKey(sourceName)}\n${searchKey(targetName)}`,
      };
    });
  }, [ties, actors, tieTypes, language, t]);
}

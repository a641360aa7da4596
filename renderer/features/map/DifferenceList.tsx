import { useTranslation } from 'react-i18next';
import type { NetworkSnapshot } from '../../../shared/api/network.ts';
import type { Language } from '../../../shared/i18n/catalogs.ts';
import type { ShownDifference } from '../../../shared/map/compare-map.ts';
import { labelOf } from '../catalog/label-of.ts';

interface DifferenceListProps {
  difference: ShownDifference;
  /** Names and tie types come from the whole project (an ended tie's actor may be gone). */
  project: Pick<NetworkSnapshot, 'actors' | 'tieTypes'>;
  language: Language;
}

/** The differences under the before/after maps: new ties, ended ties, new actors. */
export function DifferenceList({ difference, project, language }: DifferenceListProps) {
  const { t } = useTranslation();
  const names = new Map<string, string>(project.actors.map((actor) => [actor.id, actor.name]));
  const types = new Map<string, string>(
    project.tieTypes.map((type) => [type.key, labelOf(type, language)]),
  );
  const tieLine = (tie: ShownDifference['newTies'][number]) =>
    t('map.compare.tieLine', {
      source: names.get(tie.source) ?? tie.source,
      target: names.get(tie.target) ?? tie.target,
      type: types.get(tie.type) ?? tie.type,
    });
  const sections = [
    {
      key: 'newTies',
      items: difference.newTies.map((tie) => ({ id: tie.id, text: tieLine(tie) })),
    },
    {
      key: 'endedTies',
      items: difference.endedTies.map((tie) => ({ id: tie.id, text: tieLine(tie) })),
    },
    {
      key: 'newActors',
      items: difference.newActors.map((actor) => ({ id: actor.id, text: actor.name })),
    },
  ] as const;
  const keyClass = { newTies: 'new', endedTies: 'ended', newActors: 'joined' } as const;
  return (
    <div className="map-difference" data-testid="map-difference">
      {sections.map((section) => (
        <section key={section.key} data-testid={`difference-${section.key}`}>
          <h3>
            <span
              className={`map-difference__key map-difference__key--${keyClass[section.key]}`}
              aria-hidden="true"
            />
            {t(`map.compare.${section.key}`, { count: section.items.length })}
          </h3>
          {section.items.length === 0 ? (
            <p className="muted">{t('map.compare.none')}</p>
          ) : (
            <ul>
              {section.items.map((item) => (
                <li key={item.id} data-id={item.id}>
                  {item.text}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}

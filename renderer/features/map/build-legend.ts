import type { TFunction } from 'i18next';
import type { NetworkSnapshot } from '../../../shared/api/network.ts';
import type { MapMeasureKey } from '../../../shared/domain/view.ts';
import type { Language } from '../../../shared/i18n/catalogs.ts';
import type { LegendSection, MapLegend } from '../../../shared/map/legend.ts';
import { sectorColours, type PaletteMode } from '../../../shared/map/map-elements.ts';
import { labelOf } from '../catalog/label-of.ts';

export interface LegendInput {
  snapshot: NetworkSnapshot;
  /** Actors and ties shown (the legend lists only what the picture holds). */
  actorIds: ReadonlySet<string>;
  tieIds: ReadonlySet<string>;
  sizeBy: MapMeasureKey;
  palette: PaletteMode;
  webgl: boolean;
  language: Language;
  title: string;
  subtitle: string;
  source: string;
}

/** The translated legend of what is on the map: shared by the screen and every export. */
export function buildLegend(input: LegendInput, t: TFunction): MapLegend {
  const { snapshot, language } = input;
  const actors = snapshot.actors.filter((actor) => input.actorIds.has(actor.id));
  const ties = snapshot.ties.filter((tie) => input.tieIds.has(tie.id));
  const colourOf = sectorColours(snapshot.sectors, input.palette);
  const usedSectors = new Set(actors.map((actor) => actor.sector));
  const sectorItems: LegendSection['items'] = [...snapshot.sectors]
    .sort((a, b) => a.position - b.position)
    .filter((sector) => usedSectors.has(sector.key))
    .map((sector) => ({
      kind: 'node',
      label: labelOf(sector, language),
      colour: colourOf(sector.key),
      shape: 'ellipse',
    }));
  if (usedSectors.has(null))
    sectorItems.push({
      kind: 'node',
      label: t('map.legend.noSector'),
      colour: colourOf(null),
      shape: 'ellipse',
    });
  const usedTypes = new Set(ties.map((tie) => tie.type));
  const typeItems: LegendSection['items'] = [...snapshot.tieTypes]
    .sort((a, b) => a.position - b.position)
    .filter((type) => usedTypes.has(type.key))
    .map((type) => ({
      kind: 'edge',
      label: labelOf(type, language),
      colour: type.colour,
      dashed: false,
      faded: false,
      directed: type.directed,
    }));
  const grey = '#4d4d4d';
  const sections: LegendSection[] = [
    { heading: t('map.legend.sector'), items: sectorItems },
    {
      heading: t('map.legend.kind'),
      items: [
        {
          kind: 'node',
          label: t('map.legend.organisation'),
          colour: grey,
          shape: 'round-rectangle',
        },
        { kind: 'node', label: t('map.legend.person'), colour: grey, shape: 'ellipse' },
      ],
    },
    { heading: t('map.legend.tieTypes'), items: typeItems },
    {
      heading: t('map.legend.status'),
      items: [
        {
          kind: 'edge',
          label: t('map.legend.existing'),
          colour: grey,
          dashed: false,
          faded: false,
          directed: false,
        },
        input.webgl
          ? {
              kind: 'edge',
              label: t('map.legend.potentialFaded'),
              colour: grey,
              dashed: false,
              faded: true,
              directed: false,
            }
          : {
              kind: 'edge',
              label: t('map.legend.potential'),
              colour: grey,
              dashed: true,
              faded: false,
              directed: false,
            },
      ],
    },
    {
      heading: t('map.legend.size'),
      items: [
        {
          kind: 'note',
          label: t('map.legend.sizeBy', { measure: t(`map.measures.${input.sizeBy}`) }),
        },
        { kind: 'note', label: t('map.legend.width') },
      ],
    },
  ];
  return { title: input.title, subtitle: input.subtitle, source: input.source, sections };
}

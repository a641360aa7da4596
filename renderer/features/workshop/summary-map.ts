import type { TFunction } from 'i18next';
import type { Sector, TieType } from '../../../shared/domain/catalog.ts';
import type { Language } from '../../../shared/i18n/catalogs.ts';
import { influenceLayout } from '../../../shared/map/influence-layout.ts';
import type { MapLegend } from '../../../shared/map/legend.ts';
import { edgeLooks, nodeLooks, sectorColours } from '../../../shared/map/map-elements.ts';
import type { MapMeasures } from '../../../shared/map/map-measures.ts';
import { mapToSvg } from '../../../shared/map/svg-export.ts';
import { labelOf } from '../catalog/label-of.ts';
import type { SessionNetwork } from '../../../shared/workshop/session-network.ts';

/** Label size in the summary's SVG, in model units. */
const SUMMARY_LABEL_SIZE = 13;

/**
 * The session's map for the printed summary: the influence layout drawn as a standalone
 * SVG by shared/map/svg-export.ts (the same looks as on screen), with a legend for the
 * sectors present, the tie lines and what the distance from the centre means.
 */
export function summaryMapSvg(
  session: SessionNetwork,
  measures: MapMeasures,
  catalog: { sectors: readonly Sector[]; tieTypes: readonly TieType[] },
  text: { title: string; subtitle: string; source: string; language: Language },
  t: TFunction,
): string {
  const order = catalog.sectors.map((sector) => sector.key);
  const { positions } = influenceLayout(
    session.actors,
    (id) => session.ratings.get(id)?.influence ?? null,
    order,
  );
  const looks = nodeLooks(session.actors, catalog.sectors, measures, {
    sizeBy: 'degree',
    palette: 'project',
  });
  // One modest label size for print: the export cuts labels by width, and a session's few
  // actors would otherwise get the big labels of big nodes, cut after a few letters.
  const nodes = looks.map((look) => ({
    ...look,
    fontSize: SUMMARY_LABEL_SIZE,
    ...(positions.get(look.id) ?? { x: 0, y: 0 }),
  }));
  const colourOf = sectorColours(catalog.sectors, 'project');
  const present = new Set(session.actors.map((actor) => actor.sector));
  const legend: MapLegend = {
    title: text.title,
    subtitle: text.subtitle,
    source: text.source,
    sections: [
      {
        heading: t('workshop.summary.legend.sectors'),
        items: catalog.sectors
          .filter((sector) => present.has(sector.key))
          .map((sector) => ({
            kind: 'node' as const,
            label: labelOf(sector, text.language),
            colour: colourOf(sector.key),
            shape: 'round-rectangle' as const,
          })),
      },
      {
        heading: t('workshop.summary.legend.ties'),
        items: [
          {
            kind: 'edge',
            label: t('workshop.tie.statuses.existing'),
            colour: '#555555',
            dashed: false,
            faded: false,
            directed: false,
          },
          {
            kind: 'edge',
            label: t('workshop.tie.statuses.potential'),
            colour: '#555555',
            dashed: true,
            faded: false,
            directed: false,
          },
          { kind: 'note', label: t('workshop.summary.legend.influence') },
        ],
      },
    ],
  };
  const svg = mapToSvg({
    nodes,
    edges: edgeLooks(session.ties, catalog.tieTypes),
    legend,
    background: 'white',
    labels: 'all',
  });
  return svg.svg;
}

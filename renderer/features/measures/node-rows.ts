import type { NetworkSnapshot } from '../../../shared/api/network.ts';
import type { Language } from '../../../shared/i18n/catalogs.ts';
import type { NodeMeasures } from '../../../shared/metrics/analyze.ts';
import { nodeMeasureKeys } from '../../../shared/metrics/definitions.ts';
import { labelOf } from '../../features/catalog/label-of.ts';

/** One row of the measures table: the engine's numbers plus the actor's name and sector. */
export interface NodeRow extends NodeMeasures {
  label: string;
  sectorLabel: string;
  /** Total Gould–Fernandez brokerage (directed networks), null otherwise. */
  brokerageTotal: number | null;
  searchKey: string;
}

/** Measure columns of the table, in the engine's order (brokerage as its total). */
export const NODE_COLUMNS = nodeMeasureKeys;
export type NodeColumn = (typeof NODE_COLUMNS)[number];

/** Columns shown at first; the rest are one click away in "Columns". */
export const DEFAULT_HIDDEN: readonly NodeColumn[] = [
  'inDegree',
  'outDegree',
  'strength',
  'harmonic',
  'effectiveSize',
  'brokerage',
];

export function nodeValue(row: NodeRow, column: NodeColumn): number | null {
  return column === 'brokerage' ? row.brokerageTotal : row[column];
}

export function buildNodeRows(
  nodes: readonly NodeMeasures[],
  snapshot: NetworkSnapshot,
  language: Language,
): NodeRow[] {
  const names = new Map<string, string>(snapshot.actors.map((actor) => [actor.id, actor.name]));
  const sectors = new Map(
    snapshot.sectors.map((sector) => [sector.key, labelOf(sector, language)]),
  );
  return nodes.map((node) => {
    const label = names.get(node.id) ?? node.id;
    const sectorLabel = node.sector === null ? '' : (sectors.get(node.sector) ?? node.sector);
    return {
      ...node,
      label,
      sectorLabel,
      brokerageTotal: node.brokerage?.total ?? null,
      searchKey: `${label} ${sectorLabel} ${node.id}`.toLocaleLowerCase(),
    };
  });
}

import type { Actor, ActorKind } from '../domain/actor.ts';
import type { Sector, TieType } from '../domain/catalog.ts';
import type { Tie } from '../domain/tie.ts';
import type { MapMeasureKey } from '../domain/view.ts';
import { measureOf, type MapMeasures } from './map-measures.ts';
import { NO_SECTOR_COLOUR, PROJECTOR_PALETTE } from './palette.ts';
import { sizeScale, tieWidth } from './size-scale.ts';

export type PaletteMode = 'project' | 'projector';

/** What an actor looks like on the map, in the SVG export and in the legend. */
export interface NodeLook {
  id: string;
  label: string;
  colour: string;
  size: number;
  shape: 'ellipse' | 'round-rectangle';
  fontSize: number;
}

/** What a tie looks like. Potential ties are dashed (faded where dashes cannot be drawn). */
export interface EdgeLook {
  id: string;
  source: string;
  target: string;
  colour: string;
  width: number;
  potential: boolean;
  directed: boolean;
}

/** Organisations are rounded squares, people circles: the convention of Net-Map cards. */
export function shapeOf(kind: ActorKind): NodeLook['shape'] {
  return kind === 'person' ? 'ellipse' : 'round-rectangle';
}

/**
 * Sector key → colour. With the project palette, the colour stored with the sector; in
 * projector mode, Okabe–Ito plus black and white by the sector's position in the project's
 * order (the tenth sector onwards, and actors without a sector, grey).
 */
export function sectorColours(
  sectors: readonly Sector[],
  mode: PaletteMode,
): (key: string | null) => string {
  const ordered = [...sectors].sort((a, b) => a.position - b.position);
  const colours = new Map(
    ordered.map((sector, index) => [
      sector.key,
      mode === 'project' ? sector.colour : (PROJECTOR_PALETTE[index] ?? NO_SECTOR_COLOUR),
    ]),
  );
  return (key) => (key === null ? NO_SECTOR_COLOUR : (colours.get(key) ?? NO_SECTOR_COLOUR));
}

/**
 * Label size grows with the node (14 to 28 for diameters 16 to 64), so labels of big actors
 * survive zooming out and small ones go first (see the stylesheet's min-zoomed-font-size).
 */
export function labelSize(nodeSize: number): number {
  return Math.round(9 + nodeSize * 0.3);
}

export interface LookOptions {
  sizeBy: MapMeasureKey;
  palette: PaletteMode;
}

/** The look of every actor: colour by sector, size by the chosen measure, shape by kind. */
export function nodeLooks(
  actors: readonly Actor[],
  sectors: readonly Sector[],
  measures: MapMeasures,
  options: LookOptions,
): NodeLook[] {
  const colourOf = sectorColours(sectors, options.palette);
  const values = measures.values.get(options.sizeBy);
  const scale = sizeScale(values ? values.values() : []);
  return actors.map((actor) => {
    const size = scale(measureOf(measures, options.sizeBy, actor.id));
    return {
      id: actor.id,
      label: actor.name,
      colour: colourOf(actor.sector),
      size,
      shape: shapeOf(actor.kind),
      fontSize: labelSize(size),
    };
  });
}

/** Whether two lists give every actor the same look, in the same order. */
export function sameNodeLooks(a: readonly NodeLook[], b: readonly NodeLook[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) {
    const [x, y] = [a[index]!, b[index]!];
    if (
      x.id !== y.id ||
      x.size !== y.size ||
      x.colour !== y.colour ||
      x.label !== y.label ||
      x.shape !== y.shape ||
      x.fontSize !== y.fontSize
    )
      return false;
  }
  return true;
}

/** The look of every tie: colour by type, width by weight, dashed when potential. */
export function edgeLooks(ties: readonly Tie[], tieTypes: readonly TieType[]): EdgeLook[] {
  const types = new Map(tieTypes.map((type) => [type.key, type]));
  return ties.map((tie) => {
    const type = types.get(tie.type);
    return {
      id: tie.id,
      source: tie.source,
      target: tie.target,
      colour: type?.colour ?? NO_SECTOR_COLOUR,
      width: tieWidth(tie.weight),
      potential: tie.status === 'potential',
      directed: type?.directed ?? false,
    };
  });
}

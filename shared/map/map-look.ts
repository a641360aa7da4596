import { HIGHLIGHT_COLOUR, NEW_COLOUR, type StylesheetOptions } from './map-stylesheet.ts';

/**
 * The map's look as numbers, for Tejido's own canvas renderer (large maps): the same values
 * the Cytoscape stylesheet of map-stylesheet.ts uses, so both renderers draw alike.
 * test/unit/shared/map/map-look.test.ts reads them back from the stylesheet to keep the two in
 * step.
 */
export interface MapLook {
  /** Label font size = NodeLook.fontSize × labelScale (model units). */
  labelScale: number;
  /** Labels drawn smaller than this many pixels are hidden (0: all shown). */
  minLabelPx: number;
  /** Quiet labels (see quietLabels) need this many times minLabelPx. */
  quietFactor: number;
  labels: 'auto' | 'all' | 'none';
  fontWeight: number;
  ink: string;
  labelBackgroundOpacity: number;
  /** Gap between a node and its label, model units. */
  labelMargin: number;
  /** Labels are cut with an ellipsis beyond this width, model units. */
  labelMaxWidth: number;
  border: { width: number; colour: string };
  tie: { widthScale: number; opacity: number; potentialDash: readonly number[] };
  dimmed: { actor: number; tie: number };
  selected: { border: number; colour: string; underlayOpacity: number; underlayPadding: number };
  time: {
    colour: string;
    newUnderlayOpacity: number;
    newUnderlayPadding: number;
    ended: { opacity: number; dash: readonly number[] };
    ending: { opacity: number; dash: readonly number[] };
    leftOpacity: number;
    joinedBorder: number;
  };
}

export const INK = '#1a232c';

export function mapLook(options: Pick<StylesheetOptions, 'projector' | 'labels'>): MapLook {
  const { projector } = options;
  const scale = projector ? 1.45 : 1;
  return {
    labelScale: scale,
    minLabelPx: options.labels === 'all' ? 0 : projector ? 22 : 16,
    quietFactor: 3,
    labels: options.labels,
    fontWeight: projector ? 700 : 500,
    ink: projector ? '#000000' : INK,
    labelBackgroundOpacity: projector ? 0.9 : 0.7,
    labelMargin: 3,
    labelMaxWidth: Math.round(170 * scale),
    border: { width: projector ? 2.5 : 1.5, colour: projector ? '#000000' : '#ffffff' },
    tie: {
      widthScale: projector ? 1.3 : 1,
      opacity: projector ? 0.85 : 0.65,
      potentialDash: [6, 4],
    },
    dimmed: { actor: 0.18, tie: 0.06 },
    selected: { border: 5, colour: HIGHLIGHT_COLOUR, underlayOpacity: 0.4, underlayPadding: 4 },
    time: {
      colour: NEW_COLOUR,
      newUnderlayOpacity: 0.35,
      newUnderlayPadding: 3,
      ended: { opacity: 0.2, dash: [3, 3] },
      ending: { opacity: 0.9, dash: [6, 3] },
      leftOpacity: 0.3,
      joinedBorder: 5,
    },
  };
}

import type { NodeLook } from './map-elements.ts';

/** One line of a legend: a node swatch, a tie swatch, or plain text. */
export type LegendItem =
  | { kind: 'node'; label: string; colour: string; shape: NodeLook['shape'] }
  | {
      kind: 'edge';
      label: string;
      colour: string;
      dashed: boolean;
      faded: boolean;
      directed: boolean;
    }
  | { kind: 'note'; label: string };

export interface LegendSection {
  heading: string;
  items: LegendItem[];
}

/**
 * Everything a reader needs to read the picture: what the colours, shapes, sizes, line styles
 * and arrows mean, plus title, date and data source. The same model feeds the on-screen
 * legend and every export, so they cannot disagree. Texts arrive translated.
 */
export interface MapLegend {
  title: string;
  subtitle: string;
  source: string;
  sections: LegendSection[];
}

import { create } from 'zustand';
import type { NodeMeasures } from '../../../shared/metrics/analyze.ts';
import {
  numericNodeMeasureKeys,
  type NumericNodeMeasureKey,
} from '../../../shared/metrics/definitions.ts';
import type { AnalysisSettings } from '../../workers/analysis-messages.ts';

/** Node measures that can size actors on the map: one number per actor. */
export const SIZE_MEASURES = numericNodeMeasureKeys;
export type SizeMeasure = NumericNodeMeasureKey;

export interface SelectedMeasure {
  /** The measure chosen on the Measures screen; null = none chosen (the map's default). */
  measure: SizeMeasure | null;
  /** Its value per actor id from the last analysis (null where it does not apply). */
  values: Readonly<Record<string, number | null>>;
  /** The settings (day, direction, weights, potential ties) those values were computed with. */
  settings: AnalysisSettings | null;
  select: (measure: SizeMeasure | null) => void;
  /** Called by the Measures screen after each analysis, so `values` follow the chosen measure. */
  publish: (nodes: readonly NodeMeasures[], settings: AnalysisSettings) => void;
}

function valuesOf(nodes: readonly NodeMeasures[], measure: SizeMeasure | null) {
  if (measure === null) return {};
  return Object.fromEntries(nodes.map((node) => [node.id, node[measure]]));
}

/**
 * UI state shared by the Measures and Map screens: which measure sizes the map. Read it with
 * `useSelectedMeasure((state) => state.measure)` (or `.values`, `.settings`).
 */
export const useSelectedMeasure = create<SelectedMeasure & { nodes: readonly NodeMeasures[] }>()(
  (set) => ({
    measure: null,
    values: {},
    settings: null,
    nodes: [],
    select: (measure) => set((state) => ({ measure, values: valuesOf(state.nodes, measure) })),
    publish: (nodes, settings) =>
      set((state) => ({ nodes, settings, values: valuesOf(nodes, state.measure) })),
  }),
);

export function isSizeMeasure(value: string): value is SizeMeasure {
  return (SIZE_MEASURES as readonly string[]).includes(value);
}

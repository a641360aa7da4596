import { z } from 'zod';
import { IsoDate } from './dates.ts';
import { ActorId, CatalogKey, GroupId } from './ids.ts';
import { Label } from './text.ts';
import { TieStatus } from './tie.ts';

/** Measures the map can size actors by and filter on (computed by shared/metrics). */
export const MapMeasureKey = z.enum([
  'degree',
  'strength',
  'betweenness',
  'closeness',
  'harmonic',
  'eigenvector',
  'pagerank',
  'core',
  'constraint',
]);
export type MapMeasureKey = z.infer<typeof MapMeasureKey>;

export const MapLayoutKind = z.enum(['force', 'concentric', 'sector', 'group', 'manual']);
export type MapLayoutKind = z.infer<typeof MapLayoutKind>;

/** What the map hides. `null` in a list means "no restriction", an empty list hides everything. */
export const MapFilters = z
  .object({
    sectors: z
      .array(z.union([CatalogKey, z.literal('')]))
      .max(101)
      .nullable(),
    tieTypes: z.array(CatalogKey).max(100).nullable(),
    statuses: z.array(TieStatus).max(2).nullable(),
    groups: z.array(GroupId).max(200).nullable(),
    regions: z.array(z.string().max(200)).max(200).nullable(),
    minMeasure: z
      .object({ measure: MapMeasureKey, value: z.number().finite() })
      .strict()
      .nullable(),
    ego: z
      .object({ actorId: ActorId, steps: z.union([z.literal(1), z.literal(2)]) })
      .strict()
      .nullable(),
  })
  .strict();
export type MapFilters = z.infer<typeof MapFilters>;

export const NO_FILTERS: MapFilters = {
  sectors: null,
  tieTypes: null,
  statuses: null,
  groups: null,
  regions: null,
  minMeasure: null,
  ego: null,
};

/** How the map is drawn: never colours themselves (they come from the project's sectors). */
export const MapStyling = z
  .object({
    sizeBy: MapMeasureKey,
    layout: MapLayoutKind,
    labels: z.enum(['auto', 'all', 'none']),
  })
  .strict();
export type MapStyling = z.infer<typeof MapStyling>;

export const Position = z.object({ x: z.number().finite(), y: z.number().finite() }).strict();
export type Position = z.infer<typeof Position>;

/**
 * A saved map view: where every actor sits, what is filtered, how it is styled and at which
 * date. Positions are kept by actor id so a view still fits after actors are added or removed.
 */
export const MapView = z
  .object({
    id: z.string().trim().min(1).max(200),
    name: Label,
    positions: z
      .record(z.string().min(1).max(200), Position)
      .refine((positions) => Object.keys(positions).length <= 100_000, {
        message: 'At most 100,000 positions',
      }),
    filters: MapFilters,
    styling: MapStyling,
    date: IsoDate.nullable(),
  })
  .strict();
export type MapView = z.infer<typeof MapView>;

export const MapViewDraft = MapView.extend({ id: MapView.shape.id.optional() }).strict();
export type MapViewDraft = z.input<typeof MapViewDraft>;

/** A saved view as listed, with the time of its last save. */
export const SavedMapView = MapView.extend({ updatedAt: z.string() });
export type SavedMapView = z.infer<typeof SavedMapView>;

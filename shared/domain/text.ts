import { z } from 'zod';

/** A short label shown in tables and on the map: trimmed, never empty. */
export const Label = z
  .string()
  .trim()
  .min(1, { message: 'Must not be empty' })
  .max(300, { message: 'At most 300 characters' });

/** Free text (notes, descriptions). Long, but bounded so a hostile payload cannot fill the disk. */
export const FreeText = z.string().max(20_000, { message: 'At most 20,000 characters' });

/** Colour as #rrggbb, the one form every exporter (SVG, GEXF viz, xlsx) understands. */
export const HexColour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { message: 'Expected a colour written as #rrggbb' })
  .transform((value) => value.toLowerCase());

/**
 * Attributes kept from imported files (columns with no place of their own), so nothing a
 * user brought is lost. Flat values only: they become table columns and GEXF attvalues.
 */
export const Attributes = z.record(
  z.string().min(1).max(200),
  z.union([z.string().max(20_000), z.number(), z.boolean(), z.null()]),
);
export type Attributes = z.infer<typeof Attributes>;

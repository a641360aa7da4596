import { z } from 'zod';
import { IsoDate } from './dates.ts';
import { WaveId } from './ids.ts';
import { FreeText, Label } from './text.ts';

/** A survey round: a named observation date, the default way to cut time into periods. */
export const Wave = z.object({
  id: WaveId,
  name: Label,
  date: IsoDate,
  description: FreeText,
});
export type Wave = z.infer<typeof Wave>;

export const WaveDraft = Wave.extend({
  id: WaveId.optional(),
  description: FreeText.default(''),
});
export type WaveDraft = z.input<typeof WaveDraft>;

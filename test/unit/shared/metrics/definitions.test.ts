import { describe, expect, it } from 'vitest';
import { nodeMeasureKeys, numericNodeMeasureKeys } from '../../../../shared/metrics/definitions.ts';
import { NODE_COLUMNS } from '../../../../renderer/features/measures/node-rows.ts';
import { SIZE_MEASURES } from '../../../../renderer/features/measures/selected-measure.ts';

describe('measure name lists', () => {
  it('keeps one number per actor: every node measure but brokerage and community, in order', () => {
    expect(numericNodeMeasureKeys).toEqual(
      nodeMeasureKeys.filter((key) => key !== 'brokerage' && key !== 'community'),
    );
    expect(numericNodeMeasureKeys).toContain('betweennessNormalized');
    expect(numericNodeMeasureKeys).not.toContain('community');
  });

  it('gives the Measures screen its columns and map sizes from the engine’s list', () => {
    expect(NODE_COLUMNS).toEqual(nodeMeasureKeys);
    expect(SIZE_MEASURES).toEqual(numericNodeMeasureKeys);
  });
});

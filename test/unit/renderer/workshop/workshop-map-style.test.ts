import { describe, expect, it } from 'vitest';
import { workshopStylesheet } from '../../../../renderer/features/workshop/workshop-map-style.ts';

/** A node's style as Cytoscape resolves it: later `node` rules override earlier ones. */
function nodeStyle(): Record<string, unknown> {
  return Object.assign(
    {},
    ...workshopStylesheet()
      .filter((rule) => rule.selector === 'node')
      .map((rule) => rule.style),
  ) as Record<string, unknown>;
}

describe('workshopStylesheet', () => {
  it('wraps long names instead of cutting them with an ellipsis, and shows every label', () => {
    const style = nodeStyle();
    expect(style['text-wrap']).toBe('wrap');
    expect(style['min-zoomed-font-size']).toBe(0);
    expect(style['font-weight']).toBe(700);
  });
});

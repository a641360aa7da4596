import { describe, expect, it } from 'vitest';
import { mapLook } from '../../../../shared/map/map-look.ts';
import { mapStylesheet, type StyleRule } from '../../../../shared/map/map-stylesheet.ts';

function style(rules: StyleRule[], selector: string) {
  const rule = rules.find((candidate) => candidate.selector === selector);
  if (!rule) throw new Error(`no rule ${selector}`);
  return rule.style;
}

describe('the canvas look follows the Cytoscape stylesheet', () => {
  for (const projector of [false, true])
    it(`in ${projector ? 'projector' : 'normal'} mode`, () => {
      const rules = mapStylesheet({ projector, webgl: false, labels: 'auto' });
      const look = mapLook({ projector, labels: 'auto' });
      const node = style(rules, 'node');
      const edge = style(rules, 'edge');
      expect(node['border-width']).toBe(look.border.width);
      expect(node['border-color']).toBe(look.border.colour);
      expect(node['color']).toBe(look.ink);
      expect(node['font-weight']).toBe(look.fontWeight);
      expect(node['min-zoomed-font-size']).toBe(look.minLabelPx);
      expect(node['text-background-opacity']).toBe(look.labelBackgroundOpacity);
      expect(node['text-margin-y']).toBe(look.labelMargin);
      expect(node['text-max-width']).toBe(`${look.labelMaxWidth}px`);
      expect(node['font-size']).toBe(`mapData(fontSize, 0, 100, 0, ${100 * look.labelScale})`);
      expect(edge['opacity']).toBe(look.tie.opacity);
      expect(edge['width']).toBe(`mapData(width, 0, 10, 0, ${10 * look.tie.widthScale})`);
      expect(style(rules, 'edge[?potential]')['line-dash-pattern']).toEqual(look.tie.potentialDash);
      expect(
        style(rules, `node.${projector ? 'quiet-projector' : 'quiet'}`)['min-zoomed-font-size'],
      ).toBe(look.minLabelPx * look.quietFactor);
      expect(style(rules, 'node.dimmed')['opacity']).toBe(look.dimmed.actor);
      expect(style(rules, 'edge.dimmed')['opacity']).toBe(look.dimmed.tie);
      expect(style(rules, 'node:selected')['border-width']).toBe(look.selected.border);
      expect(style(rules, 'node:selected')['border-color']).toBe(look.selected.colour);
      expect(style(rules, 'edge:selected')['underlay-opacity']).toBe(look.selected.underlayOpacity);
      expect(style(rules, 'edge.tie-new')['underlay-color']).toBe(look.time.colour);
      expect(style(rules, 'edge.tie-new')['underlay-padding']).toBe(look.time.newUnderlayPadding);
      expect(style(rules, 'edge.tie-ended')['opacity']).toBe(look.time.ended.opacity);
      expect(style(rules, 'edge.tie-ended')['line-dash-pattern']).toEqual(look.time.ended.dash);
      expect(style(rules, 'edge.tie-ending')['opacity']).toBe(look.time.ending.opacity);
      expect(style(rules, 'edge.tie-ending')['line-dash-pattern']).toEqual(look.time.ending.dash);
      expect(style(rules, 'node.actor-left')['opacity']).toBe(look.time.leftOpacity);
      expect(style(rules, 'node.actor-joined')['border-width']).toBe(look.time.joinedBorder);
    });

  it('shows every label with labels "all"', () => {
    expect(mapLook({ projector: false, labels: 'all' }).minLabelPx).toBe(0);
    const rules = mapStylesheet({ projector: false, webgl: false, labels: 'all' });
    expect(style(rules, 'node')['min-zoomed-font-size']).toBe(0);
  });
});

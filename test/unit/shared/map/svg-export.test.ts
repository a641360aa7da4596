import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { MapLegend } from '../../../../shared/map/legend.ts';
import type { EdgeLook, NodeLook } from '../../../../shared/map/map-elements.ts';
import { escapeXml, fitLabel, mapToSvg } from '../../../../shared/map/svg-export.ts';

const nodes: (NodeLook & { x: number; y: number })[] = [
  {
    id: 'a',
    label: 'Red <Mujer> & "Hija"',
    colour: '#0072b2',
    size: 40,
    shape: 'round-rectangle',
    fontSize: 14,
    x: 0,
    y: 0,
  },
  {
    id: 'b',
    label: 'Secretaría de Bienestar',
    colour: '#d55e00',
    size: 20,
    shape: 'ellipse',
    fontSize: 14,
    x: 300,
    y: 120,
  },
];
const edges: EdgeLook[] = [
  {
    id: 't1',
    source: 'a',
    target: 'b',
    colour: '#009e73',
    width: 3,
    potential: false,
    directed: true,
  },
  {
    id: 't2',
    source: 'b',
    target: 'a',
    colour: '#4d4d4d',
    width: 1.5,
    potential: true,
    directed: false,
  },
];
const legend: MapLegend = {
  title: 'Sistema local de Tijuana',
  subtitle: '1 de julio de 2020 · 2 actores, 2 lazos',
  source: 'Fuente: muestra.tejido',
  sections: [
    {
      heading: 'Sector',
      items: [{ kind: 'node', label: 'OSC', colour: '#0072b2', shape: 'ellipse' }],
    },
    {
      heading: 'Lazos',
      items: [
        {
          kind: 'edge',
          label: 'Financiamiento',
          colour: '#009e73',
          dashed: false,
          faded: false,
          directed: true,
        },
        {
          kind: 'edge',
          label: 'Potencial',
          colour: '#4d4d4d',
          dashed: true,
          faded: false,
          directed: false,
        },
      ],
    },
    { heading: 'Tamaño', items: [{ kind: 'note', label: 'Grado' }] },
  ],
};

function parse(svg: string): { elements: string[]; texts: string[] } {
  const parser = new SaxesParser();
  const elements: string[] = [];
  const texts: string[] = [];
  parser.on('opentag', (tag) => elements.push(tag.name));
  parser.on('text', (text) => texts.push(text));
  parser.write(svg).close();
  return { elements, texts };
}

describe('SVG export', () => {
  const result = mapToSvg({ nodes, edges, legend, background: 'white', labels: 'all' });

  it('writes well-formed XML with an svg root of the reported size', () => {
    const { elements } = parse(result.svg);
    expect(elements[0]).toBe('svg');
    expect(result.svg).toContain(`width="${result.width}" height="${result.height}"`);
    expect(result.width).toBeGreaterThan(1000);
  });

  it('draws every actor with its shape and colour, every tie with its style', () => {
    expect(result.svg).toMatch(/<rect [^>]*fill="#0072b2"/);
    expect(result.svg).toMatch(/<circle [^>]*fill="#d55e00"/);
    expect(result.svg).toMatch(/<line [^>]*stroke="#4d4d4d"[^>]*stroke-dasharray/);
    expect(result.svg).toMatch(/<polygon [^>]*fill="#009e73"/);
  });

  it('carries the legend, title, date and source as text', () => {
    const { texts } = parse(result.svg);
    for (const text of [
      'Sistema local de Tijuana',
      '1 de julio de 2020 · 2 actores, 2 lazos',
      'Fuente: muestra.tejido',
      'Sector',
      'OSC',
      'Financiamiento',
      'Potencial',
      'Grado',
    ])
      expect(texts).toContain(text);
    expect(result.svg).toContain('<g class="legend">');
  });

  it('escapes names so markup in data stays text', () => {
    expect(parse(result.svg).texts).toContain('Red <Mujer> & "Hija"');
    expect(escapeXml('a\u0001b')).toBe('ab');
  });

  it('cuts long labels with an ellipsis, as the screen does', () => {
    const long = 'Comisión Nacional de Enlace con la Sociedad Civil (ficticia)';
    expect(fitLabel(long, 14).endsWith('…')).toBe(true);
    expect(fitLabel(long, 14).length).toBeLessThan(long.length);
    expect(fitLabel('OSC Norte', 14)).toBe('OSC Norte');
  });

  it('leaves the background transparent on request', () => {
    const clear = mapToSvg({ nodes, edges, legend, background: 'transparent', labels: 'all' });
    expect(clear.svg).not.toContain('fill="#ffffff"/>');
  });

  it('writes an empty map as a valid picture with its legend', () => {
    const empty = mapToSvg({ nodes: [], edges: [], legend, background: 'white', labels: 'auto' });
    expect(parse(empty.svg).texts).toContain('Sistema local de Tijuana');
  });
});

import { describe, expect, it } from 'vitest';
import {
  buildGraphFromParsed,
  type BuildParsedGraphOptions,
} from '../../../../shared/analysis/build-graph-from-parsed.ts';
import { prepareParsed } from '../../../../shared/analysis/prepare-parsed.ts';
import {
  emptyNetwork,
  type ParsedActor,
  type ParsedNetwork,
  type ParsedTie,
} from '../../../../shared/formats/parsed-network.ts';
import { analyzePrepared, prepareNetwork } from '../../../../shared/metrics/analyze.ts';
import { MeasureError } from '../../../../shared/metrics/measure-error.ts';

const origin = { file: 'red.csv' };

function actor(id: string, name: string, sector: string | null = null): ParsedActor {
  return { id, name, sector, kind: null, region: null, attributes: {}, origin };
}

function tie(source: string, target: string, extra: Partial<ParsedTie> = {}): ParsedTie {
  return {
    id: null,
    source,
    target,
    endsBy: 'id',
    type: null,
    directed: null,
    weight: 1,
    status: 'existing',
    spells: [],
    evidence: null,
    note: '',
    relation: null,
    attributes: {},
    origin,
    ...extra,
  };
}

/**
 * Everything that could read differently on the direct path: ids that look like numbers, a
 * repeated id, accents, an isolate, ends by name and ends not among the actors, a self-loop,
 * parallel ties, ties directed on their own in an undirected file, a potential and a dated
 * tie, weights in the tie and in an attribute.
 */
const file: ParsedNetwork = {
  ...emptyNetwork('gexf'),
  directed: null,
  actors: [
    actor('12', 'Señora Peña', 'cso'),
    actor('3', 'Ñandú A.C.', 'gov'),
    actor('3', 'Duplicado', 'iso'),
    actor('07', 'Cero siete'),
    actor('solo', 'Aislada', 'cso'),
  ],
  ties: [
    tie('12', '3', { weight: 2, attributes: { horas: 5 } }),
    tie('3', '12', { weight: 1, attributes: { horas: 1 }, directed: true }),
    tie('12', '3', { weight: 3, attributes: { horas: 2 } }),
    tie('3', '07', { weight: 0.5, attributes: { horas: 4 } }),
    tie('07', '07', { weight: 9, attributes: { horas: 9 } }),
    tie('Cero siete', 'Nueva', { endsBy: 'name', weight: 2, attributes: { horas: 3 } }),
    tie('99', '12', { weight: 1, attributes: { horas: 1 }, directed: true }),
    tie('12', '07', { status: 'potential', attributes: { horas: 1 } }),
    tie('3', 'Nueva', {
      spells: [{ start: '2024-01-01', end: '2025-01-01' }],
      attributes: { horas: 2 },
    }),
  ],
};

const readings: [string, BuildParsedGraphOptions][] = [
  ['as the file says', {}],
  ['undirected, tie weights', { direction: 'undirected', weight: { from: 'tie' } }],
  [
    'directed, attribute weights',
    { direction: 'directed', weight: { from: 'attribute', name: 'horas' } },
  ],
  ['on a day', { at: '2023-06-01' }],
];

describe('prepareParsed', () => {
  it.each(readings)('reads a file as the graphology path does (%s)', (_label, options) => {
    const direct = prepareParsed(file, options);
    const built = buildGraphFromParsed(file, options);
    const viaGraph = prepareNetwork(built.graph, {
      directed: built.selection.directed,
      weight: built.selection.weight,
    });
    expect(direct.selection).toEqual(built.selection);
    const { adjacency } = direct.prepared;
    expect(adjacency.ids).toEqual(viaGraph.adjacency.ids);
    expect(adjacency).toEqual(viaGraph.adjacency);
    expect(direct.prepared.sectors).toEqual(viaGraph.sectors);
    const labels = new Map<string, string>();
    built.graph.forEachNode((id, attributes) => labels.set(id, String(attributes.label ?? id)));
    expect(direct.labels).toEqual(labels);
    expect(analyzePrepared(direct.prepared, { weight: direct.selection.weight })).toEqual(
      analyzePrepared(viaGraph, { weight: built.selection.weight }),
    );
  });

  it('keeps ids as written, accents and the isolate', () => {
    const { prepared, labels } = prepareParsed(file);
    expect(prepared.adjacency.ids).toEqual(['12', '3', '07', 'solo', 'Nueva', '99']);
    expect(labels.get('3')).toBe('Ñandú A.C.');
    expect(prepared.adjacency.outOffsets[4]! - prepared.adjacency.outOffsets[3]!).toBe(0);
  });

  it('names the tie whose weight attribute is missing or not a number', () => {
    const missing = { ...file, ties: [tie('12', '3')] };
    expect(() => prepareParsed(missing, { weight: { from: 'attribute', name: 'horas' } })).toThrow(
      new MeasureError('measure.weightMissing', {
        attribute: 'horas',
        edge: '12–3',
        source: '12',
        target: '3',
      }),
    );
    const words = { ...file, ties: [tie('12', '3', { id: 'e1', attributes: { horas: 'mucho' } })] };
    try {
      prepareParsed(words, { weight: { from: 'attribute', name: 'horas' } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MeasureError);
      expect((error as MeasureError).code).toBe('measure.weightNotNumeric');
      expect((error as MeasureError).params).toMatchObject({ value: 'mucho', source: '12' });
    }
  });
});

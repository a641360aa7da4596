import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  buildAnalysisReport,
  buildWithoutReport,
  reportNodeTable,
  withoutTable,
} from '../../../../shared/analysis/analysis-report.ts';
import type { GraphSelection } from '../../../../shared/analysis/graph-selection.ts';
import { analyze } from '../../../../shared/metrics/analyze.ts';
import { analyzeWithoutActor } from '../../../../shared/metrics/without-actor.ts';

const selection: GraphSelection = {
  directed: false,
  directionReason: 'none-directed',
  statuses: ['existing'],
  tieTypes: null,
  weight: null,
  at: null,
  actors: 3,
  ties: 2,
};

function pathGraph() {
  const graph = new Graph({ type: 'undirected' });
  for (const id of ['12', '3', '7']) graph.addNode(id);
  graph.addEdge('12', '3');
  graph.addEdge('3', '7');
  return graph;
}

describe('buildAnalysisReport', () => {
  it('names every measure in snake_case, ids and labels first', () => {
    const labels = new Map([['12', 'Peña']]);
    const report = buildAnalysisReport(analyze(pathGraph()), selection, labels, null);
    expect(Object.keys(report.nodes[0]!).slice(0, 5)).toEqual([
      'id',
      'label',
      'degree',
      'in_degree',
      'out_degree',
    ]);
    expect(report.nodes[0]).toMatchObject({ id: '12', label: 'Peña' });
    expect(report.nodes[1]).toMatchObject({ id: '3', label: '3', betweenness: 1 });
    expect(report.network).toMatchObject({ actors: 3, ties: 2, components: 1, diameter: 2 });
    expect(report.definitions).toMatchObject({ direction_reason: 'none-directed', weight: null });
    expect(report.definitions.measures).toHaveProperty('betweenness_normalized');
  });

  it('keeps only the measures asked for, and makes a table of the nodes', () => {
    const report = buildAnalysisReport(analyze(pathGraph()), selection, new Map(), [
      'degree',
      'density',
    ]);
    expect(report.network).toEqual({ density: 2 / 3 });
    const table = reportNodeTable(report);
    expect(table.columns).toEqual(['id', 'label', 'degree']);
    expect(table.rows).toEqual([
      ['12', '12', 1],
      ['3', '3', 2],
      ['7', '7', 1],
    ]);
  });

  it('gives each brokerage role a column, null when the ties are undirected', () => {
    const undirected = buildAnalysisReport(analyze(pathGraph()), selection, new Map(), null);
    expect(undirected.nodes[1]).toMatchObject({ brokerage_liaison: null, brokerage_total: null });
    // 12 (cso) → 3 (government) → 7 (donor): 3 brokers between two other sectors, a liaison.
    const graph = new Graph({ type: 'directed' });
    graph.addNode('12', { sector: 'cso' });
    graph.addNode('3', { sector: 'government' });
    graph.addNode('7', { sector: 'donor' });
    graph.addEdge('12', '3');
    graph.addEdge('3', '7');
    const directed = { ...selection, directed: true, directionReason: 'all-directed' as const };
    const report = buildAnalysisReport(analyze(graph), directed, new Map(), null);
    expect(report.nodes[1]).toMatchObject({
      brokerage_coordinator: 0,
      brokerage_itinerant: 0,
      brokerage_gatekeeper: 0,
      brokerage_representative: 0,
      brokerage_liaison: 1,
      brokerage_total: 1,
    });
    expect(report.nodes[0]).toMatchObject({ brokerage_total: 0 });
  });

  it('reports the network without an actor beside the whole one, as JSON and as a table', () => {
    const graph = pathGraph();
    const report = buildAnalysisReport(analyze(graph), selection, new Map(), [
      'components',
      'ties',
    ]);
    const without = buildWithoutReport(analyzeWithoutActor(graph, '3'), 'Beto', [
      'components',
      'ties',
    ]);
    expect(without).toEqual({
      id: '3',
      label: 'Beto',
      network: { ties: 0, components: 2 },
      difference: { ties: -2, components: 1 },
    });
    expect(withoutTable(report.network, without)).toEqual({
      columns: ['measure', 'with', 'without', 'difference'],
      rows: [
        ['ties', 2, 0, -2],
        ['components', 1, 2, 1],
      ],
    });
  });
});

import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  buildAnalysisReport,
  reportNodeTable,
} from '../../../../shared/analysis/analysis-report.ts';
import type { GraphSelection } from '../../../../shared/analysis/graph-selection.ts';
import { analyze } from '../../../../shared/metrics/analyze.ts';

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
});

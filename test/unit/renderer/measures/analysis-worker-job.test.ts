import { describe, expect, it } from 'vitest';
import { NetworkSnapshot } from '../../../../shared/api/network.ts';
import { DEFAULT_SECTORS, DEFAULT_TIE_TYPES } from '../../../../shared/domain/default-catalog.ts';
import {
  AnalysisRequest,
  AnalysisResponse,
} from '../../../../renderer/workers/analysis-messages.ts';
import { runAnalysisJob } from '../../../../renderer/workers/run-analysis-job.ts';
import { exportTable } from '../../../../renderer/features/measures/measure-export.ts';
import { buildNodeRows } from '../../../../renderer/features/measures/node-rows.ts';

const snapshot = NetworkSnapshot.parse({
  actors: ['a', 'b', 'c', 'd'].map((id) => ({
    id,
    name: id === 'b' ? '=Centro' : `Actor ${id}`,
    sector: id === 'a' ? 'iso' : 'cso',
    kind: 'organisation',
    region: null,
    attributes: {},
    notes: '',
  })),
  ties: [
    ['t1', 'a', 'b'],
    ['t2', 'b', 'c'],
    ['t3', 'b', 'd', 'potential'],
  ].map(([id, source, target, status]) => ({
    id,
    source,
    target,
    type: 'collaboration',
    weight: 2,
    status: status ?? 'existing',
    spells: [],
    evidence: null,
    note: '',
    attributes: {},
  })),
  sectors: DEFAULT_SECTORS,
  tieTypes: DEFAULT_TIE_TYPES,
});

const settings = {
  at: null,
  includePotential: false,
  direction: 'undirected',
  weighted: false,
} as const;

describe('the analysis worker job', () => {
  it('reports its phases and answers with a result that passes the answer schema', () => {
    const phases: string[] = [];
    const answer = runAnalysisJob(
      { task: 'analyze', id: 3, snapshot, settings, groups: { g1: ['a', 'b'] } },
      (phase) => phases.push(phase),
    );
    expect(phases).toEqual(['building', 'measuring']);
    expect(AnalysisResponse.safeParse(answer).success).toBe(true);
    if (answer.kind !== 'analysis') throw new Error(answer.kind);
    expect(answer.selection).toMatchObject({ ties: 2, statuses: ['existing'] });
    expect(answer.analysis.nodes.find((node) => node.id === 'b')?.betweenness).toBe(1);
    expect(answer.analysis.groups.groupEi).toHaveProperty('g1');
  });

  it('includes potential ties when asked', () => {
    const answer = runAnalysisJob(
      {
        task: 'analyze',
        id: 1,
        snapshot,
        settings: { ...settings, includePotential: true },
        groups: {},
      },
      () => undefined,
    );
    expect(answer.kind === 'analysis' && answer.analysis.network.ties).toBe(3);
  });

  it('compares the network with and without an actor', () => {
    const answer = runAnalysisJob(
      { task: 'withoutActor', id: 2, actor: 'b', snapshot, settings, groups: {} },
      () => undefined,
    );
    if (answer.kind !== 'withoutActor') throw new Error(answer.kind);
    expect(answer.result.difference.actors).toBe(-1);
    expect(answer.result.without.ties).toBe(0);
  });

  it('turns an engine refusal into a failed answer with its code', () => {
    const answer = runAnalysisJob(
      { task: 'withoutActor', id: 4, actor: 'nobody', snapshot, settings, groups: {} },
      () => undefined,
    );
    expect(answer).toMatchObject({ kind: 'failed', error: { code: 'measure.unknownActor' } });
  });

  it('rejects a request that does not match the schema', () => {
    const parsed = AnalysisRequest.safeParse({ task: 'analyze', id: 1, snapshot, settings });
    expect(parsed.success).toBe(false);
  });
});

describe('the measures export', () => {
  it('keeps numbers as numbers and text as written, for the neutralising writer', () => {
    const answer = runAnalysisJob(
      { task: 'analyze', id: 1, snapshot, settings, groups: {} },
      () => undefined,
    );
    if (answer.kind !== 'analysis') throw new Error(answer.kind);
    const rows = buildNodeRows(answer.analysis.nodes, snapshot, 'es');
    const table = exportTable(rows, ['degree', 'betweenness'], {
      id: 'id',
      label: 'Actor',
      sector: 'Sector',
      measure: (column) => column,
    });
    expect(table.columns).toEqual(['id', 'Actor', 'Sector', 'degree', 'betweenness']);
    expect(table.rows[1]).toEqual([
      'b',
      '=Centro',
      'Organización de la sociedad civil (OSC)',
      2,
      1,
    ]);
  });
});

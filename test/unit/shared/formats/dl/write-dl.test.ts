import { describe, expect, it } from 'vitest';
import { readDl } from '../../../../../shared/formats/dl/read-dl.ts';
import { writeDl } from '../../../../../shared/formats/dl/write-dl.ts';
import { createActor, createTie } from '../../../../../shared/formats/graph-files/records.ts';
import { emptyNetwork, type ParsedNetwork } from '../../../../../shared/formats/parsed-network.ts';

function network(names: string[], ties: [number, number, number, string | null][]): ParsedNetwork {
  const result = emptyNetwork('dl');
  result.directed = true;
  result.actors = names.map((name, index) => createActor(`id${index}`, name, { file: 'x' }));
  result.ties = ties.map(([source, target, weight, relation]) => {
    const tie = createTie(`id${source}`, `id${target}`, { file: 'x' });
    tie.weight = weight;
    tie.relation = relation;
    return tie;
  });
  return result;
}

/** DL keeps names (as ids), ends, weights, direction and relations. */
function summary(parsed: ParsedNetwork): string[] {
  const names = new Map(parsed.actors.map((actor) => [actor.id, actor.name]));
  return [
    parsed.actors.map((actor) => actor.name).join('|'),
    ...parsed.ties.map(
      (tie) =>
        `${names.get(tie.source)}>${names.get(tie.target)} ${tie.weight} ${tie.relation ?? ''} ${tie.directed !== false}`,
    ),
  ];
}

describe('writeDl', () => {
  it('writes directed ties as edgelist1 with labels that read back the same, isolates kept', () => {
    const original = network(
      ['Red Mujeres, A.C.', 'Municipio', 'Aislado'],
      [
        [0, 1, 2.5, null],
        [1, 0, -1, null],
        [1, 1, 1, null],
      ],
    );
    const text = writeDl(original);
    expect(text).toContain('FORMAT = EDGELIST1');
    expect(summary(readDl(text, 'back.dl'))).toEqual(summary(original));
  });

  it('writes several relations as full matrices with level labels', () => {
    const original = network(
      ['A', 'B'],
      [
        [0, 1, 1, 'trust'],
        [1, 0, 3, 'money'],
      ],
    );
    const back = readDl(writeDl(original), 'back.dl');
    expect(back.relations).toEqual(['trust', 'money']);
    expect(summary(back)).toEqual(summary(original));
  });

  it('writes undirected ties as a symmetric matrix, read back as undirected', () => {
    const original = network(['A', 'B', 'C'], [[0, 2, 4, null]]);
    original.directed = false;
    original.ties[0]!.directed = false;
    const back = readDl(writeDl(original), 'back.dl');
    expect(back.ties).toMatchObject([{ directed: false, weight: 4 }]);
  });

  it('makes repeated names unique so they stay distinct actors', () => {
    const back = readDl(writeDl(network(['Ana', 'Ana'], [[0, 1, 1, null]])), 'back.dl');
    expect(back.actors.map((actor) => actor.name)).toEqual(['Ana', 'Ana (2)']);
  });
});

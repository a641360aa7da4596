import { describe, expect, it } from 'vitest';
import { readDl } from '../../../../../shared/formats/dl/read-dl.ts';

function pairs(text: string): string[] {
  return readDl(text, 't.dl').ties.map(
    (tie) => `${tie.source}${tie.directed ? '>' : '-'}${tie.target}:${tie.weight}`,
  );
}

describe('readDl', () => {
  it('reads a full matrix, a symmetric one as undirected ties', () => {
    expect(pairs('DL N=3\nFORMAT = FULLMATRIX\nDATA:\n0 1 0\n0 0 2\n0 0 0\n')).toEqual([
      '1>2:1',
      '2>3:2',
    ]);
    expect(pairs('dl n=3\nformat=fullmatrix\ndata:\n0 1 0\n1 0 1\n0 1 0')).toEqual([
      '1-2:1',
      '2-3:1',
    ]);
  });

  it('skips the diagonal when it is absent and reads labels given one per line or by commas', () => {
    const network = readDl(
      'DL N=3 FORMAT=FULLMATRIX DIAGONAL ABSENT\nLABELS:\nana, "Red Mujeres"\nluis\nDATA:\n1 0\n0 0\n0 3\n',
      'labels.dl',
    );
    expect(network.actors.map((actor) => actor.id)).toEqual(['ana', 'Red Mujeres', 'luis']);
    expect(network.ties.map((tie) => [tie.source, tie.target, tie.weight])).toEqual([
      ['ana', 'Red Mujeres', 1],
      ['luis', 'Red Mujeres', 3],
    ]);
  });

  it('reads several matrices as relations named by LEVEL LABELS', () => {
    const network = readDl(
      'DL N=2 NM=2\nFORMAT = FULLMATRIX DIAGONAL PRESENT\nLEVEL LABELS:\nTRUST\nMONEY\nDATA:\n0 1\n0 0\n0 5\n5 0\n',
      'multi.dl',
    );
    expect(network.relations).toEqual(['TRUST', 'MONEY']);
    expect(network.directed).toBeNull();
    expect(network.ties.map((tie) => [tie.relation, tie.directed, tie.weight])).toEqual([
      ['TRUST', true, 1],
      ['MONEY', false, 5],
    ]);
  });

  it('reads lower-half matrices and embedded labels in a full matrix', () => {
    expect(pairs('DL N=3 FORMAT=LOWERHALF\nDATA:\n0\n1 0\n0 2 0\n')).toEqual(['1-2:1', '2-3:2']);
    expect(pairs('DL N=2\nFORMAT=FULLMATRIX\nLABELS EMBEDDED\nDATA:\na b\na 0 1\nb 0 0\n')).toEqual(
      ['a>b:1'],
    );
  });

  it('reads edgelist1 with weights and self-loops, and nodelist1 with embedded labels', () => {
    expect(pairs('DL N=3\nFORMAT=EDGELIST1\nDATA:\n1 2 5\n3 3\n')).toEqual(['1>2:5', '3>3:1']);
    const network = readDl(
      'DL n=3\nformat = nodelist1\nlabels embedded:\ndata:\nana luis eva\neva ana\n',
      'n.dl',
    );
    expect(network.actors.map((actor) => actor.id)).toEqual(['ana', 'luis', 'eva']);
    expect(network.ties).toHaveLength(3);
  });

  it('reports unknown nodes, bad numbers and missing values by line', () => {
    const network = readDl('DL N=2\nFORMAT=EDGELIST1\nDATA:\n1 7\n1 2 x\n', 'bad.dl');
    expect(network.problems).toMatchObject([
      {
        severity: 'error',
        code: 'unknownNode',
        params: { id: '7' },
        place: { row: 4, column: '2' },
      },
      { severity: 'warning', code: 'badWeight', params: { value: 'x' }, place: { row: 5 } },
    ]);
    const short = readDl('DL N=2\nDATA:\n0 1\n0\n', 'short.dl');
    expect(short.problems).toMatchObject([{ severity: 'error', code: 'dlTooFewValues' }]);
  });

  it('answers a file that is not DL with one error', () => {
    expect(readDl('hello', 'x.dl').problems).toMatchObject([{ code: 'notDl' }]);
    expect(readDl('DL NR=2 NC=3\nDATA:\n', 'x.dl').problems).toMatchObject([{ code: 'dlTwoMode' }]);
    expect(readDl('DL N=2 FORMAT=BLOCKMATRIX\nDATA:\n', 'x.dl').problems).toMatchObject([
      { code: 'dlUnknownFormat', params: { format: 'blockmatrix' } },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { readGexf } from '../../../../../shared/formats/gexf/read-gexf.ts';

function gexf(graph: string, graphAttributes = 'defaultedgetype="directed"'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph ${graphAttributes}>${graph}</graph>
</gexf>`;
}

const twoNodes = '<node id="a" label="Alfa"/><node id="b" label="Beta"/>';

describe('readGexf', () => {
  it('reads nodes, edges, weights and the default edge type', () => {
    const network = readGexf(
      gexf(
        `<nodes>${twoNodes}</nodes><edges><edge id="e1" source="a" target="b" weight="2.5"/></edges>`,
      ),
      'small.gexf',
    );
    expect(network.problems).toEqual([]);
    expect(network.directed).toBe(true);
    expect(network.actors.map((actor) => [actor.id, actor.name])).toEqual([
      ['a', 'Alfa'],
      ['b', 'Beta'],
    ]);
    expect(network.ties).toMatchObject([
      { id: 'e1', source: 'a', target: 'b', weight: 2.5, directed: null, endsBy: 'id' },
    ]);
  });

  it('reads the edge type per edge and edges without id', () => {
    const network = readGexf(
      gexf(
        `<nodes>${twoNodes}</nodes><edges><edge source="a" target="b" type="undirected"/><edge source="b" target="a"/></edges>`,
        'defaultedgetype="mixed"',
      ),
      'mixed.gexf',
    );
    expect(network.directed).toBeNull();
    expect(network.ties.map((tie) => [tie.id, tie.directed])).toEqual([
      [null, false],
      [null, null],
    ]);
  });

  it('types attribute values, fills defaults and maps sector and tie type to their fields', () => {
    const network = readGexf(
      gexf(`
        <attributes class="node"><attribute id="0" title="sector" type="string"/>
          <attribute id="1" title="staff" type="integer"/>
          <attribute id="2" title="active" type="boolean"><default>true</default></attribute></attributes>
        <attributes class="edge"><attribute id="0" title="type" type="string"/></attributes>
        <nodes><node id="a" label="Alfa"><attvalues><attvalue for="0" value="cso"/><attvalue for="1" value="12"/></attvalues>
          <viz:color r="255" g="0" b="16"/><viz:position x="1.5" y="-2"/><viz:size value="10"/></node>
          <node id="b" label="Beta"/></nodes>
        <edges><edge source="a" target="b"><attvalues><attvalue for="0" value="funding"/></attvalues></edge></edges>`),
      'attributes.gexf',
    );
    expect(network.actors[0]).toMatchObject({
      sector: 'cso',
      attributes: { staff: 12, active: true, color: '#ff0010', x: 1.5, y: -2, size: 10 },
    });
    expect(network.actors[1]!.attributes).toEqual({ active: true });
    expect(network.ties[0]!.type).toBe('funding');
  });

  it('maps date intervals to [start, end) spells, the inclusive end moved one day on', () => {
    const network = readGexf(
      gexf(
        `<nodes>${twoNodes}</nodes><edges>
          <edge source="a" target="b" start="2020-01-01" end="2020-12-31"/>
          <edge source="b" target="a" endopen="2021-01-01"/>
          <edge source="a" target="a"><spells><spell start="2019-01-01" end="2019-01-31"/><spell start="2019-03-01"/></spells></edge>
        </edges>`,
        'mode="dynamic" timeformat="date"',
      ),
      'dynamic.gexf',
    );
    expect(network.ties.map((tie) => tie.spells)).toEqual([
      [{ start: '2020-01-01', end: '2021-01-01' }],
      [{ start: null, end: '2021-01-01' }],
      [
        { start: '2019-01-01', end: '2019-02-01' },
        { start: '2019-03-01', end: null },
      ],
    ]);
  });

  it('keeps double time as numbers with a warning instead of inventing dates', () => {
    const network = readGexf(
      gexf(
        `<nodes>${twoNodes}</nodes><edges><edge source="a" target="b" start="2000.0" end="2005.5"/></edges>`,
        'mode="dynamic" timeformat="double"',
      ),
      'double.gexf',
    );
    expect(network.ties[0]!.spells).toEqual([]);
    expect(network.ties[0]!.attributes).toEqual({ start: 2000, end: 2005.5 });
    expect(network.problems.map((problem) => problem.code)).toEqual(['numericTimeKept']);
  });

  it('keeps the latest value of a dynamic attribute and its history, with a warning', () => {
    const network = readGexf(
      gexf(
        `<attributes class="node" mode="dynamic"><attribute id="v" title="value" type="integer"/></attributes>
        <nodes><node id="a"><attvalues><attvalue for="v" value="20" startopen="2005" endopen="2010"/>
        <attvalue for="v" value="15" start="2000" end="2005"/></attvalues></node></nodes>`,
        'mode="dynamic" timeformat="double"',
      ),
      'values.gexf',
    );
    expect(network.actors[0]!.attributes).toEqual({
      value: 20,
      'value history': '<[2000, 2005, 15]; (2005, 2010, 20)>',
    });
    expect(network.problems.map((problem) => problem.code).sort()).toEqual([
      'dynamicValuesFlattened',
      'numericTimeKept',
    ]);
  });

  it('reports a bad date and an end before its start, and keeps the tie without that spell', () => {
    const network = readGexf(
      gexf(
        `<nodes>${twoNodes}</nodes><edges><edge source="a" target="b" start="2020-02-30"/>
          <edge source="b" target="a" start="2020-05-01" end="2020-01-01"/></edges>`,
        'timeformat="date"',
      ),
      'dates.gexf',
    );
    expect(network.ties.map((tie) => tie.spells)).toEqual([[], []]);
    expect(network.problems).toMatchObject([
      { severity: 'warning', code: 'badDate', params: { value: '2020-02-30', line: 3 } },
      { severity: 'warning', code: 'spellEndBeforeStart', place: { file: 'dates.gexf', row: 4 } },
    ]);
  });

  it('rejects an edge naming an unknown node and a bad weight, naming the line', () => {
    const network = readGexf(
      gexf(`<nodes>${twoNodes}</nodes><edges>
        <edge source="a" target="zz"/>
        <edge source="a" target="b" weight="heavy"/></edges>`),
      'bad.gexf',
    );
    expect(network.ties).toHaveLength(1);
    expect(network.ties[0]!.weight).toBe(1);
    expect(network.problems).toMatchObject([
      {
        severity: 'error',
        code: 'unknownNode',
        params: { id: 'zz', line: 4 },
        place: { column: 'target' },
      },
      { severity: 'warning', code: 'badWeight', params: { value: 'heavy' } },
    ]);
  });

  it('refuses a DOCTYPE without expanding its entities', () => {
    const network = readGexf(
      `<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY boom "boom">]><gexf><graph><nodes><node id="&boom;"/></nodes></graph></gexf>`,
      'dtd.gexf',
    );
    expect(network.actors).toEqual([]);
    expect(network.problems).toMatchObject([{ severity: 'error', code: 'dtdRefused' }]);
  });

  it('answers malformed XML and a non-GEXF root with one error and an empty network', () => {
    expect(readGexf('<gexf><graph></gexf>', 'broken.gexf').problems).toMatchObject([
      { severity: 'error', code: 'xmlMalformed', place: { file: 'broken.gexf', row: 1 } },
    ]);
    expect(readGexf('<graphml/>', 'other.gexf').problems).toMatchObject([
      { code: 'notGexf', params: { element: 'graphml' } },
    ]);
    expect(readGexf('', 'empty.gexf').problems).toHaveLength(1);
  });

  it('flattens a node hierarchy, keeping the parent as an attribute', () => {
    const network = readGexf(
      gexf(
        '<nodes><node id="g" label="Group"><nodes><node id="c" label="Child"/></nodes></node></nodes>',
      ),
      'tree.gexf',
    );
    expect(network.actors.map((actor) => [actor.id, actor.attributes])).toEqual([
      ['g', {}],
      ['c', { parent: 'g' }],
    ]);
  });
});

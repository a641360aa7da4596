import { describe, expect, it } from 'vitest';
import { readGraphml } from '../../../../../shared/formats/graphml/read-graphml.ts';

function graphml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
${body}
</graphml>`;
}

describe('readGraphml', () => {
  it('reads typed keys, defaults, graph data, the label key and the weight key', () => {
    const network = readGraphml(
      graphml(`<key id="g" for="graph" attr.name="source" attr.type="string"/>
<key id="l" for="node" attr.name="label" attr.type="string"/>
<key id="s" for="node" attr.name="staff" attr.type="int"><default>0</default></key>
<key id="w" for="edge" attr.name="weight" attr.type="double"/>
<graph edgedefault="undirected"><data key="g">survey 2024</data>
<node id="a"><data key="l">Alfa</data><data key="s">12</data></node><node id="b"/>
<edge source="a" target="b"><data key="w">2.5</data></edge></graph>`),
      'plain.graphml',
    );
    expect(network.problems).toEqual([]);
    expect(network.directed).toBe(false);
    expect(network.attributes).toEqual({ source: 'survey 2024' });
    expect(network.actors.map((actor) => [actor.id, actor.name, actor.attributes])).toEqual([
      ['a', 'Alfa', { staff: 12 }],
      ['b', 'b', { staff: 0 }],
    ]);
    expect(network.ties).toMatchObject([{ source: 'a', target: 'b', weight: 2.5, directed: null }]);
  });

  it('reads per-edge directed and keeps parallel edges and self-loops', () => {
    const network = readGraphml(
      graphml(`<graph edgedefault="directed"><node id="a"/><node id="b"/>
<edge source="a" target="b"/><edge source="a" target="b" directed="false"/><edge source="b" target="b"/></graph>`),
      'edges.graphml',
    );
    expect(network.ties.map((tie) => [tie.source, tie.target, tie.directed])).toEqual([
      ['a', 'b', null],
      ['a', 'b', false],
      ['b', 'b', null],
    ]);
  });

  it('takes yEd labels from y:NodeLabel and keeps a group node, its children naming it', () => {
    const network = readGraphml(
      graphml(`<key id="d6" for="node" yfiles.type="nodegraphics"/>
<graph edgedefault="directed">
<node id="n0" yfiles.foldertype="group"><data key="d6"><y:ProxyAutoBoundsNode><y:Realizers>
  <y:GroupNode><y:NodeLabel>Northern Italy</y:NodeLabel></y:GroupNode></y:Realizers></y:ProxyAutoBoundsNode></data>
  <graph edgedefault="directed" id="n0:"><node id="n0::n0"><data key="d6"><y:ShapeNode>
  <y:Geometry x="10" y="20"/><y:Fill color="#FFCC00"/><y:NodeLabel>Savona</y:NodeLabel></y:ShapeNode></data></node></graph>
</node><node id="n1"/><edge source="n1" target="n0::n0"/></graph>`),
      'yed.graphml',
    );
    expect(network.actors.map((actor) => [actor.id, actor.name, actor.attributes])).toEqual([
      ['n0', 'Northern Italy', { groupNode: true }],
      ['n0::n0', 'Savona', { x: 10, y: 20, color: '#ffcc00', parent: 'n0' }],
      ['n1', 'n1', {}],
    ]);
    expect(network.ties).toHaveLength(1);
  });

  it('finds yFiles for HTML labels by y:attr.uri and is not fooled by markup inside CDATA', () => {
    const network = readGraphml(
      graphml(`<key id="d3" for="node" attr.type="string" attr.name="description"/>
<key id="d4" for="node" attr.name="NodeLabels" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/NodeLabels"/>
<graph edgedefault="directed"><node id="n0"><data key="d3"><![CDATA[<node id="n3">]]></data>
<data key="d4"><x:List xmlns:x="urn:x"><y:Label><y:Label.Text><![CDATA[Top left]]></y:Label.Text></y:Label></x:List></data></node></graph>`),
      'yfiles.graphml',
    );
    expect(network.actors).toHaveLength(1);
    expect(network.actors[0]).toMatchObject({
      name: 'Top left',
      attributes: { description: '<node id="n3">' },
    });
  });

  it('warns about unknown keys and bad numbers, and rejects edges to unknown nodes', () => {
    const network = readGraphml(
      graphml(`<key id="s" for="node" attr.name="staff" attr.type="int"/>
<graph edgedefault="directed"><node id="a"><data key="s">many</data><data key="zz">?</data></node>
<edge source="a" target="ghost"/></graph>`),
      'bad.graphml',
    );
    expect(network.ties).toEqual([]);
    expect(network.actors[0]!.attributes).toEqual({ staff: 'many' });
    expect(network.problems.map((problem) => [problem.severity, problem.code])).toEqual([
      ['warning', 'badAttributeValue'],
      ['warning', 'unknownKey'],
      ['error', 'unknownNode'],
    ]);
  });

  it('refuses a DOCTYPE and reports malformed XML with its line', () => {
    const external = readGraphml(
      '<?xml version="1.0"?>\n<!DOCTYPE graphml SYSTEM "file:///etc/passwd">\n<graphml/>',
      'xxe.graphml',
    );
    expect(external.problems).toMatchObject([{ code: 'dtdRefused', place: { row: 2 } }]);
    const broken = readGraphml('<graphml>\n<graph>\n</graphml>', 'broken.graphml');
    expect(broken.problems).toMatchObject([{ code: 'xmlMalformed', place: { row: 3 } }]);
  });
});

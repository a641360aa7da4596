import { describe, expect, it } from 'vitest';
import type { EdgeLook, NodeLook } from '../../../../shared/map/map-elements.ts';
import {
  ACTOR,
  buildScene,
  sceneActors,
  sceneTies,
  TIE,
} from '../../../../renderer/features/map/canvas/scene.ts';
import {
  markSelection,
  markTime,
  markVisibility,
} from '../../../../renderer/features/map/canvas/scene-state.ts';
import { timeClasses } from '../../../../renderer/features/map/useTimeClasses.ts';

const node = (id: string, colour = '#111111', shape: NodeLook['shape'] = 'ellipse'): NodeLook => ({
  id,
  label: id.toUpperCase(),
  colour,
  size: 20,
  shape,
  fontSize: 15,
});
const edge = (id: string, source: string, target: string): EdgeLook => ({
  id,
  source,
  target,
  colour: '#999999',
  width: 1.5,
  potential: false,
  directed: false,
});

const nodes = [node('a'), node('b', '#222222'), node('c', '#111111', 'round-rectangle'), node('d')];
const edges = [
  edge('ab', 'a', 'b'),
  edge('bc', 'b', 'c'),
  edge('cd', 'c', 'd'),
  edge('bx', 'b', 'x'),
];
const at = (id: string) => ({ x: id.charCodeAt(0), y: 0 });

const ids = (
  scene: ReturnType<typeof buildScene>,
  flags: Uint8Array,
  bit: number,
  names: string[],
) => names.filter((_, index) => (flags[index]! & bit) !== 0);

describe('the canvas scene', () => {
  it('holds actors and ties in arrays, leaving out ties to unknown actors', () => {
    const scene = buildScene(nodes, edges, at, null);
    expect(scene.actorCount).toBe(4);
    expect(scene.tieCount).toBe(3);
    expect(Array.from(scene.xs)).toEqual([97, 98, 99, 100]);
    expect(Array.from(scene.radii)).toEqual([10, 10, 10, 10]);
    // Groups by colour and shape: circles #111, circles #222, squares #111.
    expect(scene.actorGroups.map((g) => [g.colour, g.square, Array.from(g.members)])).toEqual([
      ['#111111', false, [0, 3]],
      ['#111111', true, [2]],
      ['#222222', false, [1]],
    ]);
    // b's ties: ab and bc.
    const b = scene.indexOf.get('b')!;
    const tiesOfB = scene.adjacentTies.slice(
      scene.adjacencyStart[b]!,
      scene.adjacencyStart[b + 1]!,
    );
    expect(Array.from(tiesOfB).map((t) => scene.tieIds[t])).toEqual(['ab', 'bc']);
  });

  it('keeps the positions of actors it already had', () => {
    const first = buildScene(nodes, edges, at, null);
    first.xs[0] = 500;
    const second = buildScene([node('e'), ...nodes], edges, () => ({ x: -1, y: -1 }), first);
    expect(second.xs[second.indexOf.get('a')!]).toBe(500);
    expect(second.xs[second.indexOf.get('e')!]).toBe(-1);
  });

  it('reuses the ties of the same list over the same actors, with clear state bits', () => {
    const first = buildScene(nodes, edges, at, null);
    first.tieFlags[0] = TIE.HIGHLIGHT;
    const bigger = nodes.map((look) => ({ ...look, size: 40 }));
    const second = buildScene(bigger, edges, at, first);
    expect(second.sources).toBe(first.sources);
    expect(second.buckets).toBe(first.buckets);
    expect(Array.from(second.tieFlags)).toEqual([0, 0, 0]);
    expect(Array.from(second.radii)).toEqual([20, 20, 20, 20]);
    // Another order of the actors, or another list, builds them again.
    const reordered = buildScene([...nodes].reverse(), edges, at, second);
    expect(reordered.sources).not.toBe(second.sources);
    expect(reordered.tieIds.map((id, t) => [id, reordered.ids[reordered.sources[t]!]])).toEqual([
      ['ab', 'a'],
      ['bc', 'b'],
      ['cd', 'c'],
    ]);
    const fewer = buildScene(nodes, edges.slice(1), at, reordered);
    expect(fewer.tieIds).toEqual(['bc', 'cd']);
  });

  it('adds the ties later to the same actors as a whole build gives them', () => {
    const actors = sceneActors(nodes, at, null);
    const bare = { ...actors, ...sceneTies(actors, [], null) };
    expect(bare.tieCount).toBe(0);
    expect(Array.from(bare.adjacencyStart)).toEqual([0, 0, 0, 0, 0]);
    const later = { ...bare, ...sceneTies(bare, edges, bare) };
    const whole = buildScene(nodes, edges, at, null);
    expect(later.tieIds).toEqual(whole.tieIds);
    expect(Array.from(later.targets)).toEqual(Array.from(whole.targets));
    expect(Array.from(later.adjacentTies)).toEqual(Array.from(whole.adjacentTies));
    expect(later.buckets).toEqual(whole.buckets);
  });

  it('highlights an actor with its ties and neighbours, and clears it again', () => {
    const scene = buildScene(nodes, edges, at, null);
    expect(markSelection(scene, { kind: 'actor', id: 'b' })).toBe(true);
    expect(ids(scene, scene.actorFlags, ACTOR.HIGHLIGHT, scene.ids)).toEqual(['a', 'b', 'c']);
    expect(ids(scene, scene.actorFlags, ACTOR.SELECTED, scene.ids)).toEqual(['b']);
    expect(ids(scene, scene.tieFlags, TIE.HIGHLIGHT, scene.tieIds)).toEqual(['ab', 'bc']);
    expect(markSelection(scene, { kind: 'tie', id: 'cd' })).toBe(true);
    expect(ids(scene, scene.actorFlags, ACTOR.HIGHLIGHT, scene.ids)).toEqual(['c', 'd']);
    expect(ids(scene, scene.tieFlags, TIE.SELECTED, scene.tieIds)).toEqual(['cd']);
    expect(markSelection(scene, null)).toBe(false);
    expect(scene.actorFlags.every((flags) => (flags & ACTOR.HIGHLIGHT) === 0)).toBe(true);
    expect(markSelection(scene, { kind: 'actor', id: 'nobody' })).toBe(false);
  });

  it('hides what the filters leave out', () => {
    const scene = buildScene(nodes, edges, at, null);
    markVisibility(scene, new Set(['a', 'b']), new Set(['ab']));
    expect(ids(scene, scene.actorFlags, ACTOR.HIDDEN, scene.ids)).toEqual(['c', 'd']);
    expect(ids(scene, scene.tieFlags, TIE.HIDDEN, scene.tieIds)).toEqual(['bc', 'cd']);
  });

  it('marks the time classes: absent, left with an ended tie, joined, new, ended', () => {
    const scene = buildScene(nodes, edges, at, null);
    const classes = timeClasses(
      { actorIds: new Set(['d']), tieIds: new Set(['cd']) },
      { newTies: new Set(['ab']), endedTies: new Set(['cd']), joinedActors: new Set(['a']) },
      edges,
      'tie-ended',
    );
    expect([...classes.leftActors]).toEqual(['d']);
    markTime(scene, classes);
    expect(ids(scene, scene.actorFlags, ACTOR.LEFT, scene.ids)).toEqual(['d']);
    expect(ids(scene, scene.actorFlags, ACTOR.ABSENT, scene.ids)).toEqual([]);
    expect(ids(scene, scene.actorFlags, ACTOR.JOINED, scene.ids)).toEqual(['a']);
    expect(ids(scene, scene.tieFlags, TIE.ENDED, scene.tieIds)).toEqual(['cd']);
    expect(ids(scene, scene.tieFlags, TIE.NEW, scene.tieIds)).toEqual(['ab']);
    // Before/after: ended ties are "ending" and nobody fades with them.
    const compare = timeClasses(
      { actorIds: new Set(['d']), tieIds: new Set(['cd']) },
      { newTies: new Set(), endedTies: new Set(['cd']), joinedActors: new Set() },
      edges,
      'tie-ending',
    );
    markTime(scene, compare);
    expect(ids(scene, scene.actorFlags, ACTOR.ABSENT, scene.ids)).toEqual(['d']);
    expect(ids(scene, scene.tieFlags, TIE.ENDING, scene.tieIds)).toEqual(['cd']);
    expect(ids(scene, scene.tieFlags, TIE.ENDED | TIE.NEW, scene.tieIds)).toEqual([]);
  });
});

import type { Adjacency } from '../../graph/adjacency.ts';

/** Which component each actor belongs to (numbered 0..count-1) and each component's size. */
export interface Components {
  count: number;
  membership: Int32Array;
  sizes: Int32Array;
}

/**
 * Weak components: actors joined by a chain of ties, whatever their direction.
 * Directed: direction ignored. Weighted: no. Normalised: no (a count).
 * Components are numbered in the order of their first actor; an isolate is a component.
 * Ref: Wasserman & Faust 1994, p. 109.
 */
export function weakComponents(adjacency: Adjacency): Components {
  const { order, directed, outOffsets, outTargets, inOffsets, inSources } = adjacency;
  const membership = new Int32Array(order).fill(-1);
  const stack = new Int32Array(order);
  const sizes = new Int32Array(order);
  // Undirected in-rows are the out-rows: walking them too would do every step twice.
  const count = labelComponents(
    order,
    outOffsets,
    outTargets,
    directed ? inOffsets : null,
    directed ? inSources : null,
    membership,
    stack,
    sizes,
  );
  return { count, membership, sizes: sizes.slice(0, count) };
}

/**
 * Labels every actor with its component (typed arrays only, so V8 compiles it once); returns
 * the number of components and fills membership and sizes.
 */
function labelComponents(
  order: number,
  outOffsets: Int32Array,
  outTargets: Int32Array,
  inOffsets: Int32Array | null,
  inSources: Int32Array | null,
  membership: Int32Array,
  stack: Int32Array,
  sizes: Int32Array,
): number {
  let count = 0;
  for (let start = 0; start < order; start += 1) {
    if (membership[start] !== -1) continue;
    sizes[count] = fillComponent(
      start,
      count,
      outOffsets,
      outTargets,
      inOffsets,
      inSources,
      membership,
      stack,
    );
    count += 1;
  }
  return count;
}

/**
 * Depth-first search from `start`, marking what it reaches as `component`; returns its size.
 * Nothing follows the loop but the return: code V8 optimises mid-loop is then not thrown away
 * when the loop ends.
 */
function fillComponent(
  start: number,
  component: number,
  outOffsets: Int32Array,
  outTargets: Int32Array,
  inOffsets: Int32Array | null,
  inSources: Int32Array | null,
  membership: Int32Array,
  stack: Int32Array,
): number {
  let size = 0;
  let top = 1;
  stack[0] = start;
  membership[start] = component;
  while (top > 0) {
    top -= 1;
    const node = stack[top]!;
    size += 1;
    for (let arc = outOffsets[node]!, end = outOffsets[node + 1]!; arc < end; arc += 1) {
      const neighbour = outTargets[arc]!;
      if (membership[neighbour] === -1) {
        membership[neighbour] = component;
        stack[top] = neighbour;
        top += 1;
      }
    }
    if (inOffsets === null || inSources === null) continue;
    for (let arc = inOffsets[node]!, end = inOffsets[node + 1]!; arc < end; arc += 1) {
      const neighbour = inSources[arc]!;
      if (membership[neighbour] === -1) {
        membership[neighbour] = component;
        stack[top] = neighbour;
        top += 1;
      }
    }
  }
  return size;
}

/**
 * Strong components: actors that reach each other along the direction of ties.
 * Directed: yes (for an undirected network they are the weak components). Weighted: no.
 * Normalised: no (a count). Numbered in the order of their first actor.
 * Ref: Tarjan 1972, SIAM J. Computing 1:146–160 (iterative form, no recursion limit).
 */
export function strongComponents(adjacency: Adjacency): Components {
  if (!adjacency.directed) return weakComponents(adjacency);
  const { order, outOffsets, outTargets } = adjacency;
  const index = new Int32Array(order).fill(-1);
  const lowLink = new Int32Array(order);
  const onStack = new Uint8Array(order);
  const stack = new Int32Array(order);
  const callNode = new Int32Array(order);
  const callArc = new Int32Array(order);
  const found = new Int32Array(order).fill(-1);
  let stackTop = 0;
  let counter = 0;
  let components = 0;
  for (let root = 0; root < order; root += 1) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callNode[0] = root;
    callArc[0] = outOffsets[root]!;
    index[root] = lowLink[root] = counter++;
    stack[stackTop++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const node = callNode[depth]!;
      const arc = callArc[depth]!;
      if (arc < outOffsets[node + 1]!) {
        callArc[depth] = arc + 1;
        const next = outTargets[arc]!;
        if (index[next] === -1) {
          index[next] = lowLink[next] = counter++;
          stack[stackTop++] = next;
          onStack[next] = 1;
          depth += 1;
          callNode[depth] = next;
          callArc[depth] = outOffsets[next]!;
        } else if (onStack[next] === 1) {
          lowLink[node] = Math.min(lowLink[node]!, index[next]!);
        }
        continue;
      }
      if (lowLink[node] === index[node]) {
        let member: number;
        do {
          member = stack[--stackTop]!;
          onStack[member] = 0;
          found[member] = components;
        } while (member !== node);
        components += 1;
      }
      depth -= 1;
      if (depth >= 0) {
        const parent = callNode[depth]!;
        lowLink[parent] = Math.min(lowLink[parent]!, lowLink[node]!);
      }
    }
  }
  return renumberByFirstActor(found, components);
}

function renumberByFirstActor(found: Int32Array, count: number): Components {
  const renamed = new Int32Array(count).fill(-1);
  const membership = new Int32Array(found.length);
  const sizes = new Int32Array(count);
  let next = 0;
  for (let node = 0; node < found.length; node += 1) {
    const original = found[node]!;
    if (renamed[original] === -1) renamed[original] = next++;
    membership[node] = renamed[original]!;
    sizes[membership[node]!]! += 1;
  }
  return { count, membership, sizes };
}

/**
 * The largest component as a membership mask (1 = inside). Ties in size go to the component
 * whose first actor comes first in the network's order.
 */
export function largestComponentMask(components: Components): Uint8Array {
  const mask = new Uint8Array(components.membership.length);
  if (components.count === 0) return mask;
  let largest = 0;
  for (let component = 1; component < components.count; component += 1) {
    if (components.sizes[component]! > components.sizes[largest]!) largest = component;
  }
  components.membership.forEach((component, node) => {
    if (component === largest) mask[node] = 1;
  });
  return mask;
}

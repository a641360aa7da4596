import type { Adjacency } from '../../graph/adjacency.ts';
import { MeasureError } from '../measure-error.ts';

/** The five brokerage roles, by the groups of a → b → c where b is the broker. */
export interface BrokerageRoles {
  /** a, b and c all in the same group. */
  coordinator: Float64Array;
  /** a and c in one group, b in another (consultant). */
  itinerant: Float64Array;
  /** b and c in one group, a outside: b controls what enters its group. */
  gatekeeper: Float64Array;
  /** a and b in one group, c outside: b speaks for its group. */
  representative: Float64Array;
  /** a, b and c in three different groups. */
  liaison: Float64Array;
  /** Sum of the five roles. */
  total: Float64Array;
}

/**
 * Gould–Fernandez brokerage of b: number of open two-paths a → b → c (a ≠ c, no tie a → c)
 * in which b brokers, split into five roles by the groups (here sectors) of a, b and c.
 * Directed: required; refused for undirected networks. Weighted: no (ties present or not).
 * Normalised: no (raw counts, as UCINET's and statnet's unnormalised brokerage scores).
 * Two-paths with an actor without a group cannot be classified and are not counted.
 * Ref: Gould & Fernandez 1989, Sociological Methodology 19:89–126.
 */
export function brokerageRoles(
  adjacency: Adjacency,
  groups: readonly (string | null)[],
): BrokerageRoles {
  if (!adjacency.directed)
    throw new MeasureError('measure.needsDirected', { measure: 'brokerage' });
  const { order, outOffsets, outTargets, inOffsets, inSources } = adjacency;
  const groupNumber = numberGroups(groups);
  const roles: BrokerageRoles = {
    coordinator: new Float64Array(order),
    itinerant: new Float64Array(order),
    gatekeeper: new Float64Array(order),
    representative: new Float64Array(order),
    liaison: new Float64Array(order),
    total: new Float64Array(order),
  };
  for (let broker = 0; broker < order; broker += 1) {
    const brokerGroup = groupNumber[broker]!;
    if (brokerGroup < 0) continue;
    for (let inArc = inOffsets[broker]!; inArc < inOffsets[broker + 1]!; inArc += 1) {
      const sender = inSources[inArc]!;
      const senderGroup = groupNumber[sender]!;
      if (senderGroup < 0) continue;
      for (let outArc = outOffsets[broker]!; outArc < outOffsets[broker + 1]!; outArc += 1) {
        const receiver = outTargets[outArc]!;
        const receiverGroup = groupNumber[receiver]!;
        if (receiver === sender || receiverGroup < 0) continue;
        if (hasTie(adjacency, sender, receiver)) continue;
        roleOf(roles, senderGroup, brokerGroup, receiverGroup)[broker]! += 1;
        roles.total[broker]! += 1;
      }
    }
  }
  return roles;
}

function roleOf(
  roles: BrokerageRoles,
  sender: number,
  broker: number,
  receiver: number,
): Float64Array {
  if (sender === broker && broker === receiver) return roles.coordinator;
  if (sender === receiver) return roles.itinerant;
  if (broker === receiver) return roles.gatekeeper;
  if (sender === broker) return roles.representative;
  return roles.liaison;
}

function numberGroups(groups: readonly (string | null)[]): Int32Array {
  const numbers = new Map<string, number>();
  return Int32Array.from(groups, (group) => {
    if (group === null) return -1;
    if (!numbers.has(group)) numbers.set(group, numbers.size);
    return numbers.get(group)!;
  });
}

/** Whether source → target is a tie, by binary search in source's sorted row. */
function hasTie(adjacency: Adjacency, source: number, target: number): boolean {
  let low = adjacency.outOffsets[source]!;
  let high = adjacency.outOffsets[source + 1]! - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = adjacency.outTargets[middle]!;
    if (found === target) return true;
    if (found < target) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

import { describe, expect, it } from 'vitest';
import { burtConstraint } from '../../../../shared/metrics/brokerage/constraint.ts';
import { effectiveSize } from '../../../../shared/metrics/brokerage/effective-size.ts';
import { brokerageRoles } from '../../../../shared/metrics/brokerage/gould-fernandez.ts';
import { adjacencyOf, star, triangle, valueOf } from './graphs.ts';

describe('Burt constraint and effective size', () => {
  it('gives a star’s hub constraint 1/k and effective size k', () => {
    const adjacency = adjacencyOf(star);
    expect(valueOf(adjacency, burtConstraint(adjacency), 'hub')).toBeCloseTo(0.25, 12);
    expect(valueOf(adjacency, effectiveSize(adjacency), 'hub')).toBeCloseTo(4, 12);
    expect(valueOf(adjacency, burtConstraint(adjacency), 'l1')).toBe(1);
  });

  it('constrains an actor whose contacts know each other', () => {
    const adjacency = adjacencyOf(triangle);
    // p = 1/2 to each contact, plus 1/2 · 1/2 through the other: (3/4)² twice.
    expect(valueOf(adjacency, burtConstraint(adjacency), 'a')).toBeCloseTo(1.125, 12);
    // Borgatti: 2 contacts − 2·1 tie / 2 = 1.
    expect(valueOf(adjacency, effectiveSize(adjacency), 'a')).toBeCloseTo(1, 12);
  });

  it('is undefined for an actor without ties', () => {
    const adjacency = adjacencyOf(triangle, { actors: ['lone'] });
    expect(valueOf(adjacency, burtConstraint(adjacency), 'lone')).toBeNaN();
    expect(valueOf(adjacency, effectiveSize(adjacency), 'lone')).toBeNaN();
  });
});

describe('Gould–Fernandez brokerage', () => {
  const sectors = (assignment: string): string[] => assignment.split('');

  it.each([
    ['coordinator', 'XXX'],
    ['itinerant', 'XYX'],
    ['gatekeeper', 'XYY'],
    ['representative', 'YYX'],
    ['liaison', 'XYZ'],
  ] as const)('names the broker of a → b → c a %s when the sectors are %s', (role, assignment) => {
    const adjacency = adjacencyOf(
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
      { directed: true },
    );
    const roles = brokerageRoles(adjacency, sectors(assignment));
    expect(valueOf(adjacency, roles[role], 'b')).toBe(1);
    expect(valueOf(adjacency, roles.total, 'b')).toBe(1);
  });

  it('does not count a two-path that a direct tie closes', () => {
    const adjacency = adjacencyOf(
      [
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
      ],
      { directed: true },
    );
    expect(valueOf(adjacency, brokerageRoles(adjacency, sectors('XYZ')).total, 'b')).toBe(0);
  });

  it('leaves out two-paths through an actor without a sector', () => {
    const adjacency = adjacencyOf(
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
      { directed: true },
    );
    expect(valueOf(adjacency, brokerageRoles(adjacency, ['X', null, 'Y']).total, 'b')).toBe(0);
  });

  it('refuses an undirected network', () => {
    expect(() => brokerageRoles(adjacencyOf(triangle), ['X', 'Y', 'Z'])).toThrow(
      /measure.needsDirected/,
    );
  });
});

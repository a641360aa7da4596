/** One text key for an unordered pair of actors: a–b and b–a give the same key. */
export function actorPairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * One string for several texts that no other texts give: each is written with its length
 * first (or "!" for none), so the parts cannot run into each other. Cheaper than
 * JSON.stringify on every tie of a large file.
 */
export function keyOf(...parts: readonly (string | null)[]): string {
  let key = '';
  for (const part of parts) key += part === null ? '!' : `${part.length}:${part}`;
  return key;
}

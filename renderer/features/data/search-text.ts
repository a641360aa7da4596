/**
 * Text for matching a search: lower case, accents removed, so "mexico" finds "México"
 * and "asociacion" finds "Asociación".
 */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

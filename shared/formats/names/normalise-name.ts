/**
 * Legal-form suffixes of Mexican and other Spanish-speaking organisations, written
 * normalised (lower case, no dots or accents) and longest first, so "S.A. de C.V." goes before
 * "S.A.". A.C. asociación civil, S.C. sociedad civil, I.A.P. institución de asistencia
 * privada, A.B.P. asociación de beneficencia privada, S.A. de C.V. sociedad anónima de
 * capital variable, plus the English Inc./Ltd./LLC and the Spanish S.L.
 */
const LEGAL_SUFFIXES = [
  'sapi de cv',
  'sab de cv',
  'sa de cv',
  'sc de rl',
  's de rl de cv',
  's de rl',
  'sa',
  'ac',
  'sc',
  'iap',
  'abp',
  'sl',
  'inc',
  'ltd',
  'llc',
  'ngo',
] as const;

/**
 * The form names are compared in: accents off, lower case, punctuation read as space,
 * spaces collapsed, and a trailing legal suffix dropped ("Red Mujeres, A.C." and "red
 * mujeres ac" and "Red  Mujeres" are one name). Initials written with dots ("A.C.") are
 * joined first so that the suffix is recognised.
 */
export function normaliseName(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b(\p{L})\.(?=\p{L}\.)/gu, '$1')
    .replace(/\b(\p{L})\.(?=\s|$|,)/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return stripLegalSuffix(plain);
}

/** Each suffix without spaces → its place in LEGAL_SUFFIXES (earlier = preferred). */
const SUFFIX_RANK: ReadonlyMap<string, number> = new Map(
  LEGAL_SUFFIXES.map((suffix, rank) => [suffix.replace(/ /g, ''), rank]),
);

/**
 * Compares the last tokens without spaces, so "s a de c v" is the suffix "sa de cv" too.
 * When several endings are suffixes, the one listed first wins ("sa de cv" over "sa").
 */
function stripLegalSuffix(name: string): string {
  const tokens = name.split(' ');
  let best = -1;
  let bestCount = 0;
  let tail = '';
  for (let count = 1; count <= Math.min(tokens.length - 1, 8); count++) {
    tail = tokens[tokens.length - count]! + tail;
    const rank = SUFFIX_RANK.get(tail);
    if (rank !== undefined && (best === -1 || rank < best)) {
      best = rank;
      bestCount = count;
    }
  }
  return best === -1 ? name : tokens.slice(0, -bestCount).join(' ');
}

/**
 * Looks up a dotted key in a nested catalog and fills its {{placeholders}}. The renderer uses
 * i18next over the same catalogs; this is for the CLI, which needs nothing more.
 */
export function translate(
  catalog: object,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const found = key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node !== null && typeof node === 'object'
          ? (node as Record<string, unknown>)[part]
          : undefined,
      catalog,
    );
  if (typeof found !== 'string') return key;
  return found.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Spanish when the locale says so (es, es_MX.UTF-8, es-419…), English otherwise. */
export function languageOf(locale: string | undefined): 'es' | 'en' {
  return locale?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

import type { Language } from '../../../shared/i18n/catalogs.ts';

const formats = new Map<string, Intl.NumberFormat>();

function formatFor(language: Language): Intl.NumberFormat {
  const cached = formats.get(language);
  if (cached) return cached;
  const created = new Intl.NumberFormat(language === 'es' ? 'es-MX' : 'en-US', {
    maximumFractionDigits: 4,
  });
  formats.set(language, created);
  return created;
}

/** A measure as people read it: up to 4 decimals, in the language's digits; "–" when null. */
export function formatMeasure(value: number | null, language: Language): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return formatFor(language).format(value);
}

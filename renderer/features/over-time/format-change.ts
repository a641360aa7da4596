import type { Language } from '../../../shared/i18n/catalogs.ts';
import { formatMeasure } from '../measures/format-measure.ts';

const percentFormats = new Map<Language, Intl.NumberFormat>();

/** A share between 0 and 1 as a percentage with at most one decimal; "–" when null. */
export function formatShare(value: number | null, language: Language): string {
  if (value === null || !Number.isFinite(value)) return '–';
  let format = percentFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language === 'es' ? 'es-MX' : 'en-US', {
      style: 'percent',
      maximumFractionDigits: 1,
    });
    percentFormats.set(language, format);
  }
  return format.format(value);
}

/** A change with its sign always written (+2, −0.05, 0), so its direction reads at a glance. */
export function formatChange(value: number | null, language: Language): string {
  if (value === null || !Number.isFinite(value)) return '–';
  if (value === 0) return formatMeasure(0, language);
  const size = formatMeasure(Math.abs(value), language);
  return value > 0 ? `+${size}` : `−${size}`;
}

const pointFormats = new Map<Language, Intl.NumberFormat>();

/** A change of a share in percentage points, signed, one decimal: +4.5, −12.3. */
export function formatPoints(change: number | null, language: Language): string {
  if (change === null || !Number.isFinite(change)) return '–';
  let format = pointFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language === 'es' ? 'es-MX' : 'en-US', {
      maximumFractionDigits: 1,
    });
    pointFormats.set(language, format);
  }
  const size = format.format(Math.abs(change * 100));
  return change > 0 ? `+${size}` : change < 0 ? `−${size}` : size;
}

/** A relative change as a signed percentage (+25 %, −10 %). */
export function formatRelativeChange(value: number | null, language: Language): string {
  if (value === null || !Number.isFinite(value)) return '–';
  const size = formatShare(Math.abs(value), language);
  return value > 0 ? `+${size}` : value < 0 ? `−${size}` : size;
}

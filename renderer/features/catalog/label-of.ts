import type { Language } from '../../../shared/i18n/catalogs.ts';

/** Sector and tie-type names are project data carried in both languages. */
export function labelOf(item: { labelEs: string; labelEn: string }, language: Language): string {
  return language === 'es' ? item.labelEs : item.labelEn;
}

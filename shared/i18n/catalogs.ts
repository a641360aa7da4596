import { en } from './en.ts';
import { es } from './es.ts';

/** The languages Tejido speaks, Spanish first: most of its users work in Spanish. */
export const LANGUAGES = ['es', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const catalogs = { es, en } as const;

export function isLanguage(value: unknown): value is Language {
  return value === 'es' || value === 'en';
}

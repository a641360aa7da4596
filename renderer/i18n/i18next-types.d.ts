import type { en } from '../../shared/i18n/en.ts';

/** Type-checks every `t('…')` key against the English catalog (STYLE.md §7). */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

import { describe, expect, it } from 'vitest';
import { preferredLanguage } from '../../../../renderer/i18n/language-preference.ts';

describe('the starting language', () => {
  it('is Spanish when any preferred browser language is Spanish', () => {
    expect(preferredLanguage(null, ['es-MX'])).toBe('es');
    expect(preferredLanguage(null, ['en-US', 'es'])).toBe('es');
  });

  it('is English otherwise', () => {
    expect(preferredLanguage(null, ['en-GB'])).toBe('en');
    expect(preferredLanguage(null, ['fr-FR', 'de'])).toBe('en');
    expect(preferredLanguage(null, [])).toBe('en');
  });

  it('is the one chosen before, whatever the browser says', () => {
    expect(preferredLanguage('en', ['es-MX'])).toBe('en');
    expect(preferredLanguage('es', ['en-US'])).toBe('es');
  });

  it('ignores a stored value that is not a language Tejido speaks', () => {
    expect(preferredLanguage('pt', ['es-MX'])).toBe('es');
  });
});

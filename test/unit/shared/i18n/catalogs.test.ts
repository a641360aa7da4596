import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../../shared/api/errors.ts';
import { catalogs, LANGUAGES } from '../../../../shared/i18n/catalogs.ts';

/** Every leaf of a nested catalog as `dotted.key → text`. */
function flatten(node: unknown, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  if (typeof node === 'string') {
    entries.set(prefix, node);
    return entries;
  }
  if (typeof node !== 'object' || node === null) throw new Error(`${prefix} is not text`);
  for (const [key, value] of Object.entries(node)) {
    for (const entry of flatten(value, prefix ? `${prefix}.${key}` : key)) entries.set(...entry);
  }
  return entries;
}

/** The distinct placeholders of a message: a translation may repeat one, or not. */
function placeholders(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1]!);
  return [...new Set(names)].sort();
}

const english = flatten(catalogs.en);

describe('translation catalogs', () => {
  it('give Spanish exactly the keys of English', () => {
    const spanish = flatten(catalogs.es);
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('use the same {{placeholders}} for each key in every language', () => {
    for (const language of LANGUAGES) {
      const texts = flatten(catalogs[language]);
      for (const [key, text] of english) {
        expect({ key, found: placeholders(texts.get(key) ?? '') }).toEqual({
          key,
          found: placeholders(text),
        });
      }
    }
  });

  it('have no empty text', () => {
    for (const language of LANGUAGES) {
      for (const [key, text] of flatten(catalogs[language])) {
        expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
      }
    }
  });

  it('translate every backend error code in every language', () => {
    for (const language of LANGUAGES) {
      const texts = flatten(catalogs[language]);
      const missing = ErrorCode.options.filter((code) => !texts.has(`errors.${code}`));
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });

  it('give plural forms only beside a plain form that reads well for any count', () => {
    for (const key of english.keys()) {
      const plural = /^(.*)_(one|other)$/.exec(key);
      if (plural) expect(english.has(plural[1]!)).toBe(true);
    }
  });
});

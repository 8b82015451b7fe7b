import { describe, expect, it } from 'vitest';
import countryLists from 'virtual:country-list';
import { sortedCountryOptions } from '@/lib/country-list';
import { ISO_3166_CODES } from '@/lib/iso-3166';

describe('the create form’s country list, computed at build time', () => {
  it('holds every ISO code once per language, named, in that language’s alphabetical order', () => {
    for (const locale of ['en', 'ar'] as const) {
      const list = countryLists[locale];
      expect(list.map(([code]) => code).sort()).toEqual([...ISO_3166_CODES].sort());
      const collator = new Intl.Collator(locale === 'en' ? 'en-GB' : 'ar');
      for (let i = 1; i < list.length; i += 1) expect(collator.compare(list[i - 1]![1], list[i]![1])).toBeLessThanOrEqual(0);
      for (const [code, name] of list) expect(name, code).not.toBe(code);
    }
  });

  it('names countries in each language’s own script', () => {
    const arabic = new Map(countryLists.ar);
    const english = new Map(countryLists.en);
    expect(english.get('IQ')).toBe('Iraq');
    expect(arabic.get('IQ')).toBe('العراق');
    expect(countryLists.ar.every(([, name]) => /[\u0600-\u06FF]/.test(name))).toBe(true);
    expect(countryLists.en.every(([, name]) => !/[\u0600-\u06FF]/.test(name))).toBe(true);
  });

  it('is what the browser-side function gives, so the module stays a pure precomputation', () => {
    expect(countryLists.en).toEqual(sortedCountryOptions('en'));
    expect(countryLists.ar).toEqual(sortedCountryOptions('ar'));
  });
});

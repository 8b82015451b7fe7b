import { describe, expect, it } from 'vitest';
import { allResources } from '@/i18n/all-resources';

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => leaves(inner, prefix ? `${prefix}.${key}` : key));
}

// "Validation" is مصادقة everywhere in Arabic (screen and PDF). اعتماد and معتمد stay free for
// "adopted" (a law or policy in force), which is what the answer scale and the indicators mean by them.
const ADOPTION_WORDS = /اعتماد|الاعتماد|مُعتمَد|معتمد|مُعتمد|اعتُمد|اعتمد|يعتمد|يُعتمد/;

describe('the Arabic word for validation', () => {
  const resources = allResources();
  const en = resources.en ?? {};
  const ar = resources.ar ?? {};
  const pairs = Object.keys(en).flatMap((namespace) => {
    const arabic = new Map(leaves(ar[namespace]));
    return leaves(en[namespace]).map(([key, text]) => ({ key: `${namespace}:${key}`, en: text, ar: arabic.get(key) ?? '' }));
  });

  it('is never a form of اعتماد where the English says validate', () => {
    const validating = pairs.filter((pair) => /validat/i.test(pair.en));
    expect(validating.length).toBeGreaterThan(20);
    expect(validating.filter((pair) => ADOPTION_WORDS.test(pair.ar)).map((pair) => pair.key)).toEqual([]);
  });

  it('is a form of مصادقة in the validation titles, statuses and decisions', () => {
    for (const key of [
      'validation:title',
      'report-validation:title',
      'scoring:statuses.validated',
      'report-validation:decisionKinds.validated',
      'validation:record.heading',
    ]) {
      const pair = pairs.find((candidate) => candidate.key === key);
      expect([key, pair?.ar]).toEqual([key, expect.stringMatching(/صادق|صادَق|صودق/)]);
    }
  });
});

import type { Locale } from '@/domain/localized-text';
import type { SchemaProblem } from '@/domain/schema-problem-kinds';
import { EXPECTED_TYPES, VALUE_FORMATS } from '@/domain/schema-problem-kinds';
import { isOneOf } from '@/lib/one-of';
import { formatNumber } from './format';
import { existingKey, translatorFor } from './i18n';

/**
 * The one mapping from a file's schema problem (domain/schema-problem.ts) to a sentence, used by
 * every import surface: "The answer to indicator D1.1.1: Round must be a whole number; this file
 * has "2" in quotes." Needs the `refusals` namespace. Field names come from `refusals:fields`;
 * tests/unit/schema-problem-text.test.ts checks that every field of every file schema has one.
 */

export function fieldWords(field: string | null, language: 'en' | 'ar' | null, locale: Locale): string {
  const t = translatorFor(locale);
  if (field === null) return t('refusals:theRecord');
  // Field paths come from files, an open set: a field without words reads as its own name.
  const key = existingKey(`refusals:fields.${field}`, locale);
  const words = key ? t(key) : field;
  return language === null ? words : t(`refusals:languages.${language}`, { field: words });
}

function actualWords(problem: SchemaProblem, locale: Locale): string {
  const t = translatorFor(locale);
  const { actual } = problem;
  if (actual.type === 'list') return t('refusals:actual.list', { count: formatNumber(actual.count, locale) });
  if (actual.type === 'missing' || actual.type === 'null' || actual.type === 'group') return t(`refusals:actual.${actual.type}`);
  return t(`refusals:actual.${actual.type}`, { text: actual.text });
}

function capitalise(text: string, locale: Locale): string {
  return locale === 'en' && text.length > 0 ? `${text[0]?.toLocaleUpperCase('en') ?? ''}${text.slice(1)}` : text;
}

/** The problem alone ("Round must be a whole number; …"), without the record it is in. */
export function schemaProblemText(problem: SchemaProblem, locale: Locale): string {
  const t = translatorFor(locale);
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(problem.params))
    params[name] = typeof value === 'number' ? formatNumber(value, locale) : value;
  const { expected, format } = problem.params;
  if (isOneOf(EXPECTED_TYPES, expected)) params.expected = t(`refusals:expected.${expected}`);
  if (isOneOf(VALUE_FORMATS, format)) params.format = t(`refusals:formats.${format}`);
  const field = fieldWords(problem.field, problem.language, locale);
  return capitalise(t(`refusals:issues.${problem.kind}`, { ...params, field, actual: actualWords(problem, locale) }), locale);
}

/** The whole sentence: which record, which field, what is wrong and what would be right. */
export function schemaProblemSentence(problem: SchemaProblem, locale: Locale): string {
  const t = translatorFor(locale);
  const text = schemaProblemText(problem, locale);
  if (problem.record.kind === 'file') return text;
  return t('refusals:sentence', { record: t(`refusals:records.${problem.record.kind}`, { label: problem.record.label }), problem: text });
}

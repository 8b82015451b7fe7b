/**
 * The words a schema problem is described in (schema-problem.ts builds one from a zod issue):
 * the kinds of problem, the kinds of record a user knows, the types and formats a field expects,
 * and what the file actually holds. i18n/schema-problem-text.ts has a sentence for each.
 */

export const SCHEMA_PROBLEM_KINDS = [
  'missing',
  'wrong-type',
  'not-whole-number',
  'too-long',
  'empty',
  'too-many',
  'too-few',
  'too-high',
  'too-low',
  'bad-format',
  'bad-choice',
  'unknown-fields',
  'duplicate',
  'other-assessment',
  'id-mismatch',
  'unknown-reference',
  'orphan',
  'scope-mismatch',
  'too-deep',
  'refused-catalogue',
  'invalid',
] as const;
export type SchemaProblemKind = (typeof SCHEMA_PROBLEM_KINDS)[number];

/** Custom checks name their kind in `params.kind`, so no sentence depends on an English message. */
export type CustomIssueKind = Extract<
  SchemaProblemKind,
  | 'duplicate'
  | 'other-assessment'
  | 'id-mismatch'
  | 'unknown-reference'
  | 'orphan'
  | 'scope-mismatch'
  | 'unknown-fields'
  | 'refused-catalogue'
>;
export const customIssue = (kind: CustomIssueKind, path: PropertyKey[], message: string) => ({
  code: 'custom' as const,
  message,
  path,
  params: { kind },
});

export const RECORD_KINDS = [
  'file',
  'assessment',
  'answer',
  'member',
  'source',
  'comment',
  'history',
  'profile',
  'snapshot',
  'setting',
  'stored-catalogue',
  'indicator',
  'domain',
  'subdomain',
  'scale',
  'option',
  'migration',
  'decision',
  'participant',
  'item',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export type RecordRef = { readonly kind: RecordKind; readonly label: string };

export const EXPECTED_TYPES = ['text', 'number', 'whole-number', 'yes-no', 'list', 'group', 'value'] as const;
export type ExpectedType = (typeof EXPECTED_TYPES)[number];
export const VALUE_FORMATS = ['date-time', 'date', 'version', 'country-code', 'id', 'option-value', 'sdg-code', 'pattern'] as const;
export type ValueFormat = (typeof VALUE_FORMATS)[number];

/** What the file holds where the problem is, described so the user can find it. */
export type ActualValue =
  | { readonly type: 'missing' }
  | { readonly type: 'null' }
  | { readonly type: 'quoted-number'; readonly text: string }
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'number' | 'boolean'; readonly text: string }
  | { readonly type: 'list'; readonly count: number }
  | { readonly type: 'group' };

export type SchemaProblem = {
  readonly record: RecordRef;
  /** The field's key (`round`, `justification`); null when the record as a whole is wrong. */
  readonly field: string | null;
  /** For bilingual texts: which language's version is wrong. */
  readonly language: 'en' | 'ar' | null;
  readonly kind: SchemaProblemKind;
  readonly params: Readonly<Record<string, string | number>>;
  readonly actual: ActualValue;
  /** Path and library message, shown only behind "details". */
  readonly technical: string;
};

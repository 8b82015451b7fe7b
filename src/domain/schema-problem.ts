import type { z } from 'zod';
import type {
  ActualValue,
  ExpectedType,
  RecordKind,
  RecordRef,
  SchemaProblem,
  SchemaProblemKind,
  ValueFormat,
} from './schema-problem-kinds';
import { SCHEMA_PROBLEM_KINDS } from './schema-problem-kinds';

/**
 * A file's schema problem as a user can act on it: which record (an indicator, a member, a
 * source…), which field, what kind of problem and what the file actually holds. Built from a zod
 * issue plus the parsed file, shared by every import surface (member packages, backups, catalogue
 * files, report data); i18n/schema-problem-text.ts turns it into one sentence in the user's
 * language. The library's own message is kept only as `technical`, for the "details" disclosure.
 */

type Issue = z.core.$ZodIssue;

/** Collections whose items are records a user knows by a name or an id. */
const COLLECTION_RECORDS: Record<string, (item: Record<string, unknown>, position: number) => RecordRef> = {
  assessments: () => ({ kind: 'assessment', label: '' }),
  responses: (item, position) => ({ kind: 'answer', label: text(item.indicatorId) || `#${position + 1}` }),
  members: (item, position) => ({ kind: 'member', label: text(item.name) || `#${position + 1}` }),
  sources: (item, position) => ({ kind: 'source', label: text(item.title) || text(item.indicatorId) || `#${position + 1}` }),
  comments: (item, position) => ({ kind: 'comment', label: text(item.indicatorId) || `#${position + 1}` }),
  history: (_item, position) => ({ kind: 'history', label: String(position + 1) }),
  profiles: () => ({ kind: 'profile', label: '' }),
  snapshots: (_item, position) => ({ kind: 'snapshot', label: String(position + 1) }),
  meta: (item, position) => ({ kind: 'setting', label: text(item.key) || String(position + 1) }),
  catalogues: (item, position) => ({ kind: 'stored-catalogue', label: text(item.key) || String(position + 1) }),
  indicators: (item, position) => ({ kind: 'indicator', label: text(item.id) || `#${position + 1}` }),
  domains: (item, position) => ({ kind: 'domain', label: text(item.id) || `#${position + 1}` }),
  subdomains: (item, position) => ({ kind: 'subdomain', label: text(item.id) || `#${position + 1}` }),
  scales: (item, position) => ({ kind: 'scale', label: text(item.id) || `#${position + 1}` }),
  options: (item, position) => ({ kind: 'option', label: text(item.value) || `#${position + 1}` }),
  migrations: (item, position) => ({ kind: 'migration', label: text(item.fromVersion) || `#${position + 1}` }),
  decisions: (item, position) => ({ kind: 'decision', label: text(item.domainId) || `#${position + 1}` }),
  participants: (item, position) => ({ kind: 'participant', label: text(item.official) || `#${position + 1}` }),
};
const SINGLE_RECORDS: Record<string, RecordKind> = { assessment: 'assessment', profile: 'profile' };

function text(value: unknown): string {
  return typeof value === 'string' ? shorten(value.trim(), 60) : '';
}

function shorten(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

function child(value: unknown, key: PropertyKey): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
}

/** The innermost record along the path that a user can name, and the key of the wrong field. */
function locate(
  root: unknown,
  path: readonly PropertyKey[],
): { record: RecordRef; field: string | null; language: 'en' | 'ar' | null; value: unknown } {
  let record: RecordRef = { kind: 'file', label: '' };
  let value = root;
  let field: string | null = null;
  let language: 'en' | 'ar' | null = null;
  path.forEach((key, index) => {
    const next = child(value, key);
    const previous = path[index - 1];
    if (typeof key === 'number' && typeof previous === 'string') {
      const describe = COLLECTION_RECORDS[previous];
      const item = typeof next === 'object' && next !== null ? (next as Record<string, unknown>) : {};
      record = describe ? describe(item, key) : { kind: 'item', label: String(key + 1) };
      field = null;
      language = null;
    } else if (typeof key === 'string') {
      if (SINGLE_RECORDS[key] && index < path.length - 1) {
        record = { kind: SINGLE_RECORDS[key], label: '' };
        field = null;
      } else if ((key === 'en' || key === 'ar') && field !== null) {
        language = key;
      } else if (!COLLECTION_RECORDS[key] || index === path.length - 1) {
        field = key;
        language = null;
      }
    }
    value = next;
  });
  return { record, field, language, value };
}

export function describeActual(value: unknown, expectsNumber = false): ActualValue {
  if (value === undefined) return { type: 'missing' };
  if (value === null) return { type: 'null' };
  if (typeof value === 'string') {
    return expectsNumber && /^\s*-?\d+(\.\d+)?\s*$/.test(value)
      ? { type: 'quoted-number', text: value.trim() }
      : { type: 'text', text: shorten(value, 40) };
  }
  if (typeof value === 'number' || typeof value === 'bigint') return { type: 'number', text: String(value) };
  if (typeof value === 'boolean') return { type: 'boolean', text: String(value) };
  if (Array.isArray(value)) return { type: 'list', count: value.length };
  return { type: 'group' };
}

/** Fields that hold counts or ranks: a number there must be whole, and the sentence says so. */
const WHOLE_NUMBER_FIELDS = new Set([
  'round',
  'year',
  'revision',
  'order',
  'seq',
  'iterations',
  'number',
  'category',
  'schemaVersion',
  'formatVersion',
  'gcmObjectives',
]);

const EXPECTED: Record<string, ExpectedType> = {
  string: 'text',
  number: 'number',
  int: 'whole-number',
  boolean: 'yes-no',
  array: 'list',
  object: 'group',
  record: 'group',
};

/** The form a regex-checked field expects, named after the field because a pattern means nothing to a user. */
function formatOf(field: string | null, issueFormat: string | undefined): ValueFormat {
  if (issueFormat === 'datetime') return 'date-time';
  if (field === 'released' || field === 'date') return 'date';
  if (field === 'version' || field === 'catalogueVersion' || field === 'fromVersion') return 'version';
  if (field === 'countryCode') return 'country-code';
  if (field === 'value') return 'option-value';
  if (field === 'sdg1072') return 'sdg-code';
  if (field !== null && /(^id$|Id$|^from$|^to$|^scale$)/.test(field)) return 'id';
  return 'pattern';
}

function kindAndParams(
  issue: Issue,
  value: unknown,
  field: string | null,
): { kind: SchemaProblemKind; params: Record<string, string | number> } {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { kind: 'missing', params: {} };
      if (issue.expected === 'int' && typeof value === 'number') return { kind: 'not-whole-number', params: {} };
      if (issue.expected === 'number' && field !== null && WHOLE_NUMBER_FIELDS.has(field))
        return { kind: 'wrong-type', params: { expected: 'whole-number' } };
      return { kind: 'wrong-type', params: { expected: EXPECTED[issue.expected] ?? 'value' } };
    case 'too_big':
      if (issue.origin === 'string')
        return { kind: 'too-long', params: { max: Number(issue.maximum), length: typeof value === 'string' ? value.length : 0 } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { kind: 'too-many', params: { max: Number(issue.maximum), count: Array.isArray(value) ? value.length : 0 } };
      return { kind: 'too-high', params: { max: Number(issue.maximum) } };
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? { kind: 'empty', params: {} }
          : { kind: 'too-long', params: { max: Number(issue.minimum), length: 0 } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { kind: 'too-few', params: { min: Number(issue.minimum), count: Array.isArray(value) ? value.length : 0 } };
      return { kind: 'too-low', params: { min: Number(issue.minimum) } };
    case 'invalid_format':
      return { kind: 'bad-format', params: { format: formatOf(field, issue.format) } };
    case 'invalid_value':
      return { kind: 'bad-choice', params: { choices: issue.values.slice(0, 12).map(String).join(', ') } };
    case 'unrecognized_keys':
      return { kind: 'unknown-fields', params: { keys: issue.keys.slice(0, 8).join(', ') } };
    case 'custom': {
      const kind = (issue.params as { kind?: unknown } | undefined)?.kind;
      return (SCHEMA_PROBLEM_KINDS as readonly unknown[]).includes(kind)
        ? { kind: kind as SchemaProblemKind, params: {} }
        : { kind: 'invalid', params: {} };
    }
    default:
      return { kind: 'invalid', params: {} };
  }
}

function technicalPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc === '' ? String(part) : `${acc}.${String(part)}`),
    '',
  );
}

/** `root` is the object the schema parsed, so the problem can name the record and quote the value. */
export function schemaProblemFrom(issue: Issue, root: unknown, pathPrefix = ''): SchemaProblem {
  const { record, field, language, value } = locate(root, issue.path);
  const { kind, params } = kindAndParams(issue, value, field);
  const expectsNumber = issue.code === 'invalid_type' && (issue.expected === 'number' || issue.expected === 'int');
  const where = [pathPrefix, technicalPath(issue.path)].filter((part) => part !== '').join('.');
  return {
    record,
    field,
    language,
    kind,
    params,
    actual: describeActual(value, expectsNumber),
    technical: `${where || '(file)'}: ${issue.message}`,
  };
}

/** The first problem of a failed parse (the one the user fixes first), or null. */
export function firstSchemaProblem(error: z.ZodError, root: unknown, pathPrefix = ''): SchemaProblem | null {
  const issue = error.issues[0];
  return issue ? schemaProblemFrom(issue, root, pathPrefix) : null;
}

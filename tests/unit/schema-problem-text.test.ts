import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CatalogueFileV1Schema } from '@/catalog/catalogue-file-schema';
import { ExchangeStateSchema } from '@/domain/merge-exchange-state';
import type { SchemaProblem, SchemaProblemKind } from '@/domain/schema-problem-kinds';
import { firstSchemaProblem } from '@/domain/schema-problem';
import { initI18n, loadNamespaces } from '@/i18n/i18n';
import { allResources } from '@/i18n/all-resources';
import { schemaProblemSentence } from '@/i18n/schema-problem-text';
import { BackupContentSchema } from '@/interchange/backup-format';
import { PackageContentSchema } from '@/interchange/package-format';

beforeAll(async () => {
  await initI18n('en');
  await loadNamespaces('en', ['refusals']);
  await loadNamespaces('ar', ['refusals']);
});

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  catchall?: z.ZodType;
  checks?: { _zod: { def: { check: string; format?: string; minimum?: number } } }[];
};
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Every (field, problem kind) a schema can raise, found by walking its definition. */
function kindsOf(schema: unknown, field: string, out: Map<string, Set<SchemaProblemKind>>): void {
  const add = (kind: SchemaProblemKind, at = field) => (out.get(at) ?? out.set(at, new Set()).get(at)!).add(kind);
  const def = defOf(schema);
  const checks = (def.checks ?? []).map((check) => check._zod.def);
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries(def.shape ?? {})) {
        // en/ar are the two language versions of a bilingual field: the sentence names the field.
        const named = key === 'en' || key === 'ar' ? field : key;
        add('missing', named);
        kindsOf(child, named, out);
      }
      if (def.catchall && defOf(def.catchall).type === 'never') add('unknown-fields');
      add('wrong-type');
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      kindsOf(def.innerType, field, out);
      break;
    case 'pipe':
      kindsOf(def.in, field, out);
      break;
    case 'string':
    case 'number':
    case 'boolean':
      add('wrong-type');
      for (const check of checks) {
        if (check.check === 'max_length' || check.check === 'less_than') add(def.type === 'string' ? 'too-long' : 'too-high');
        if (check.check === 'min_length') add(check.minimum !== undefined && check.minimum <= 1 ? 'empty' : 'too-long');
        if (check.check === 'greater_than') add('too-low');
        if (check.check === 'string_format') add('bad-format');
        if (check.check === 'number_format') add('not-whole-number');
      }
      break;
    case 'enum':
    case 'literal':
      add('bad-choice');
      break;
    case 'array':
      add('wrong-type');
      for (const check of checks) {
        if (check.check === 'max_length' || check.check === 'length_equals') add('too-many');
        if (check.check === 'min_length' || check.check === 'length_equals') add('too-few');
      }
      kindsOf(def.element, field, out);
      break;
    case 'record':
      add('wrong-type');
      kindsOf(def.valueType, field, out);
      break;
    case 'union':
      add('invalid');
      for (const option of def.options ?? []) kindsOf(option, field, out);
      break;
    default:
      break;
  }
}

const SCHEMAS = {
  package: PackageContentSchema,
  backup: BackupContentSchema,
  catalogue: CatalogueFileV1Schema,
  exchangeState: ExchangeStateSchema,
};
const SAMPLE_PARAMS = { max: 10, min: 2, length: 12, count: 3, expected: 'whole-number', format: 'date', choices: 'a, b', keys: 'extra' };

describe('one sentence for every schema problem, in both languages', () => {
  it.each(Object.keys(SCHEMAS))('the %s schema: every field has plain words and every kind it can raise a sentence', (name) => {
    const found = new Map<string, Set<SchemaProblemKind>>();
    kindsOf(SCHEMAS[name as keyof typeof SCHEMAS], 'content', found);
    expect(found.size).toBeGreaterThan(5);
    const fields = allResources();
    const gaps: string[] = [];
    for (const [field, kinds] of found) {
      for (const language of ['en', 'ar'] as const) {
        const words = (fields[language]?.refusals?.fields as Record<string, string> | undefined)?.[field];
        if (field !== 'content' && (typeof words !== 'string' || words === '')) gaps.push(`${language} fields.${field}`);
        for (const kind of kinds) {
          const problem: SchemaProblem = {
            record: { kind: 'answer', label: 'D1.1.1' },
            field,
            language: null,
            kind,
            params: SAMPLE_PARAMS,
            actual: { type: 'text', text: 'x' },
            technical: '',
          };
          const sentence = schemaProblemSentence(problem, language);
          if (/{{|}}|refusals:|undefined/.test(sentence)) gaps.push(`${language} ${field}/${kind}: ${sentence}`);
          if (language === 'ar' && !/[\u0600-\u06FF]/.test(sentence)) gaps.push(`ar ${field}/${kind} has no Arabic: ${sentence}`);
        }
      }
    }
    expect(gaps).toEqual([]);
  });
});

describe('sentences a ministry official can act on', () => {
  const response = {
    id: 'a:D1.1.1',
    assessmentId: 'a',
    indicatorId: 'D1.1.1',
    answer: null,
    notApplicable: false,
    notApplicableReason: '',
    justification: 'x'.repeat(50_001),
    confidence: null,
    status: 'draft',
    assigneeId: null,
    memberAnswers: {},
    agreedRationale: '',
    dissent: '',
    revision: 1,
    updatedAt: '2026-05-01T09:00:00.000Z',
    updatedBy: null,
  };
  const assessment = {
    id: 'a',
    frameworkId: 'mgi-national',
    catalogueVersion: '1.0.0',
    level: 'national',
    countryCode: 'KE',
    round: '2',
    year: 2026,
    previousAssessmentId: null,
    phase: 'data-collection',
    isDemo: false,
    createdAt: '2026-05-01T09:00:00.000Z',
    updatedAt: '2026-05-01T09:00:00.000Z',
  };

  function problemFor(schema: z.ZodType, value: unknown): SchemaProblem {
    const result = schema.safeParse(value);
    expect(result.success).toBe(false);
    return firstSchemaProblem(result.error!, value, 'content')!;
  }

  it('names the record, the field, what is wrong and what would be right', () => {
    const content = {
      packageId: 'p',
      exportedAt: '2026-05-01T09:00:00.000Z',
      senderDeviceId: 'd',
      senderMemberId: null,
      bases: {},
      bundle: { assessment, members: [], responses: [], sources: [], comments: [], history: [] },
    };
    const quoted = problemFor(PackageContentSchema, content);
    expect(schemaProblemSentence(quoted, 'en')).toBe('The assessment: Round must be a whole number; this file has "2" in quotes.');
    expect(schemaProblemSentence(quoted, 'ar')).toBe('التقييم: يجب أن يكون الحقل «الجولة» عددًا صحيحًا؛ وفي هذا الملف "2" بين علامتي تنصيص.');
    expect(quoted.technical).toContain('content.bundle.assessment.round');

    const long = problemFor(PackageContentSchema, {
      ...content,
      bundle: { ...content.bundle, assessment: { ...assessment, round: 2 }, responses: [response] },
    });
    expect(schemaProblemSentence(long, 'en')).toBe(
      'The answer to indicator D1.1.1: Justification is 50,001 characters long; at most 50,000 are allowed.',
    );
    expect(schemaProblemSentence(long, 'ar')).not.toMatch(/[A-Za-z]{4,}/);

    const member = problemFor(PackageContentSchema, {
      ...content,
      bundle: {
        ...content.bundle,
        assessment: { ...assessment, round: 2 },
        members: [
          { id: 'm', assessmentId: 'a', name: 'Amira Haddad', institution: '', role: 'boss', createdAt: '2026-05-01T09:00:00.000Z' },
        ],
      },
    });
    expect(schemaProblemSentence(member, 'en')).toBe(
      'Member “Amira Haddad”: Role must be one of: coordinator, member, researcher, reviewer, observer; this file has “boss”.',
    );
  });

  it('names catalogue indicators and bilingual fields', () => {
    const file = { schemaVersion: 1, indicators: [{ id: 'D9.9.9', question: { en: 'Q', ar: 1 } }] };
    const problem = problemFor(CatalogueFileV1Schema, file);
    expect(schemaProblemSentence(problem, 'en')).toMatch(/^Frame|^The|^Indicator|^[A-Z]/);
    const indicator = CatalogueFileV1Schema.safeParse(file).error!.issues.find(
      (issue) => issue.path[0] === 'indicators' && issue.path[2] === 'question',
    );
    expect(indicator).toBeDefined();
    const sentence = schemaProblemSentence(firstSchemaProblem({ issues: [indicator!] } as z.ZodError, file)!, 'en');
    expect(sentence).toBe('Indicator D9.9.9: Question (Arabic) must be text; this file has 1.');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueProblemCode } from '@/catalog/catalogue-problem';
import type { SpreadsheetImportRefusal } from '@/db/spreadsheet-commands';
import { EXCHANGE_ERROR_CODES, ExchangeError } from '@/domain/merge-errors';
import { CommandRefused, REFUSAL_CODES } from '@/domain/refusal';
import { RECORD_KINDS, SCHEMA_PROBLEM_KINDS } from '@/domain/schema-problem-kinds';
import { STORAGE_FAILURE_KINDS, StorageFailure } from '@/domain/storage-failure';
import type { ValidationIssueCode } from '@/domain/validation';
import type { Locale } from '@/domain/localized-text';
import { reportErrorMessage } from '@/features/pdf-export/report-errors';
import { allResources } from '@/i18n/all-resources';
import { formatBytes } from '@/i18n/format';
import { initI18n, loadNamespaces } from '@/i18n/i18n';
import type { Namespace } from '@/i18n/keys';
import { refusalMessage } from '@/i18n/refusal-message';
import { schemaProblemSentence } from '@/i18n/schema-problem-text';
import { translatorIn } from '@/i18n/wording';
import type { CatalogueImportCode } from '@/interchange/catalogue-import';
import { FileTaskStopped } from '@/interchange/file-task-stopped';
import { exchangeRefusal } from '@/interchange/package-error-text';
import type { SpreadsheetFileErrorCode } from '@/interchange/spreadsheet-file';
import type { RowErrorCode } from '@/interchange/spreadsheet-import';
import { ReportInputError } from '@/report/report-input';
import type { VerifyFailure } from '@/report/verify-report-pdf';
import { VALUES, expectPlain, walk, say, exchangeDetail, refusalOf, problemOf } from './refusal-wording-support';

/**
 * Issue 16: every way the app can refuse a file or a write, walked code by code, and worded in both
 * languages through the same functions the screens use. Each sentence must be non-empty, have every
 * {{placeholder}} filled, carry no library text (zod's, a DOMException's, "undefined", a JSON path),
 * and the Arabic one no English words: Latin letters only in names of formats and of the app, in
 * codes, ids and file names (the values passed in, and ALLOWED_LATIN in refusal-wording-support.ts). The lists are typed
 * `Record<Code, …>`, so a new code fails the typecheck until it is worded here (docs/REFUSALS.md).
 */

beforeAll(async () => {
  await initI18n('en');
  const namespaces = Object.keys(allResources().en ?? {}) as Namespace[];
  await loadNamespaces('en', namespaces);
  await loadNamespaces('ar', namespaces);
});

describe('every refusal and failure, worded in English and Arabic', () => {
  it('member packages, backups and snapshots: every exchange error code, and its details apart', () => {
    for (const code of EXCHANGE_ERROR_CODES) {
      const error = new ExchangeError(code, exchangeDetail[code] ?? {});
      expectPlain('exchange', code, (locale) => exchangeRefusal(error, locale).message);
    }
    // Without a record to name, the path and the validator's words go behind "details" only.
    const bare = exchangeRefusal(new ExchangeError('invalid-content', { path: 'snapshot', problem: 'Invalid input' }), 'en');
    expect(bare.details).toBe('snapshot: Invalid input');
    expect(bare.message).not.toContain('snapshot');
    // Anything unexpected: a plain sentence, the program's words only behind "details".
    const odd = exchangeRefusal(new TypeError("Cannot read properties of undefined (reading 'x')"), 'ar');
    expect(odd.details).toContain('Cannot read');
    expectPlain('exchange', 'unexpected', (locale) => exchangeRefusal(new TypeError('x'), locale).message);
  });

  it('schema problems: every kind, and every kind of record', () => {
    for (const kind of SCHEMA_PROBLEM_KINDS) {
      const problem = problemOf(kind, 'answer');
      expectPlain('schema', kind, (locale) => schemaProblemSentence(problem, locale));
      expectPlain(
        'schema',
        `${kind} as a package refusal`,
        (locale) => exchangeRefusal(new ExchangeError('invalid-content', {}, problem), locale).message,
      );
    }
    for (const record of RECORD_KINDS) {
      const problem = problemOf('not-whole-number', record);
      expectPlain('schema', `a problem in ${record}`, (locale) => schemaProblemSentence(problem, locale));
    }
  }, 30_000);

  it('writes the rules refuse, store failures and stopped file work', () => {
    for (const code of REFUSAL_CODES) expectPlain('command', code, (locale) => refusalMessage(new CommandRefused(refusalOf(code)), locale));
    for (const kind of STORAGE_FAILURE_KINDS)
      expectPlain('storage', kind, (locale) =>
        refusalMessage(new StorageFailure(kind, new DOMException('full', 'QuotaExceededError')), locale),
      );
    expectPlain('storage', 'not a storage failure', (locale) => refusalMessage(new Error('boom'), locale));
    walk<FileTaskStopped['reason']>('file work', {
      cancelled: (locale) => exchangeRefusal(new FileTaskStopped('cancelled', 60), locale).message,
      'timed-out': (locale) => exchangeRefusal(new FileTaskStopped('timed-out', 60), locale).message,
      'worker-failed': (locale) => exchangeRefusal(new FileTaskStopped('worker-failed', 60), locale).message,
    });
    walk('edit session', { full: say('edit', 'full.message'), resolved: say('edit', 'full.resolved') });
    walk('restore', { cancelled: say('refusals', 'restore.cancelled') });
  });

  it('catalogue files, imported and bundled', () => {
    const imported = (code: CatalogueImportCode) => say('catalogue-import', `problems.${code}`, { max: 64 });
    walk<CatalogueImportCode>('catalogue import', {
      'invalid-json': imported('invalid-json'),
      'unsupported-schema-version': imported('unsupported-schema-version'),
      'invalid-content': imported('invalid-content'),
      'duplicate-version': imported('duplicate-version'),
      'file-name-mismatch': imported('file-name-mismatch'),
      'too-large': imported('too-large'),
      'missing-file': imported('missing-file'),
      'empty-file': imported('empty-file'),
      'not-utf8': imported('not-utf8'),
      'forbidden-key': imported('forbidden-key'),
      'markup-not-allowed': imported('markup-not-allowed'),
      'already-installed': imported('already-installed'),
      'too-deep': imported('too-deep'),
    });
    const bundled = (code: CatalogueProblemCode) => (locale: Locale) => {
      const t = translatorIn(locale, 'common');
      return t('catalogueProblems.problem', { file: VALUES.file, reason: t(`catalogueProblems.codes.${code}`) });
    };
    walk<CatalogueProblemCode>('bundled catalogues', {
      'invalid-json': bundled('invalid-json'),
      'unsupported-schema-version': bundled('unsupported-schema-version'),
      'invalid-content': bundled('invalid-content'),
      'duplicate-version': bundled('duplicate-version'),
      'file-name-mismatch': bundled('file-name-mismatch'),
      'too-large': bundled('too-large'),
      'missing-file': bundled('missing-file'),
    });
  });

  it('spreadsheets: the file, each row and column, and the import itself', () => {
    const file = (code: SpreadsheetFileErrorCode) =>
      say('spreadsheets', `fileErrors.${code}`, { row: 12, detail: VALUES.detail, expected: VALUES.expected });
    walk<SpreadsheetFileErrorCode>('spreadsheet file', {
      'too-large': file('too-large'),
      'empty-file': file('empty-file'),
      'unsupported-type': file('unsupported-type'),
      'legacy-excel': file('legacy-excel'),
      'not-utf8': file('not-utf8'),
      'invalid-csv': file('invalid-csv'),
      unreadable: file('unreadable'),
      'expands-too-large': file('expands-too-large'),
      'future-format': file('future-format'),
      'unknown-format': file('unknown-format'),
      'other-catalogue': file('other-catalogue'),
    });
    const row = (code: RowErrorCode) => say('spreadsheets', `rowErrors.${code}`, { value: VALUES.id, max: '50,000' });
    walk<RowErrorCode>('spreadsheet row', {
      'empty-file': row('empty-file'),
      'missing-column': row('missing-column'),
      'duplicate-column': row('duplicate-column'),
      'too-many-rows': row('too-many-rows'),
      'missing-id': row('missing-id'),
      'unknown-indicator': row('unknown-indicator'),
      'duplicate-indicator': row('duplicate-indicator'),
      'invalid-answer': row('invalid-answer'),
      'invalid-not-applicable': row('invalid-not-applicable'),
      'answer-and-not-applicable': row('answer-and-not-applicable'),
      'reason-required': row('reason-required'),
      'text-too-long': row('text-too-long'),
      'invalid-characters': row('invalid-characters'),
      'markup-not-allowed': row('markup-not-allowed'),
    });
    walk<SpreadsheetImportRefusal>('spreadsheet import', {
      locked: say('spreadsheets', 'import.refused.locked'),
      'reason-required': say('spreadsheets', 'import.refused.reason-required'),
      'missing-assessment': say('spreadsheets', 'import.refused.missing-assessment'),
    });
    walk('spreadsheet export', {
      failed: say('spreadsheets', 'export.failed'),
      stopped: say('spreadsheets', 'export.stopped', { seconds: 120 }),
      cancelled: say('spreadsheets', 'export.cancelled'),
    });
  });

  it('report PDFs: every reason a check fails, and every reason a build fails', () => {
    const reason = (code: VerifyFailure) => (locale: Locale) =>
      say('report-pdf', `ui.reasons.${code}`, {
        detail: VALUES.version,
        page: 4,
        found: 12,
        expected: 13,
        size: formatBytes(110 * 1024 * 1024, locale),
        limit: formatBytes(50 * 1024 * 1024, locale),
      })(locale);
    walk<VerifyFailure>('report check', {
      'too-large': reason('too-large'),
      'not-pdf': reason('not-pdf'),
      unreadable: reason('unreadable'),
      foreign: reason('foreign'),
      'no-data': reason('no-data'),
      'no-fingerprint': reason('no-fingerprint'),
      tampered: reason('tampered'),
      'invalid-data': reason('invalid-data'),
      'future-version': reason('future-version'),
      'pages-differ': reason('pages-differ'),
      'text-differs': reason('text-differs'),
      'earlier-version': reason('earlier-version'),
      'later-version': reason('later-version'),
      'rebuild-failed': reason('rebuild-failed'),
    });
    walk('report check stopped', {
      cancelled: say('report-pdf', 'ui.verifyCancelled'),
      'timed-out': say('report-pdf', 'ui.verifyTimedOut', { seconds: 120 }),
    });
    const built = (error: unknown) => (locale: Locale) => reportErrorMessage(error, translatorIn(locale, 'report')).message;
    walk<ReportInputError['code'] | 'unexpected'>('report build', {
      'invalid-json': built(new ReportInputError('invalid-json', 'Unexpected token } in JSON at position 3')),
      'invalid-data': built(
        new ReportInputError('invalid-data', 'bundle.responses.0.round: Invalid input: expected number, received string'),
      ),
      'future-version': built(new ReportInputError('future-version', VALUES.version)),
      'wrong-assessment': built(new ReportInputError('wrong-assessment', 'r1 belongs to a, not b')),
      'unknown-catalogue': built(new ReportInputError('unknown-catalogue', 'mgi-national@9.0.0')),
      unexpected: built(new TypeError("Cannot read properties of undefined (reading 'x')")),
    });
    const zod = reportErrorMessage(
      new ReportInputError('invalid-data', 'bundle.responses.0.round: Invalid input'),
      translatorIn('en', 'report'),
    );
    expect(zod.details).toContain('Invalid input');
  });

  it('validation rules', () => {
    const issue = (code: ValidationIssueCode) => say('validation', `issues.${code}`, { domains: VALUES.id });
    walk<ValidationIssueCode>('validation', {
      required: issue('required'),
      'invalid-date': issue('invalid-date'),
      'future-date': issue('future-date'),
      'too-long': issue('too-long'),
      'too-many': issue('too-many'),
      'no-participants': issue('no-participants'),
      'reservations-required': issue('reservations-required'),
      'unknown-domain': issue('unknown-domain'),
      locked: issue('locked'),
      'not-locked': issue('not-locked'),
      'meeting-missing': issue('meeting-missing'),
      'domains-undecided': issue('domains-undecided'),
      'domains-not-validated': issue('domains-not-validated'),
      'reason-required': issue('reason-required'),
      'indicators-unresolved': issue('indicators-unresolved'),
      'who-is-working': issue('who-is-working'),
    });
  });
});

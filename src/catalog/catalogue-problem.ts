import type { SchemaProblem } from '@/domain/schema-problem-kinds';

/**
 * A reason a catalogue or reference file was not loaded. `code` picks the translated sentence the
 * user reads; `path` and `detail` say exactly where and what, so the maintainer can fix the file.
 */
export type CatalogueProblemCode =
  | 'invalid-json'
  | 'unsupported-schema-version'
  | 'invalid-content'
  | 'duplicate-version'
  | 'file-name-mismatch'
  | 'too-large'
  | 'missing-file';

export type CatalogueProblem = {
  readonly file: string;
  readonly code: CatalogueProblemCode;
  /** JSON path such as `indicators[3].question.ar`, or '' for the whole file. */
  readonly path: string;
  readonly detail: string;
  /** For `invalid-content`: the record and field in plain words (i18n/schema-problem-text.ts). */
  readonly problem?: SchemaProblem;
};

export function formatJsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const name = String(key);
    return acc === '' ? name : `${acc}.${name}`;
  }, '');
}

import type assessments from './locales/en/assessments.json';
import type bilingual from './locales/en/bilingual.json';
import type catalogueImport from './locales/en/catalogue-import.json';
import type charts from './locales/en/charts.json';
import type common from './locales/en/common.json';
import type edit from './locales/en/edit.json';
import type exchange from './locales/en/exchange.json';
import type frontMatter from './locales/en/front-matter.json';
import type governance from './locales/en/governance.json';
import type method from './locales/en/method.json';
import type people from './locales/en/people.json';
import type profile from './locales/en/profile.json';
import type publish from './locales/en/publish.json';
import type refusals from './locales/en/refusals.json';
import type report from './locales/en/report.json';
import type reportOptions from './locales/en/report-options.json';
import type reportPdf from './locales/en/report-pdf.json';
import type reportValidation from './locales/en/report-validation.json';
import type scoring from './locales/en/scoring.json';
import type spreadsheets from './locales/en/spreadsheets.json';
import type storageHealth from './locales/en/storage-health.json';
import type translation from './locales/en/translation.json';
import type validation from './locales/en/validation.json';

/**
 * The typed keys of every string file. The English files are the reference, so their keys are the
 * only keys a translate call may name: a misspelt or missing key fails the typecheck (Arabic is held
 * to English by tests/unit/i18n-completeness.test.ts).
 *
 * To add a namespace: create locales/en/<name>.json and locales/ar/<name>.json, add one
 * `import type` line above and one line to `Resources` below. tests/unit/i18n-keys.test.ts fails
 * while a file in locales/en/ is not registered here. These are type-only imports: nothing is bundled.
 */
export type Resources = {
  assessments: typeof assessments;
  bilingual: typeof bilingual;
  'catalogue-import': typeof catalogueImport;
  charts: typeof charts;
  common: typeof common;
  edit: typeof edit;
  exchange: typeof exchange;
  'front-matter': typeof frontMatter;
  governance: typeof governance;
  method: typeof method;
  people: typeof people;
  profile: typeof profile;
  publish: typeof publish;
  refusals: typeof refusals;
  report: typeof report;
  'report-options': typeof reportOptions;
  'report-pdf': typeof reportPdf;
  'report-validation': typeof reportValidation;
  scoring: typeof scoring;
  spreadsheets: typeof spreadsheets;
  'storage-health': typeof storageHealth;
  translation: typeof translation;
  validation: typeof validation;
};

export type Namespace = keyof Resources;

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** `items_one` and `items_other` are both called as `items` (with a `count` option). */
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base | K : K;

/** Every dotted path to a string in a JSON object: `{ a: { b: 'x' } }` gives `'a.b'`. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? WithoutPlural<`${Prefix}${K}`> : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key inside one namespace, as `useT(namespace)`'s `t` takes it without a prefix. */
export type KeyIn<N extends Namespace> = Leaves<Resources[N]>;
/** A key with its namespace (`'common:actions.save'`), which any translate function takes. */
export type QualifiedKey = { [N in Namespace]: `${N}:${KeyIn<N>}` }[Namespace];

/** Interpolation values (`{{name}}`), `count` for plurals, `defaultValue`. */
export type TranslateOptions = Record<string, unknown>;

/** A translate function: keys of its own namespace bare, any other namespace's keys qualified. */
export type Translate<N extends Namespace = 'common'> = (key: KeyIn<N> | QualifiedKey, options?: TranslateOptions) => string;

/**
 * For a key chosen at run time from a closed set (an enum value, a status): a typed map from the
 * value to its key, so each value's key is checked once, where the map is written.
 */
export type KeyMap<Value extends string, N extends Namespace = 'common'> = { readonly [V in Value]: KeyIn<N> | QualifiedKey };

/** The key a typed map gives a value read at run time (a field name from a file), or undefined. */
export function keyFor<K extends string>(map: { readonly [value: string]: K }, value: string): K | undefined {
  return Object.hasOwn(map, value) ? map[value] : undefined;
}

import type { Catalogue } from '@/domain/catalogue';
import type { SchemaProblem } from '@/domain/schema-problem-kinds';
import { catalogueKey } from '@/domain/catalogue';
import type { CatalogueProblemCode } from '@/catalog/catalogue-problem';
import { MAX_CATALOGUE_BYTES, parseCatalogueFile, parseJsonText } from '@/catalog/parse-catalogue-file';
import { findHostileContent } from './hostile-input';
import type { FileLike } from './spreadsheet-file';

/**
 * Checks a catalogue file a user picked (e.g. a new MGI release) before anything is stored. The
 * same loader as the bundled catalogues validates it; on top, a user's file is checked for size
 * before it is read, for text encoding, for keys that reach into JavaScript prototypes and for
 * markup, and against the catalogues already installed.
 */

export type CatalogueImportCode =
  CatalogueProblemCode | 'empty-file' | 'not-utf8' | 'forbidden-key' | 'markup-not-allowed' | 'already-installed' | 'too-deep';

export type CatalogueImportProblem = {
  readonly code: CatalogueImportCode;
  readonly path: string;
  readonly detail: string;
  readonly problem?: SchemaProblem;
};

export type CheckedCatalogue =
  | { readonly ok: true; readonly catalogue: Catalogue; readonly key: string; readonly text: string }
  | { readonly ok: false; readonly problems: readonly CatalogueImportProblem[] };

const HOSTILE_CODES = { 'forbidden-key': 'forbidden-key', markup: 'markup-not-allowed', 'too-deep': 'too-deep' } as const;

const refuse = (code: CatalogueImportCode, path = '', detail = ''): CheckedCatalogue => ({ ok: false, problems: [{ code, path, detail }] });

export async function checkCatalogueFile(file: FileLike, installedKeys: ReadonlySet<string>): Promise<CheckedCatalogue> {
  if (file.size > MAX_CATALOGUE_BYTES) return refuse('too-large', '', String(file.size));
  if (file.size === 0) return refuse('empty-file');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return refuse('not-utf8');
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return refuse('empty-file');
  const json = parseJsonText(file.name, text);
  if (!json.ok) return { ok: false, problems: json.problems.map(({ code, path, detail }) => ({ code, path, detail })) };
  const hostile = findHostileContent(json.value);
  if (hostile) return refuse(HOSTILE_CODES[hostile.kind], hostile.path);
  const parsed = parseCatalogueFile(file.name, text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const key = catalogueKey(parsed.value.frameworkId, parsed.value.version);
  if (installedKeys.has(key)) return refuse('already-installed', 'version', key);
  return { ok: true, catalogue: parsed.value, key, text };
}

import type { Catalogue } from '@/domain/catalogue';
import { catalogueKey } from '@/domain/catalogue';
import type { ReferenceData } from '@/domain/reference-data';
import type { CatalogueProblem } from './catalogue-problem';
import { formatJsonPath } from './catalogue-problem';
import { GcmObjectivesFileSchema, GlossaryFileSchema, MigofFileSchema, Sdg1072FileSchema } from './catalogue-file-schema';
import { parseCatalogueFile, parseJsonText } from './parse-catalogue-file';

/**
 * Turns the raw text of every file under indicators/ into validated catalogues. A broken file is
 * reported and skipped; the others still load, so one bad release never stops the app.
 */

export type CatalogueSet = {
  readonly catalogues: readonly Catalogue[];
  readonly reference: ReferenceData | null;
  readonly problems: readonly CatalogueProblem[];
};

const REFERENCE_GCM = 'reference/gcm-objectives.json';
const REFERENCE_SDG = 'reference/sdg-10-7-2.json';
const REFERENCE_MIGOF = 'reference/migof.json';
const REFERENCE_GLOSSARY = 'reference/glossary.json';

/** `files` maps a path relative to indicators/ (e.g. `mgi/1.0.0.json`) to its text. */
export function loadCatalogues(files: Readonly<Record<string, string>>): CatalogueSet {
  const problems: CatalogueProblem[] = [];
  const catalogues = new Map<string, Catalogue>();
  for (const [file, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    if (file.startsWith('reference/')) continue;
    const result = parseCatalogueFile(file, text);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const catalogue = result.value;
    const expectedName = `${catalogue.version}.json`;
    if (!file.endsWith(`/${expectedName}`) && file !== expectedName) {
      problems.push({ file, code: 'file-name-mismatch', path: 'version', detail: `expected a file named ${expectedName}` });
      continue;
    }
    const key = catalogueKey(catalogue.frameworkId, catalogue.version);
    if (catalogues.has(key)) {
      problems.push({ file, code: 'duplicate-version', path: 'version', detail: key });
      continue;
    }
    catalogues.set(key, catalogue);
  }
  return { catalogues: [...catalogues.values()], reference: loadReference(files, problems), problems };
}

function loadReference(files: Readonly<Record<string, string>>, problems: CatalogueProblem[]): ReferenceData | null {
  const gcm = parseWith(REFERENCE_GCM, files[REFERENCE_GCM], GcmObjectivesFileSchema, problems);
  const sdg = parseWith(REFERENCE_SDG, files[REFERENCE_SDG], Sdg1072FileSchema, problems);
  const migof = parseWith(REFERENCE_MIGOF, files[REFERENCE_MIGOF], MigofFileSchema, problems);
  // The glossary only adds tooltips: optional, and a broken one is reported but never hides the
  // reference data.
  const glossaryText = files[REFERENCE_GLOSSARY];
  const glossary = glossaryText === undefined ? null : parseWith(REFERENCE_GLOSSARY, glossaryText, GlossaryFileSchema, problems);
  if (!gcm || !sdg) return null;
  return {
    migof,
    glossary: glossary?.terms ?? [],
    gcmObjectives: [...gcm.objectives].sort((a, b) => a.number - b.number),
    gcmArabicTitlesOfficial: gcm.arabicTitles === 'official',
    sdg1072: { title: sdg.indicator.title, note: sdg.note, domains: sdg.domains, categories: sdg.categories },
  };
}

type Parser<T> = {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
};

function parseWith<T>(file: string, text: string | undefined, schema: Parser<T>, problems: CatalogueProblem[]): T | null {
  if (text === undefined) {
    problems.push({ file, code: 'missing-file', path: '', detail: 'indicators/' + file });
    return null;
  }
  const json = parseJsonText(file, text);
  if (!json.ok) {
    problems.push(...json.problems);
    return null;
  }
  const parsed = schema.safeParse(json.value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues.slice(0, 20)) {
    problems.push({ file, code: 'invalid-content', path: formatJsonPath(issue.path), detail: issue.message });
  }
  return null;
}

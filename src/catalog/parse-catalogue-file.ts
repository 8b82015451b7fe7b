import type { Catalogue, CatalogueMigration, Indicator } from '@/domain/catalogue';
import { schemaProblemFrom } from '@/domain/schema-problem';
import type { CatalogueProblem } from './catalogue-problem';
import { formatJsonPath } from './catalogue-problem';
import type { CatalogueFileV1 } from './catalogue-file-schema';
import { CatalogueFileV1Schema } from './catalogue-file-schema';

/** The newest file shape this build reads. Older shapes are upgraded in `upgradeToCurrentShape`. */
export const CURRENT_CATALOGUE_SCHEMA_VERSION = 1;

/** 5 MB is forty times the national catalogue; anything larger is not a catalogue. */
export const MAX_CATALOGUE_BYTES = 5_000_000;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: CatalogueProblem[] };

export function parseJsonText(file: string, text: string): ParseResult<unknown> {
  if (text.length > MAX_CATALOGUE_BYTES) {
    return { ok: false, problems: [{ file, code: 'too-large', path: '', detail: `${text.length} bytes` }] };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ file, code: 'invalid-json', path: '', detail }] };
  }
}

function schemaVersionOf(raw: unknown): unknown {
  return typeof raw === 'object' && raw !== null && 'schemaVersion' in raw ? raw.schemaVersion : undefined;
}

/** Placeholder for future shapes: each new schemaVersion adds a step here, never edits one. */
function upgradeToCurrentShape(raw: unknown): unknown {
  return raw;
}

export function parseCatalogueFile(file: string, text: string): ParseResult<Catalogue> {
  const json = parseJsonText(file, text);
  if (!json.ok) return json;
  const version = schemaVersionOf(json.value);
  if (typeof version === 'number' && version > CURRENT_CATALOGUE_SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [{ file, code: 'unsupported-schema-version', path: 'schemaVersion', detail: String(version) }],
    };
  }
  const upgraded = upgradeToCurrentShape(json.value);
  const parsed = CatalogueFileV1Schema.safeParse(upgraded);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 20).map((issue) => ({
        file,
        code: 'invalid-content' as const,
        path: formatJsonPath(issue.path),
        detail: issue.message,
        problem: schemaProblemFrom(issue, upgraded),
      })),
    };
  }
  return { ok: true, value: toCatalogue(parsed.data) };
}

function toCatalogue(file: CatalogueFileV1): Catalogue {
  const byOrder = <T extends { order: number }>(list: readonly T[]) => [...list].sort((a, b) => a.order - b.order);
  const domains = byOrder(file.domains);
  const domainRank = new Map(domains.map((d, i) => [d.id, i]));
  const subdomains = byOrder(file.subdomains).sort((a, b) => (domainRank.get(a.domainId) ?? 0) - (domainRank.get(b.domainId) ?? 0));
  const subdomainRank = new Map(subdomains.map((s, i) => [s.id, i]));
  const subdomainDomain = new Map(subdomains.map((s) => [s.id, s.domainId]));
  const scales = new Map(file.scales.map((s) => [s.id, s]));
  const indicators: Indicator[] = byOrder(file.indicators)
    .sort((a, b) => (subdomainRank.get(a.subdomainId) ?? 0) - (subdomainRank.get(b.subdomainId) ?? 0))
    .map((indicator) => {
      const scale = scales.get(indicator.scale);
      const domainId = subdomainDomain.get(indicator.subdomainId);
      // The schema's cross-reference checks guarantee both lookups succeed.
      if (!scale || !domainId) throw new Error(`unresolved reference in ${indicator.id}`);
      return { ...indicator, domainId, scale };
    });
  const migrations: CatalogueMigration[] = file.migrations ?? [];
  return {
    frameworkId: file.frameworkId,
    version: file.version,
    level: file.level,
    released: file.released,
    title: file.title,
    description: file.description,
    domains,
    subdomains,
    indicators,
    migrations,
  };
}

import { z } from 'zod';
import '@/domain/zod-jitless';
import { customIssue } from '@/domain/schema-problem-kinds';

/**
 * The on-disk shape of indicators/<framework>/<version>.json, schemaVersion 1. Cross-references
 * (sub-domain → domain, indicator → sub-domain and scale) are checked here too, so a broken file
 * is reported with the exact JSON path of the problem.
 */

const text = z.object({ en: z.string().trim().min(1), ar: z.string().trim().min(1) }).strict();
const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const entityId = z.string().regex(idPattern, 'ids use letters, digits, dot, dash or underscore');

const option = z
  .object({
    value: z.string().regex(/^[a-z][a-z0-9-]{0,30}$/),
    level: z.enum(['developed', 'partial', 'gap']),
    sdgValue: z.union([z.literal(0), z.literal(0.5), z.literal(1)]),
    label: text,
    meaning: text,
  })
  .strict();

const change = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('renamed'), from: entityId, to: entityId }).strict(),
  z.object({ kind: z.literal('reworded'), id: entityId }).strict(),
  z.object({ kind: z.literal('rescaled'), id: entityId }).strict(),
  z.object({ kind: z.literal('split'), from: entityId, to: z.array(entityId).min(2) }).strict(),
  z.object({ kind: z.literal('merged'), from: z.array(entityId).min(2), to: entityId }).strict(),
  z.object({ kind: z.literal('removed'), id: entityId }).strict(),
  z.object({ kind: z.literal('added'), id: entityId }).strict(),
]);

const semver = z.string().regex(/^\d+\.\d+\.\d+$/, 'versions look like 1.0.0');

export const CatalogueFileV1Schema = z
  .object({
    schemaVersion: z.literal(1),
    frameworkId: entityId,
    version: semver,
    level: z.enum(['national', 'local']),
    released: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    title: text,
    description: text,
    scales: z.array(z.object({ id: entityId, options: z.array(option).min(2) }).strict()).min(1),
    domains: z
      .array(z.object({ id: entityId, order: z.number().int(), sdgPolicyDomain: z.string(), title: text, description: text }).strict())
      .min(1),
    subdomains: z.array(
      z
        .object({
          id: entityId,
          domainId: entityId,
          order: z.number().int(),
          basis: z.enum(['confirmed', 'inferred']),
          title: text,
        })
        .strict(),
    ),
    indicators: z
      .array(
        z
          .object({
            id: entityId,
            subdomainId: entityId,
            order: z.number().int(),
            scale: entityId,
            question: text,
            guidance: text,
            gcmObjectives: z.array(z.number().int().min(1).max(23)),
            sdg1072: z.array(z.string().regex(/^[1-6][a-e]$/)),
            basis: z.enum(['confirmed', 'inferred']),
            /** One line per GCM objective and SDG sub-category link saying why it holds (editors' data). */
            linkRationale: z
              .object({ gcm: z.record(z.string(), z.string().trim().min(1)), sdg: z.record(z.string(), z.string().trim().min(1)) })
              .strict()
              .optional(),
          })
          .strict(),
      )
      .min(1),
    migrations: z.array(z.object({ fromVersion: semver, changes: z.array(change) }).strict()).optional(),
  })
  .strict()
  .superRefine((file, ctx) => {
    const duplicates = (ids: string[], path: string) => {
      const seen = new Set<string>();
      ids.forEach((id, index) => {
        if (seen.has(id)) ctx.addIssue(customIssue('duplicate', [path, index, 'id'], `duplicate id "${id}"`));
        seen.add(id);
      });
    };
    duplicates(
      file.scales.map((s) => s.id),
      'scales',
    );
    duplicates(
      file.domains.map((d) => d.id),
      'domains',
    );
    duplicates(
      file.subdomains.map((s) => s.id),
      'subdomains',
    );
    duplicates(
      file.indicators.map((i) => i.id),
      'indicators',
    );
    const domainIds = new Set(file.domains.map((d) => d.id));
    const subdomainIds = new Set(file.subdomains.map((s) => s.id));
    const scaleIds = new Set(file.scales.map((s) => s.id));
    file.subdomains.forEach((subdomain, index) => {
      if (!domainIds.has(subdomain.domainId))
        ctx.addIssue(customIssue('unknown-reference', ['subdomains', index, 'domainId'], `unknown domain "${subdomain.domainId}"`));
    });
    file.indicators.forEach((indicator, index) => {
      if (!subdomainIds.has(indicator.subdomainId))
        ctx.addIssue(
          customIssue('unknown-reference', ['indicators', index, 'subdomainId'], `unknown sub-domain "${indicator.subdomainId}"`),
        );
      if (!scaleIds.has(indicator.scale))
        ctx.addIssue(customIssue('unknown-reference', ['indicators', index, 'scale'], `unknown scale "${indicator.scale}"`));
      const rationale = indicator.linkRationale;
      if (!rationale) return;
      // A rationale must cover exactly the links the indicator makes: none missing, none stale.
      const check = (kind: 'gcm' | 'sdg', links: readonly string[]) => {
        const keys = Object.keys(rationale[kind]);
        for (const link of links)
          if (!keys.includes(link))
            ctx.addIssue(customIssue('unknown-reference', ['indicators', index, 'linkRationale', kind], `no rationale for link "${link}"`));
        for (const key of keys)
          if (!links.includes(key))
            ctx.addIssue(
              customIssue(
                'unknown-reference',
                ['indicators', index, 'linkRationale', kind, key],
                `rationale for "${key}", which is not linked`,
              ),
            );
      };
      check('gcm', indicator.gcmObjectives.map(String));
      check('sdg', indicator.sdg1072);
    });
  });

export type CatalogueFileV1 = z.infer<typeof CatalogueFileV1Schema>;

const gcmFile = z
  .object({
    schemaVersion: z.literal(1),
    source: text,
    /** Whether the Arabic titles are the resolution's official Arabic text or this project's translation. */
    arabicTitles: z.enum(['official', 'unofficial-translation']).optional(),
    objectives: z.array(z.object({ number: z.number().int().min(1).max(23), title: text }).strict()).length(23),
  })
  .strict();

const sdgFile = z
  .object({
    schemaVersion: z.literal(1),
    indicator: z.object({ code: z.literal('10.7.2'), title: text }).strict(),
    note: text,
    domains: z
      .array(
        z
          .object({
            number: z.number().int().min(1).max(6),
            code: z.string(),
            title: text,
            question: text,
            subcategories: z.array(z.object({ id: z.string().regex(/^[1-6][a-e]$/), title: text }).strict()).length(5),
          })
          .strict(),
      )
      .length(6),
    coding: z.object({ yes: z.number(), yesRegularOnly: z.number(), no: z.number() }).strict(),
    categories: z
      .array(z.object({ category: z.number().int(), minInclusive: z.number().min(0).max(100), label: text }).strict())
      .min(1)
      .refine((list) => list.every((c, i) => i === 0 || c.minInclusive > (list[i - 1]?.minInclusive ?? -1)), {
        message: 'categories must be in ascending order of minInclusive',
      }),
  })
  .strict();

/** indicators/reference/migof.json: MiGOF's three principles and three objectives, one per MGI domain. */
export const MigofFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    source: text,
    summary: text,
    elements: z
      .array(
        z
          .object({ kind: z.enum(['principle', 'objective']), number: z.number().int().min(1).max(3), domainId: entityId, title: text })
          .strict(),
      )
      .length(6),
  })
  .strict();

const glossaryFile = z
  .object({
    schemaVersion: z.literal(1),
    note: text,
    terms: z
      .array(z.object({ id: entityId, term: text, definition: text, iraqiUsage: text }).strict())
      .min(1)
      .superRefine((terms, ctx) => {
        const seen = new Set<string>();
        terms.forEach((term, index) => {
          if (seen.has(term.id)) ctx.addIssue(customIssue('duplicate', [index, 'id'], `duplicate id "${term.id}"`));
          seen.add(term.id);
        });
      }),
  })
  .strict();

export const GcmObjectivesFileSchema = gcmFile;
export const GlossaryFileSchema = glossaryFile;
export const Sdg1072FileSchema = sdgFile;

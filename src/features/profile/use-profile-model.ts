import { useMemo } from 'react';
import type { CatalogueSet } from '@/catalog/load-catalogues';
import { findCatalogue } from '@/catalog/catalogue-lookup';
import type { ProfileChartData } from '@/charts/chart-data';
import { profileChartData } from '@/charts/chart-data';
import type { Response, Source } from '@/domain/assessment';
import type { Catalogue } from '@/domain/catalogue';
import type { Locale } from '@/domain/localized-text';
import type { ProfileModel } from '@/domain/profile';
import { computeProfile } from '@/domain/profile';
import type { ProfileEditing } from '@/domain/profile-findings';
import type { GlossaryEntry } from '@/domain/reference-data';
import { responsesByIndicator } from '@/domain/scoring';
import type { ProfileInputs } from '@/db/profile-live';

/** Everything the profile screen renders, recomputed whenever an answer, source or edit changes. */
export type ProfileView = {
  readonly catalogue: Catalogue;
  readonly previousCatalogue: Catalogue | null;
  readonly responses: ReadonlyMap<string, Response>;
  readonly previousResponses: ReadonlyMap<string, Response>;
  readonly sourcesByIndicator: ReadonlyMap<string, readonly Source[]>;
  readonly model: ProfileModel;
  readonly charts: ProfileChartData;
  readonly glossary: readonly GlossaryEntry[];
};

export function useProfileView(
  inputs: ProfileInputs,
  catalogues: CatalogueSet,
  editing: ProfileEditing,
  locale: Locale,
): ProfileView | null {
  const { assessment, responses, sources, previous } = inputs;
  const catalogue = findCatalogue(catalogues, assessment.frameworkId, assessment.catalogueVersion) ?? null;
  const previousCatalogue = previous
    ? (findCatalogue(catalogues, previous.assessment.frameworkId, previous.assessment.catalogueVersion) ?? null)
    : null;
  const byIndicator = useMemo(() => responsesByIndicator(responses), [responses]);
  const previousByIndicator = useMemo(() => responsesByIndicator(previous?.responses ?? []), [previous]);
  const model = useMemo(() => {
    if (!catalogue) return null;
    return computeProfile({
      catalogue,
      responses: byIndicator.values(),
      sources,
      reference: catalogues.reference,
      editing,
      previous: previous && previousCatalogue ? { catalogue: previousCatalogue, responses: previous.responses } : undefined,
      catalogueVersions: catalogues.catalogues,
    });
  }, [catalogue, byIndicator, sources, catalogues, editing, previous, previousCatalogue]);
  const charts = useMemo(
    () => (model && catalogue ? profileChartData(model, catalogue, byIndicator, catalogues.reference, locale) : null),
    [model, catalogue, byIndicator, catalogues.reference, locale],
  );
  const sourcesByIndicator = useMemo(() => {
    const map = new Map<string, Source[]>();
    for (const source of sources) map.set(source.indicatorId, [...(map.get(source.indicatorId) ?? []), source]);
    return map;
  }, [sources]);
  if (!catalogue || !model || !charts) return null;
  const glossary = catalogues.reference?.glossary ?? [];
  return {
    catalogue,
    previousCatalogue,
    responses: byIndicator,
    previousResponses: previousByIndicator,
    sourcesByIndicator,
    model,
    charts,
    glossary,
  };
}

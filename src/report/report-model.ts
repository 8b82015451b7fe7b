import type { Locale } from '@/domain/localized-text';
import { localize, textDirection } from '@/domain/localized-text';
import { fallbackCount } from '@/domain/printed-texts';
import { assessmentName } from '@/i18n/assessment-name';
import { formatNumber } from '@/i18n/format';
import type { ReportContext } from './report-context';
import { conceptualFrameworkSection, frontMatterSection, introductionSection, objectiveSection } from './report-front-matter';
import { domainFindingsSection, keyFindingsSection } from './report-findings';
import {
  comparisonSection,
  gcmSection,
  indicatorTablesSection,
  keyDataSection,
  keySourcesSection,
  prioritiesSection,
  sdgSection,
} from './report-sections';
import { validationSection } from './report-validation-section';
import type { ReportSection } from './report-blocks';
import { isFinal, printed, reportDate } from './report-blocks';

/**
 * The report as data: every string already in the report's language, every table as rows, every
 * chart as numbers. Pure, so the whole content is unit-tested in Node; the pdf-* modules only lay
 * it out. Tables list columns in reading order; the renderer mirrors them for right-to-left.
 *
 * The sections follow a published MGI profile (front matter, Objective, Introduction, Conceptual
 * framework, Key findings per domain, Key migration data, thematic priorities, Key sources); our
 * extras (indicator tables, counts, SDG 10.7.2, GCM, round comparison) are report options.
 */

export type ReportModel = {
  readonly locale: Locale;
  readonly direction: 'ltr' | 'rtl';
  readonly meta: {
    readonly title: string;
    readonly subject: string;
    readonly keywords: readonly string[];
    readonly creator: string;
    readonly author: string;
  };
  /** "DRAFT" in the report's language until the assessment is validated or published. */
  readonly watermark: string | null;
  readonly runningHeader: string;
  readonly footerNote: string;
  readonly cover: {
    readonly kicker: string;
    readonly title: string;
    readonly country: string;
    readonly facts: readonly { readonly label: string; readonly value: string }[];
    readonly notes: readonly string[];
  };
  readonly contentsTitle: string;
  readonly sections: readonly ReportSection[];
  /** Places where this report prints the other language because its own text is missing. */
  readonly untranslatedPlaces: number;
};

export function buildReportModel(context: ReportContext): ReportModel {
  const { data, catalogue, locale, t, extras } = context;
  const { assessment } = data.bundle;
  const country = assessmentName(assessment, locale);
  const format = (value: number) => formatNumber(value, locale);
  const roundLabel = t('report:cover.roundValue', {
    round: format(assessment.round),
    year: formatNumber(assessment.year, locale, { useGrouping: false }),
  });
  const untranslatedPlaces = fallbackCount(context.printed, locale);
  const notes = [
    !isFinal(assessment.phase) ? t('report:cover.draftNote') : '',
    assessment.isDemo ? t('report:cover.demoNote') : '',
    untranslatedPlaces > 0 ? t('report:cover.untranslatedNote', { count: untranslatedPlaces, mark: t('report:untranslatedMark') }) : '',
  ].filter(Boolean);
  const sections: ReportSection[] = [
    frontMatterSection(context),
    objectiveSection(context),
    introductionSection(context),
    conceptualFrameworkSection(context),
    validationSection(context),
    keyFindingsSection(context, format),
    ...catalogue.domains.map((domain) => domainFindingsSection(context, domain, format)),
    ...[
      keyDataSection(context),
      prioritiesSection(context),
      extras.sdg ? sdgSection(context, format) : null,
      extras.gcm ? gcmSection(context, format) : null,
      extras.comparison ? comparisonSection(context, format) : null,
    ].filter((s): s is ReportSection => s !== null),
    keySourcesSection(context),
    ...(extras.indicatorTable ? [indicatorTablesSection(context)] : []),
  ];
  const scope = assessment.territorialScope ? printed(context, assessment.territorialScope) : '';
  return {
    locale,
    direction: textDirection(locale),
    meta: {
      title: t('report:meta.title', { country }),
      subject: t('report:meta.subject', { country, round: roundLabel }),
      keywords: [
        t('report:meta.keywordMgi'),
        country,
        catalogue.frameworkId,
        catalogue.version,
        t('report:meta.keywordGcm'),
        t('report:meta.keywordSdg'),
      ],
      creator: t('report:meta.creator'),
      author: t('report:meta.author'),
    },
    watermark: isFinal(assessment.phase) ? null : t('report:watermark'),
    runningHeader: t('report:runningHeader', { country }),
    footerNote: t('report:footerNote', { date: reportDate(context.generatedAt, locale) }),
    cover: {
      kicker: t('report:cover.kicker'),
      title: t('report:cover.title'),
      country,
      facts: [
        ...(scope ? [{ label: t('report:cover.scope'), value: scope }] : []),
        { label: t('report:cover.level'), value: t(`common:levels.${assessment.level}`) },
        { label: t('report:cover.round'), value: roundLabel },
        {
          label: t('report:cover.catalogue'),
          value: t('report:cover.catalogueValue', { title: localize(catalogue.title, locale), version: catalogue.version }),
        },
        { label: t('report:cover.status'), value: t(`common:phases.${assessment.phase}`) },
        { label: t('report:cover.date'), value: reportDate(context.generatedAt, locale) },
        { label: t('report:cover.publisher'), value: t('report:cover.publisherValue') },
      ],
      notes,
    },
    contentsTitle: t('report:contents'),
    sections,
    untranslatedPlaces,
  };
}

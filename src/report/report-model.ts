import type { Locale } from '@/domain/localized-text';
import { localize, textDirection } from '@/domain/localized-text';
import type { Finding } from '@/domain/profile-findings';
import { assessmentName } from '@/i18n/assessment-name';
import { formatNumber } from '@/i18n/format';
import type { BarChartData } from './chart-data';
import { domainStatesChart } from './chart-data';
import type { ReportContext } from './report-context';
import { comparisonSection, domainSection, gcmSection, keyDataSection, prioritiesSection, sdgSection, sourcesSection } from './report-sections';
import { validationSection } from './report-validation-section';

/**
 * The report as data: every string already in the report's language, every table as rows, every
 * chart as numbers. Pure, so the whole content is unit-tested in Node; pdf-render.ts only lays it
 * out. Tables list columns in reading order; the renderer mirrors them for right-to-left.
 */

export type TableColumn = { readonly header: string; readonly width: number | 'auto'; readonly bold?: boolean };
export type Block =
  | { readonly kind: 'paragraph'; readonly text: string; readonly tone?: 'lead' | 'muted' }
  | { readonly kind: 'heading'; readonly text: string; readonly level?: 2 | 3 }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'chart'; readonly chart: BarChartData }
  | { readonly kind: 'table'; readonly columns: readonly TableColumn[]; readonly rows: readonly (readonly string[])[] }
  | { readonly kind: 'figures'; readonly items: readonly { readonly label: string; readonly value: string }[] };

export type ReportSection = {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
  /** Short sections run on after the previous one instead of starting a page. */
  readonly runOn?: boolean;
};

export type ReportModel = {
  readonly locale: Locale;
  readonly direction: 'ltr' | 'rtl';
  readonly meta: { readonly title: string; readonly subject: string; readonly keywords: readonly string[]; readonly creator: string; readonly author: string };
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
};

/** A long date ("22 November 2026", "22 نوفمبر 2026"): unambiguous when printed. */
export function reportDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'ar' ? 'ar' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date).replace(/[\u200E\u200F\u061C]/g, '');
}

export function isFinal(phase: string): boolean {
  return phase === 'validated' || phase === 'published';
}

export function buildReportModel(context: ReportContext): ReportModel {
  const { data, catalogue, locale, t } = context;
  const { assessment } = data.bundle;
  const country = assessmentName(assessment, locale);
  const format = (value: number) => formatNumber(value, locale);
  const roundLabel = t('report:cover.roundValue', { round: format(assessment.round), year: formatNumber(assessment.year, locale, { useGrouping: false }) });
  const notes = [!isFinal(assessment.phase) ? t('report:cover.draftNote') : '', assessment.isDemo ? t('report:cover.demoNote') : ''].filter(Boolean);
  const sections: ReportSection[] = [
    introductionSection(context),
    methodologySection(context),
    validationSection(context),
    keyFindingsSection(context, format),
    ...catalogue.domains.map((domain) => domainSection(context, domain, format)),
    ...[sdgSection(context, format), gcmSection(context, format), keyDataSection(context), prioritiesSection(context), comparisonSection(context, format)].filter((s): s is ReportSection => s !== null),
    sourcesSection(context),
  ];
  return {
    locale,
    direction: textDirection(locale),
    meta: {
      title: t('report:meta.title', { country }),
      subject: t('report:meta.subject', { country, round: roundLabel }),
      keywords: [t('report:meta.keywordMgi'), country, catalogue.frameworkId, catalogue.version, t('report:meta.keywordGcm'), t('report:meta.keywordSdg')],
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
        { label: t('report:cover.level'), value: t(`common:levels.${assessment.level}`) },
        { label: t('report:cover.round'), value: roundLabel },
        { label: t('report:cover.catalogue'), value: t('report:cover.catalogueValue', { title: localize(catalogue.title, locale), version: catalogue.version }) },
        { label: t('report:cover.status'), value: t(`common:phases.${assessment.phase}`) },
        { label: t('report:cover.date'), value: reportDate(context.generatedAt, locale) },
      ],
      notes,
    },
    contentsTitle: t('report:contents'),
    sections,
  };
}

function introductionSection({ draft, catalogue, locale, t }: ReportContext): ReportSection {
  const blocks: Block[] = [];
  const intro = draft ? localize(draft.introduction, locale) : '';
  if (intro) blocks.push({ kind: 'paragraph', text: intro, tone: 'lead' });
  blocks.push({ kind: 'paragraph', text: t('report:introduction.aboutMgi') });
  blocks.push({ kind: 'paragraph', text: localize(catalogue.description, locale) });
  return { id: 'introduction', title: t('report:sections.introduction'), blocks };
}

function methodologySection({ draft, locale, t, data }: ReportContext): ReportSection {
  const blocks: Block[] = [];
  const own = draft ? localize(draft.methodology, locale) : '';
  if (own) blocks.push({ kind: 'paragraph', text: own });
  blocks.push({ kind: 'paragraph', text: t('report:methodology.process') });
  blocks.push({ kind: 'heading', text: t('report:methodology.readingTitle') });
  blocks.push({
    kind: 'list',
    items: (['developed', 'partial', 'gap', 'not-applicable', 'not-scored'] as const).map((state) => `${t(`common:answerStates.${state}`)}: ${t(`report:methodology.states.${state}`)}`),
  });
  blocks.push({ kind: 'paragraph', text: t('report:methodology.noScore'), tone: 'muted' });
  const members = data.bundle.members.length;
  if (members > 0) blocks.push({ kind: 'paragraph', text: t('report:methodology.members', { count: members }) });
  return { id: 'methodology', title: t('report:sections.methodology'), blocks, runOn: true };
}

/** A finding as one line: the researcher's words or the sub-domain title, with its evidence. */
export function findingLine(finding: Finding, context: ReportContext): string {
  const { catalogue, locale } = context;
  const subdomain = catalogue.subdomains.find((s) => s.id === finding.subdomainId);
  const text = finding.text ? localize(finding.text, locale) : subdomain ? localize(subdomain.title, locale) : finding.id;
  const separator = locale === 'ar' ? '، ' : ', ';
  const note = finding.note ? ` — ${finding.note}` : '';
  return `${text} (${finding.indicatorIds.join(separator)})${note}`;
}

function keyFindingsSection(context: ReportContext, format: (value: number) => string): ReportSection {
  const { profile, catalogue, locale, t } = context;
  const overall = profile.summary.overall;
  const blocks: Block[] = [
    {
      kind: 'figures',
      items: [
        { label: t('report:findings.indicators'), value: format(overall.total) },
        { label: t('common:answerStates.developed'), value: format(overall.developed) },
        { label: t('common:answerStates.partial'), value: format(overall.partial) },
        { label: t('common:answerStates.gap'), value: format(overall.gap) },
        { label: t('report:findings.completeness'), value: formatNumber(overall.completeness, locale, { style: 'percent', maximumFractionDigits: 0 }) },
      ],
    },
    { kind: 'chart', chart: domainStatesChart(catalogue, profile.summary, locale, t, format) },
  ];
  for (const kind of ['well-developed', 'potential'] as const) {
    const lines = profile.findings.findings.filter((finding) => finding.kind === kind);
    blocks.push({ kind: 'heading', text: t(`report:findings.${kind}`) });
    blocks.push(lines.length > 0 ? { kind: 'list', items: lines.map((finding) => findingLine(finding, context)) } : { kind: 'paragraph', text: t('report:findings.none'), tone: 'muted' });
  }
  return { id: 'key-findings', title: t('report:sections.keyFindings'), blocks };
}

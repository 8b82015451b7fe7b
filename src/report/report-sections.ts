import { findOption } from '@/domain/catalogue';
import { localize } from '@/domain/localized-text';
import type { AnswerState } from '@/domain/scoring';
import { answerState } from '@/domain/scoring';
import { formatNumber } from '@/i18n/format';
import { comparisonChart, gcmChart, sdgChart, sdgRangeText } from './chart-data';
import type { ReportContext } from './report-context';
import { justificationText } from '@/domain/profile-findings';
import type { Block, ReportSection } from './report-blocks';
import { printed } from './report-blocks';
import { attachmentAnnex } from './report-annex';

/** The sections after the key findings: key data, priorities, our optional extras, key sources and the indicator annex. */

type Format = (value: number) => string;

/** Annex (working-draft option): every indicator with its answer and justification, one table per domain. */
export function indicatorTablesSection(context: ReportContext): ReportSection {
  const { catalogue, locale, t, data } = context;
  const responses = new Map(data.bundle.responses.map((response) => [response.indicatorId, response]));
  const blocks: Block[] = [];
  for (const domain of catalogue.domains) {
    const rows = catalogue.indicators
      .filter((indicator) => indicator.domainId === domain.id)
      .map((indicator) => {
        const response = responses.get(indicator.id);
        const state = answerState(indicator, response);
        const option = findOption(indicator, response?.answer);
        const answer =
          state === 'not-applicable'
            ? t('common:answerStates.not-applicable')
            : option
              ? localize(option.label, locale)
              : t('common:answerStates.not-scored');
        const justification = printed(context, justificationText(response));
        return [indicator.id, localize(indicator.question, locale), answer, justification.trim() || '—'];
      });
    blocks.push({ kind: 'heading', text: localize(domain.title, locale) });
    blocks.push({
      kind: 'table',
      columns: [
        // Wide enough for the heading "Indicator" in bold on one line (it broke as "Indicato/r").
        { header: t('report:indicators.id'), width: 20, bold: true },
        { header: t('report:indicators.question'), width: 57 },
        { header: t('report:indicators.answer'), width: 22 },
        { header: t('report:indicators.justification'), width: 'auto' },
      ],
      rows,
    });
  }
  return { id: 'indicators', title: t('report:indicators.title'), blocks };
}

export function sdgSection(context: ReportContext, format: Format): ReportSection | null {
  const { profile, locale, t } = context;
  if (!profile.sdg) return null;
  const title = t('report:sections.sdg');
  // 10.7.2 is a national indicator: a local profile says so in one sentence instead of a reading.
  if (profile.sdg.kind === 'local')
    return { id: 'sdg-10-7-2', title, blocks: [{ kind: 'paragraph', text: t('method:sdg.local'), tone: 'muted' }] };
  const titles = new Map(
    (context.reference?.sdg1072.domains ?? []).map((domain) => [domain.number, localize(domain.title, locale)] as const),
  );
  const rows = profile.sdg.domains.map((reading) => [
    titles.get(reading.number) ?? reading.code,
    reading.percent === null ? t('report:sdg.noReading') : sdgRangeText(reading.percent, format),
    reading.category ? localize(reading.category.label, locale) : '—',
  ]);
  const overall = profile.sdg.overall;
  const overallValue = overall
    ? [sdgRangeText(overall.percent, format), overall.category ? localize(overall.category.label, locale) : null]
        .filter(Boolean)
        .join(' · ')
    : null;
  const open = profile.sdg.domains.flatMap((domain) => domain.subcategories).filter((sub) => sub.state !== 'value').length;
  return {
    id: 'sdg-10-7-2',
    title,
    blocks: [
      { kind: 'paragraph', text: t('report:sdg.intro'), tone: 'muted' },
      { kind: 'chart', chart: sdgChart(profile.sdg.domains, titles, t, format) },
      {
        kind: 'table',
        columns: [
          { header: t('report:sdg.domain'), width: 'auto' },
          { header: t('report:sdg.value'), width: 28 },
          { header: t('report:sdg.category'), width: 45 },
        ],
        rows,
      },
      {
        kind: 'paragraph',
        text: overallValue ? t('method:sdg.overall', { value: overallValue }) : t('method:sdg.overallMissing', { count: open }),
      },
      { kind: 'heading', text: t('method:sdg.methodTitle') },
      { kind: 'paragraph', text: t('method:sdg.source'), tone: 'muted' },
      { kind: 'paragraph', text: t('method:sdg.coding'), tone: 'muted' },
      { kind: 'paragraph', text: t('method:sdg.standIn'), tone: 'muted' },
    ],
  };
}

export function gcmSection(context: ReportContext, format: Format): ReportSection | null {
  const { profile, locale, t, reference } = context;
  if (!profile.gcm.some((objective) => objective.total > 0)) return null;
  const titles = new Map(
    (reference?.gcmObjectives ?? []).map((objective) => [objective.number, localize(objective.title, locale)] as const),
  );
  return {
    id: 'gcm',
    title: t('report:sections.gcm'),
    blocks: [
      { kind: 'paragraph', text: t('report:gcm.intro'), tone: 'muted' },
      { kind: 'chart', chart: gcmChart(profile.gcm, titles, t, format) },
      ...(locale === 'ar' && reference?.gcmArabicTitlesOfficial !== true
        ? [{ kind: 'paragraph' as const, text: t('method:gcm.unofficialTitles'), tone: 'muted' as const }]
        : []),
    ],
  };
}

export function keyDataSection(context: ReportContext): ReportSection | null {
  const { draft, t } = context;
  if (!draft || draft.keyData.length === 0) return null;
  return {
    id: 'key-data',
    title: t('report:sections.keyData'),
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: t('report:keyData.label'), width: 'auto', bold: true },
          { header: t('report:keyData.value'), width: 28 },
          { header: t('report:keyData.year'), width: 16 },
          { header: t('report:keyData.source'), width: 55 },
        ],
        rows: draft.keyData.map((item) => [
          printed(context, item.label),
          printed(context, item.value),
          item.year,
          printed(context, item.source),
        ]),
      },
    ],
  };
}

export function prioritiesSection(context: ReportContext): ReportSection | null {
  const { draft, t } = context;
  if (!draft || draft.priorities.length === 0) return null;
  const blocks: Block[] = [{ kind: 'paragraph', text: t('report:priorities.intro'), tone: 'muted' }];
  for (const priority of draft.priorities) {
    blocks.push({ kind: 'heading', text: printed(context, priority.title) });
    blocks.push({ kind: 'paragraph', text: printed(context, priority.text) });
  }
  return { id: 'priorities', title: t('report:sections.priorities'), blocks, runOn: true };
}

export function comparisonSection(context: ReportContext, format: Format): ReportSection | null {
  const { profile, catalogue, locale, t, data } = context;
  const comparison = profile.comparison;
  const previous = data.previous?.assessment;
  if (!comparison || !previous) return null;
  const stateLabel = (state: AnswerState | null) => (state ? t(`common:answerStates.${state}`) : '—');
  const changed = comparison.changes.filter((change) => change.direction === 'improved' || change.direction === 'declined');
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: t('report:comparison.intro', {
        round: format(previous.round),
        year: formatNumber(previous.year, locale, { useGrouping: false }),
      }),
    },
  ];
  if (comparison.catalogueChanged) blocks.push({ kind: 'paragraph', text: t('report:comparison.catalogueChanged'), tone: 'muted' });
  blocks.push({ kind: 'chart', chart: comparisonChart(catalogue, comparison, locale, t, format) });
  blocks.push({ kind: 'heading', text: t('report:comparison.changedTitle', { count: changed.length }) });
  blocks.push({
    kind: 'table',
    columns: [
      { header: t('report:indicators.id'), width: 20, bold: true },
      { header: t('report:comparison.previous'), width: 'auto' },
      { header: t('report:comparison.current'), width: 'auto' },
      { header: t('report:comparison.change'), width: 32 },
    ],
    rows: changed.map((change) => [
      change.indicatorId,
      stateLabel(change.previousState),
      stateLabel(change.currentState),
      t(`report:comparison.${change.direction}`),
    ]),
  });
  return { id: 'comparison', title: t('report:sections.comparison'), blocks };
}

/** "Key sources": every source cited, once, numbered as the findings cite them; then the data fingerprint. */
export function keySourcesSection(context: ReportContext): ReportSection {
  const { profile, locale, t } = context;
  const separator = locale === 'ar' ? '، ' : ', ';
  const items = profile.keySources.map((source) => {
    const number = formatNumber(source.number, locale, { useGrouping: false });
    const sections = source.sections.map((section) => printed(context, section)).join(separator);
    const parts = [
      `[${number}] ${printed(context, source.title)}`,
      t(`report:sourceTypes.${source.type}`),
      source.date,
      sections ? t('report:sources.sections', { sections }) : '',
      t('report:sources.indicators', { ids: source.indicatorIds.join(separator) }),
      source.url,
    ].filter((part) => part.trim() !== '');
    return parts.join(' · ');
  });
  const blocks: Block[] = [{ kind: 'paragraph', text: t('report:sources.intro', { count: profile.keySources.length }), tone: 'muted' }];
  if (items.length > 0) blocks.push({ kind: 'list', items });
  blocks.push(...attachmentAnnex(context));
  return { id: 'sources', title: t('report:sections.sources'), blocks };
}

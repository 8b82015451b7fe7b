import type { Domain } from '@/domain/catalogue';
import { isBlank } from '@/domain/bilingual-text';
import { localize } from '@/domain/localized-text';
import type { Finding } from '@/domain/profile-findings';
import { FINDING_KINDS } from '@/domain/profile-findings';
import { formatNumber } from '@/i18n/format';
import { domainStatesChart, subdomainStatesChart } from './chart-data';
import type { ReportContext } from './report-context';
import type { Block, ReportSection } from './report-blocks';
import { printed } from './report-blocks';

/** "Key findings": how to read them, then one section per domain with its statements. */

type Format = (value: number) => string;

/** A finding as printed: its heading, its statement, and the numbers of the key sources it rests on. */
export function findingLine(finding: Finding, context: ReportContext): string {
  const { locale, profile, t } = context;
  const heading = localize(finding.heading, locale);
  const text = printed(context, finding.text);
  const numbers = profile.citations.get(finding.id) ?? [];
  const separator = locale === 'ar' ? '، ' : ', ';
  const citation = numbers.length > 0 ? ` [${numbers.map((n) => formatNumber(n, locale, { useGrouping: false })).join(separator)}]` : '';
  const note = finding.note ? ` ${t('report:findings.note', { note: finding.note })}` : '';
  return `${heading ? `${heading}: ` : ''}${text}${citation}${note}`;
}

export function keyFindingsSection(context: ReportContext, format: Format): ReportSection {
  const { profile, catalogue, locale, t, extras } = context;
  const blocks: Block[] = [{ kind: 'paragraph', text: t('report:findings.intro') }];
  if (extras.answerCounts) {
    const overall = profile.summary.overall;
    blocks.push({
      kind: 'figures',
      items: [
        { label: t('report:findings.indicators'), value: format(overall.total) },
        { label: t('common:answerStates.developed'), value: format(overall.developed) },
        { label: t('common:answerStates.partial'), value: format(overall.partial) },
        { label: t('common:answerStates.gap'), value: format(overall.gap) },
        {
          label: t('report:findings.completeness'),
          value: formatNumber(overall.completeness, locale, { style: 'percent', maximumFractionDigits: 0 }),
        },
      ],
    });
    blocks.push({ kind: 'chart', chart: domainStatesChart(catalogue, profile.summary, locale, t, format) });
  }
  blocks.push({ kind: 'paragraph', text: t('report:findings.citations'), tone: 'muted' });
  return { id: 'key-findings', title: t('report:sections.keyFindings'), blocks };
}

export function domainFindingsSection(context: ReportContext, domain: Domain, format: Format): ReportSection {
  const { catalogue, profile, draft, locale, t, extras } = context;
  const blocks: Block[] = [{ kind: 'paragraph', text: localize(domain.description, locale), tone: 'muted' }];
  const narrative = draft?.domainNarratives[domain.id];
  if (narrative && !isBlank(narrative)) blocks.push({ kind: 'paragraph', text: printed(context, narrative), tone: 'lead' });
  if (extras.answerCounts)
    blocks.push({ kind: 'chart', chart: subdomainStatesChart(catalogue, profile.summary, domain.id, locale, t, format) });
  const findings = profile.findings.findings.filter((finding) => finding.domainId === domain.id);
  for (const kind of FINDING_KINDS) {
    const lines = findings.filter((finding) => finding.kind === kind);
    blocks.push({ kind: 'heading', text: t(`report:findings.${kind}`) });
    blocks.push(
      lines.length > 0
        ? { kind: 'list', items: lines.map((finding) => findingLine(finding, context)) }
        : { kind: 'paragraph', text: t('report:findings.none'), tone: 'muted' },
    );
  }
  return { id: `domain-${domain.id}`, title: localize(domain.title, locale), blocks };
}

import { isBlank } from '@/domain/bilingual-text';
import { localize } from '@/domain/localized-text';
import type { ReportContext } from './report-context';
import type { Block, ReportSection } from './report-blocks';
import { printed } from './report-blocks';

/** The sections before the findings, as a published MGI profile has them. */

/** Disclaimer, publisher and acknowledgements: the page after the contents in IOM's profiles. */
export function frontMatterSection(context: ReportContext): ReportSection {
  const { draft, data, t } = context;
  const blocks: Block[] = [
    { kind: 'heading', text: t('report:frontMatter.disclaimerTitle') },
    { kind: 'paragraph', text: t('report:frontMatter.disclaimer'), tone: 'muted' },
    { kind: 'heading', text: t('report:frontMatter.publisherTitle') },
    { kind: 'paragraph', text: t('report:frontMatter.publisher'), tone: 'muted' },
    { kind: 'heading', text: t('report:frontMatter.acknowledgementsTitle') },
  ];
  if (draft && !isBlank(draft.acknowledgements)) blocks.push({ kind: 'paragraph', text: printed(context, draft.acknowledgements) });
  else {
    // Until the researcher writes them: the institutions of the working group, each once.
    const institutions = [...new Set(data.bundle.members.map((member) => member.institution.trim()).filter(Boolean))];
    blocks.push({
      kind: 'paragraph',
      text:
        institutions.length > 0
          ? t('report:frontMatter.acknowledgementsDrafted', { count: institutions.length })
          : t('report:frontMatter.acknowledgementsNone'),
      tone: 'muted',
    });
  }
  return { id: 'front-matter', title: t('report:sections.frontMatter'), blocks };
}

export function objectiveSection(context: ReportContext): ReportSection {
  const { draft, t } = context;
  const own = draft && !isBlank(draft.objective) ? printed(context, draft.objective) : '';
  return {
    id: 'objective',
    title: t('report:sections.objective'),
    blocks: [{ kind: 'paragraph', text: own || t('report:objective.standard'), tone: 'lead' }],
  };
}

export function introductionSection(context: ReportContext): ReportSection {
  const { draft, catalogue, locale, t, data } = context;
  const blocks: Block[] = [];
  if (draft && !isBlank(draft.introduction)) blocks.push({ kind: 'paragraph', text: printed(context, draft.introduction), tone: 'lead' });
  blocks.push({ kind: 'paragraph', text: t('report:introduction.sdgTarget') });
  blocks.push({ kind: 'paragraph', text: t('report:introduction.aboutMgi') });
  blocks.push({ kind: 'paragraph', text: localize(catalogue.description, locale) });
  blocks.push({ kind: 'heading', text: t('report:sections.methodology') });
  if (draft && !isBlank(draft.methodology)) blocks.push({ kind: 'paragraph', text: printed(context, draft.methodology) });
  blocks.push({ kind: 'paragraph', text: t('report:methodology.process') });
  blocks.push({ kind: 'paragraph', text: t('report:methodology.noScore'), tone: 'muted' });
  const members = data.bundle.members.length;
  if (members > 0) blocks.push({ kind: 'paragraph', text: t('report:methodology.members', { count: members }) });
  return { id: 'introduction', title: t('report:sections.introduction'), blocks };
}

/** MiGOF's principles and objectives and the six MGI domains built on them, from indicators/reference/migof.json. */
export function conceptualFrameworkSection(context: ReportContext): ReportSection {
  const { reference, catalogue, locale, t } = context;
  const migof = reference?.migof;
  const blocks: Block[] = [];
  if (!migof) {
    blocks.push({ kind: 'paragraph', text: t('report:framework.unavailable'), tone: 'muted' });
    return { id: 'conceptual-framework', title: t('report:sections.framework'), blocks };
  }
  blocks.push({ kind: 'paragraph', text: localize(migof.summary, locale) });
  const domainTitle = (id: string) => {
    const domain = catalogue.domains.find((entry) => entry.id === id);
    return domain ? localize(domain.title, locale) : id;
  };
  for (const kind of ['principle', 'objective'] as const) {
    blocks.push({ kind: 'heading', text: t(`report:framework.${kind}s`) });
    blocks.push({
      kind: 'list',
      items: migof.elements
        .filter((element) => element.kind === kind)
        .map((element) =>
          t('report:framework.element', {
            label: t(`report:framework.${kind}`, { number: element.number }),
            title: localize(element.title, locale),
            domain: domainTitle(element.domainId),
          }),
        ),
    });
  }
  blocks.push({ kind: 'heading', text: t('report:framework.domainsTitle') });
  blocks.push({
    kind: 'list',
    items: catalogue.domains.map((domain) => `${localize(domain.title, locale)}: ${localize(domain.description, locale)}`),
  });
  blocks.push({ kind: 'paragraph', text: t('report:framework.source', { source: localize(migof.source, locale) }), tone: 'muted' });
  return { id: 'conceptual-framework', title: t('report:sections.framework'), blocks };
}

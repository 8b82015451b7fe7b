import { actorName } from '@/domain/actor';
import { localize } from '@/domain/localized-text';
import { reservationsText } from '@/domain/validation';
import { recordMeetings } from '@/domain/validation-meetings';
import { formatNumber } from '@/i18n/format';
import type { KeyIn, TranslateOptions } from '@/i18n/keys';
import type { ReportContext } from './report-context';
import type { Block, ReportSection } from './report-blocks';
import { printed, reportDate } from './report-blocks';

/**
 * The "Validation" section: who validated what, when, and with which reservations, so an official
 * can tell from the PDF alone. Strings come from the 'report-validation' namespace.
 */
export function validationSection(context: ReportContext): ReportSection {
  const { data, catalogue, locale, t } = context;
  const { assessment, members } = data.bundle;
  const record = assessment.validation;
  const tv = (key: KeyIn<'report-validation'>, options?: TranslateOptions) => t(`report-validation:${key}`, options);
  const separator = tv('listSeparator');
  const domainTitle = (id: string) => {
    const domain = catalogue.domains.find((d) => d.id === id);
    return domain ? localize(domain.title, locale) : id;
  };
  const blocks: Block[] = [];
  if (!record || (!record.meeting && !record.lockedAt && record.decisions.length === 0)) {
    blocks.push({ kind: 'paragraph', text: tv('notValidated'), tone: 'muted' });
    return { id: 'validation', title: tv('title'), blocks, runOn: true };
  }
  const who = actorName(record.lockedBy, members, { secretariat: tv('secretariat'), unknown: tv('unknownPerson') }, true);
  if (record.lockedAt) {
    blocks.push({
      kind: 'paragraph',
      tone: 'lead',
      text: tv(record.lockKind === 'validated-with-reservations' ? 'lockedWithReservations' : 'locked', {
        date: reportDate(record.lockedAt, locale),
        name: who,
      }),
    });
  } else {
    blocks.push({ kind: 'paragraph', text: tv('notLocked'), tone: 'muted' });
  }
  const meetings = recordMeetings(record);
  meetings.forEach((meeting, index) => {
    blocks.push({
      kind: 'heading',
      text: meetings.length > 1 ? tv('meetingNumbered', { number: formatNumber(index + 1, locale) }) : tv('meeting'),
    });
    blocks.push({
      kind: 'paragraph',
      text: tv('meetingLine', {
        date: reportDate(meeting.date, locale),
        place: meeting.place,
        format: meeting.format ? tv(`formats.${meeting.format}`) : tv('formatUnknown'),
      }),
    });
    blocks.push({
      kind: 'table',
      columns: [
        { header: tv('institution'), width: 'auto', bold: true },
        { header: tv('government'), width: 50 },
        { header: tv('official'), width: 60 },
      ],
      rows: meeting.participants.map((p) => [p.ministry, p.government || '—', p.official || '—']),
    });
  });
  blocks.push({ kind: 'heading', text: tv('decisions') });
  blocks.push({
    kind: 'table',
    columns: [
      { header: tv('domain'), width: 50, bold: true },
      { header: tv('decision'), width: 36 },
      { header: tv('reservations'), width: 'auto' },
    ],
    rows: catalogue.domains.map((domain) => {
      const decision = record.decisions.find((d) => d.domainId === domain.id);
      // In the report's language, or the original with the untranslated mark (the count on the cover includes it).
      const reservations = decision && decision.reservations.trim() !== '' ? printed(context, reservationsText(decision)) : '—';
      return [domainTitle(domain.id), decision ? tv(`decisionKinds.${decision.decision}`) : tv('undecided'), reservations];
    }),
  });
  const unresolved = record.lockReservations ?? [];
  if (unresolved.length > 0) {
    const total = unresolved.reduce((sum, r) => sum + r.indicatorIds.length, 0);
    blocks.push({ kind: 'heading', text: tv('unresolvedTitle') });
    blocks.push({ kind: 'paragraph', text: tv('unresolvedIntro', { count: total }) });
    blocks.push({
      kind: 'table',
      columns: [
        { header: tv('domain'), width: 50, bold: true },
        { header: tv('indicators'), width: 'auto' },
      ],
      rows: unresolved.map((r) => [domainTitle(r.domainId), r.indicatorIds.join(separator)]),
    });
  }
  return { id: 'validation', title: tv('title'), blocks };
}

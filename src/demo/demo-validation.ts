import type { Comment, HistoryEntry } from '@/domain/assessment';
import type { Catalogue } from '@/domain/catalogue';
import type { ValidationRecord } from '@/domain/validation';
import type { LockReservation } from '@/domain/validation-readiness';

/**
 * The demo's first round was validated by Demoland's central government and its (fictional)
 * northern regional government at two meetings (one in the capital, one in the region), with
 * reservations: the record a newcomer sees on the validation screen and in the report's
 * "Validation" section.
 */

export const DEMO_MEETING_PLACE = 'Ministry of Interior, Demo City';
export const DEMO_RESERVATION =
  'The Northern Regional Government reserves its position on labour-migration data for the northern governorates until its 2022 survey is published.';
/** The same reservation in Arabic, checked: the meeting's minutes were kept in both languages. */
export const DEMO_RESERVATION_AR =
  'تتحفظ حكومة الإقليم الشمالي على بيانات هجرة اليد العاملة في المحافظات الشمالية إلى حين نشر مسحها لعام 2022.';

const PARTICIPANTS = [
  { ministry: 'Ministry of Interior', government: 'Government of Demoland', official: 'Karim Nasser, Director-General for Migration' },
  {
    ministry: 'Ministry of Labour and Social Affairs',
    government: 'Government of Demoland',
    official: 'Rania Aziz, Head of Labour Mobility',
  },
  { ministry: 'Ministry of Foreign Affairs', government: 'Government of Demoland', official: 'Fadi Mansour, Director of Consular Affairs' },
  {
    ministry: 'Regional Ministry of Interior',
    government: 'Northern Regional Government (demo)',
    official: 'Hana Barzani, Deputy Minister',
  },
  { ministry: 'National Statistics Office', government: 'Government of Demoland', official: 'Mona Khalil, Chief Statistician' },
];

export const DEMO_REGIONAL_MEETING_PLACE = 'Regional Governorate Council, North City (demo)';

const REGIONAL_PARTICIPANTS = [
  {
    ministry: 'Regional Ministry of Labour',
    government: 'Northern Regional Government (demo)',
    official: 'Sami Dosky, Director of Employment',
  },
  { ministry: 'Regional Statistics Office', government: 'Northern Regional Government (demo)', official: 'Layla Amedi, Head of Surveys' },
  {
    ministry: 'Ministry of Labour and Social Affairs',
    government: 'Government of Demoland',
    official: 'Rania Aziz, Head of Labour Mobility',
  },
];

export function demoValidation(
  catalogue: Catalogue,
  assessmentId: string,
  comments: readonly Comment[],
  coordinatorId: string | null,
  stamp: (dayOffset: number) => string,
): { record: ValidationRecord; history: HistoryEntry[] } {
  const decidedAt = stamp(58);
  const lockedAt = stamp(59);
  // The comments still open at the meeting are what the reservations name.
  const open = new Set(comments.filter((c) => c.parentId === null && !c.resolved).map((c) => c.indicatorId));
  const reservations: LockReservation[] = catalogue.domains
    .map((domain) => ({
      domainId: domain.id,
      indicatorIds: catalogue.indicators.filter((i) => i.domainId === domain.id && open.has(i.id)).map((i) => i.id),
    }))
    .filter((r) => r.indicatorIds.length > 0);
  // The reservation is about labour-migration data, so it sits on the domain whose sub-domain is
  // labour migration (well-being of migrants), found by its title rather than by its position.
  const labourDomain =
    catalogue.subdomains.find((subdomain) => /labour migration/i.test(subdomain.title.en))?.domainId ?? catalogue.domains[0]?.id ?? '';
  const record: ValidationRecord = {
    meeting: {
      date: stamp(57).slice(0, 10),
      place: DEMO_MEETING_PLACE,
      format: 'hybrid',
      participants: PARTICIPANTS.map((p) => ({ ...p })),
    },
    moreMeetings: [
      {
        date: stamp(58).slice(0, 10),
        place: DEMO_REGIONAL_MEETING_PLACE,
        format: 'in-person',
        participants: REGIONAL_PARTICIPANTS.map((p) => ({ ...p })),
      },
    ],
    decisions: catalogue.domains.map((domain) => ({
      domainId: domain.id,
      decision: domain.id === labourDomain ? 'validated-with-reservations' : 'validated',
      reservations: domain.id === labourDomain ? DEMO_RESERVATION : '',
      ...(domain.id === labourDomain
        ? { translations: { reservations: { original: 'en' as const, other: DEMO_RESERVATION_AR, checked: true, same: false } } }
        : {}),
      decidedAt,
      decidedBy: coordinatorId,
    })),
    lockedAt,
    lockedBy: coordinatorId,
    lockKind: reservations.length > 0 ? 'validated-with-reservations' : 'validated',
    lockReservations: reservations,
  };
  const row = (suffix: string, field: string, before: unknown, after: unknown, at: string): HistoryEntry => ({
    id: `${assessmentId}-history-${suffix}`,
    assessmentId,
    indicatorId: null,
    entity: 'assessment',
    entityId: assessmentId,
    field,
    before,
    after,
    reason: '',
    memberId: coordinatorId,
    at,
  });
  const history = [
    row('meeting', 'validation.meeting', null, record.meeting, decidedAt),
    ...(record.moreMeetings ?? []).map((meeting, index) => row(`meeting-${index + 2}`, 'validation.meeting', null, meeting, decidedAt)),
    ...record.decisions.map((d) =>
      row(
        `decision-${d.domainId}`,
        `validation.decision.${d.domainId}`,
        null,
        { decision: d.decision, reservations: d.reservations },
        decidedAt,
      ),
    ),
    row('lock', 'phase', 'consultation', 'validated', lockedAt),
    ...(reservations.length > 0 ? [row('lock-reservations', 'validation.lockReservations', null, reservations, lockedAt)] : []),
    row('published', 'phase', 'validated', 'published', stamp(60)),
  ];
  return { record, history };
}

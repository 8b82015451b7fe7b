import type { Assessment, Comment, HistoryEntry, Member, MemberAnswer, Response, Source } from '@/domain/assessment';
import { MEMBER_ROLES, RESPONSE_STATUSES, responseId, SOURCE_TYPES } from '@/domain/assessment';
import type { Catalogue, Indicator } from '@/domain/catalogue';
import type { Random } from '@/lib/seeded-random';
import { seededRandom } from '@/lib/seeded-random';
import type { DemoBundle } from './demo-assessment';

/**
 * A large, fictional store for benchmarks and scale tests: many countries, several rounds each,
 * every indicator answered by every member, a long change history and many sources. Pure and
 * seeded, so the benchmark and the tests see exactly the same data on every run and machine.
 * Built assessment by assessment, so a loader can write one bundle at a time without holding
 * 100,000 history rows in memory twice.
 */

export type LargeStoreSpec = {
  readonly seed: number;
  readonly assessments: number;
  readonly membersPerAssessment: number;
  /** Totals over the whole store, spread evenly over the assessments. */
  readonly historyRows: number;
  readonly sources: number;
  readonly comments: number;
  /** Rounds per fictional country; the last round of each country is still being scored. */
  readonly roundsPerCountry: number;
};

/** The store the performance budget is about (docs/PERFORMANCE.md). */
export const LARGE_STORE_SPEC: LargeStoreSpec = {
  seed: 10_72,
  assessments: 50,
  membersPerAssessment: 5,
  historyRows: 100_000,
  sources: 5_000,
  comments: 1_000,
  roundsPerCountry: 3,
};

export const LARGE_STORE_ID_PREFIX = 'bench-';

/** User-assigned ISO codes (fictional countries), except XD, which the demo uses. */
const FICTIONAL_CODES = 'ABCEFGHIJKLMNOPQRSTUVWYZ'.split('').map((letter) => `X${letter}`);
const FIRST_YEAR = 2018;
const YEARS_BETWEEN_ROUNDS = 3;
const HISTORY_FIELDS = ['answer', 'justification', 'status', 'confidence', 'memberAnswer'] as const;
const LAW_WORDS = [
  'Residence',
  'Labour Mobility',
  'Asylum',
  'Border Management',
  'Diaspora',
  'Civil Registry',
  'Disaster Response',
  'Anti-Trafficking',
];
const NOTE_PHRASES = [
  'Confirmed with the ministry focal point.',
  'The implementing regulation is still pending.',
  'Practice differs between regions.',
  'Based on the latest annual report.',
  'Needs a second source before validation.',
];

export type LargeStoreCounts = {
  readonly assessments: number;
  readonly members: number;
  readonly responses: number;
  readonly memberAnswers: number;
  readonly sources: number;
  readonly comments: number;
  readonly history: number;
};

/** The id of the n-th assessment (0-based), so the benchmark can open a known one. */
export function largeStoreAssessmentId(index: number): string {
  return `${LARGE_STORE_ID_PREFIX}${String(index + 1).padStart(3, '0')}`;
}

/** How many of `total` rows the n-th of `parts` assessments gets: an even share, remainder first. */
export function shareOf(total: number, parts: number, index: number): number {
  const base = Math.floor(total / parts);
  return base + (index < total % parts ? 1 : 0);
}

export function expectedLargeStoreCounts(catalogue: Catalogue, spec: LargeStoreSpec = LARGE_STORE_SPEC): LargeStoreCounts {
  const responses = spec.assessments * catalogue.indicators.length;
  return {
    assessments: spec.assessments,
    members: spec.assessments * spec.membersPerAssessment,
    responses,
    memberAnswers: responses * spec.membersPerAssessment,
    sources: spec.sources,
    comments: spec.comments,
    history: spec.historyRows,
  };
}

export function buildLargeStore(catalogue: Catalogue, spec: LargeStoreSpec = LARGE_STORE_SPEC): DemoBundle[] {
  return Array.from({ length: spec.assessments }, (_, index) => buildLargeStoreAssessment(catalogue, index, spec));
}

/** The n-th (0-based) assessment of the store; independent of the others, so it can be built alone. */
export function buildLargeStoreAssessment(catalogue: Catalogue, index: number, spec: LargeStoreSpec = LARGE_STORE_SPEC): DemoBundle {
  if (catalogue.indicators.length === 0) throw new Error('large store needs a catalogue with indicators');
  // Mixing the index into the seed keeps each assessment reproducible on its own.
  const random = seededRandom(Math.imul(spec.seed, 2_654_435_761) ^ (index + 1));
  const assessment = largeAssessment(catalogue, index, spec);
  const members = largeMembers(assessment, spec.membersPerAssessment);
  const maturity = 0.25 + 0.6 * random.next();
  const responses = catalogue.indicators.map((indicator, order) => largeResponse(indicator, assessment, members, maturity, random, order));
  const indicators = catalogue.indicators;
  const pickIndicator = (n: number): Indicator => indicators[n % indicators.length] as Indicator;
  return {
    assessment,
    members,
    responses,
    profile: null,
    sources: Array.from({ length: shareOf(spec.sources, spec.assessments, index) }, (_, n) =>
      largeSource(assessment, pickIndicator(n * 7), members, random, n),
    ),
    comments: Array.from({ length: shareOf(spec.comments, spec.assessments, index) }, (_, n) =>
      largeComment(assessment, pickIndicator(n * 11), members, random, n),
    ),
    history: Array.from({ length: shareOf(spec.historyRows, spec.assessments, index) }, (_, n) =>
      largeHistory(assessment, pickIndicator(n), members, random, n),
    ),
  };
}

/** An ISO timestamp `minutes` after 1 March of `year`: deterministic, and ordered by `minutes`. */
function stamp(year: number, minutes: number): string {
  return new Date(Date.UTC(year, 2, 1) + minutes * 60_000).toISOString();
}

function largeAssessment(catalogue: Catalogue, index: number, spec: LargeStoreSpec): Assessment {
  const country = Math.floor(index / spec.roundsPerCountry);
  const round = (index % spec.roundsPerCountry) + 1;
  const roundsOfCountry = Math.min(spec.roundsPerCountry, spec.assessments - country * spec.roundsPerCountry);
  const isLatest = round === roundsOfCountry;
  const year = FIRST_YEAR + (round - 1) * YEARS_BETWEEN_ROUNDS;
  const code = FICTIONAL_CODES[country % FICTIONAL_CODES.length] ?? 'XA';
  const countryNumber = country + 1;
  return {
    id: largeStoreAssessmentId(index),
    frameworkId: catalogue.frameworkId,
    catalogueVersion: catalogue.version,
    level: catalogue.level,
    countryCode: code,
    customCountryName: { en: `Benchland ${countryNumber} (test data)`, ar: `بنشلاند ${countryNumber} (بيانات اختبار)` },
    round,
    year,
    previousAssessmentId: round === 1 ? null : largeStoreAssessmentId(index - 1),
    phase: isLatest ? 'consultation' : 'published',
    isDemo: true,
    createdAt: stamp(year, 0),
    updatedAt: stamp(year, 60 * 24 * 90 + index),
  };
}

function largeMembers(assessment: Assessment, count: number): Member[] {
  return Array.from({ length: count }, (_, n) => ({
    id: `${assessment.id}-member-${n + 1}`,
    assessmentId: assessment.id,
    name: `Member ${n + 1} of ${assessment.id}`,
    institution: `Ministry ${String.fromCharCode(65 + (n % 26))}`,
    role: n === 0 ? 'coordinator' : (MEMBER_ROLES[1 + (n % (MEMBER_ROLES.length - 1))] ?? 'member'),
    createdAt: assessment.createdAt,
  }));
}

function pickAnswer(indicator: Indicator, maturity: number, random: Random): string | null {
  const roll = random.next();
  const options = indicator.scale.options;
  if (roll > 0.97) return null; // A few stay unscored, as in real rounds.
  const position = roll < maturity ? 0 : roll < maturity + 0.2 ? Math.min(1, options.length - 1) : options.length - 1;
  return options[position]?.value ?? null;
}

function largeResponse(
  indicator: Indicator,
  assessment: Assessment,
  members: Member[],
  maturity: number,
  random: Random,
  order: number,
): Response {
  const at = stamp(assessment.year, 60 * 24 * 10 + order * 37);
  const memberAnswers: Record<string, MemberAnswer> = {};
  for (const member of members) {
    memberAnswers[member.id] = { answer: pickAnswer(indicator, maturity, random), note: random.pick(NOTE_PHRASES), at };
  }
  const notApplicable = random.next() < 0.01;
  const answer = notApplicable ? null : pickAnswer(indicator, maturity, random);
  const published = assessment.phase === 'published';
  const status = published ? 'validated' : answer === null ? 'draft' : random.pick(RESPONSE_STATUSES.slice(1));
  const assignee = random.pick(members).id;
  return {
    id: responseId(assessment.id, indicator.id),
    assessmentId: assessment.id,
    indicatorId: indicator.id,
    answer,
    notApplicable,
    notApplicableReason: notApplicable ? 'Not relevant to this country’s legal system.' : '',
    justification: `Test data for ${indicator.id}. ${random.pick(LAW_WORDS)} Act, article ${random.int(1, 120)}. ${random.pick(NOTE_PHRASES)}`,
    confidence: random.pick(['low', 'medium', 'high'] as const),
    status,
    assigneeId: assignee,
    memberAnswers,
    agreedRationale: status === 'agreed' || status === 'validated' ? 'Consensus in the working-group meeting.' : '',
    dissent: '',
    revision: 1 + random.int(0, 6),
    updatedAt: at,
    updatedBy: assignee,
  };
}

function largeSource(assessment: Assessment, indicator: Indicator, members: Member[], random: Random, n: number): Source {
  const law = random.pick(LAW_WORDS);
  return {
    id: `${assessment.id}-source-${n + 1}`,
    assessmentId: assessment.id,
    indicatorId: indicator.id,
    type: random.pick(SOURCE_TYPES),
    title: `${law} ${n % 3 === 0 ? 'Act' : 'Regulation'} No. ${random.int(1, 90)} of ${assessment.year - random.int(0, 12)}`,
    section: `Art. ${random.int(1, 120)}`,
    date: `${assessment.year - random.int(0, 12)}-0${random.int(1, 10)}-1${random.int(0, 10)}`,
    url: `https://legislation.benchland.example/${assessment.id}/${n + 1}`,
    excerpt: n % 4 === 0 ? `Every foreign resident has the right to ${law.toLowerCase()} services on equal terms.` : '',
    createdAt: stamp(assessment.year, 60 * 24 * 12 + n),
    createdBy: random.pick(members).id,
  };
}

function largeComment(assessment: Assessment, indicator: Indicator, members: Member[], random: Random, n: number): Comment {
  const at = stamp(assessment.year, 60 * 24 * 20 + n * 13);
  return {
    id: `${assessment.id}-comment-${n + 1}`,
    assessmentId: assessment.id,
    indicatorId: indicator.id,
    parentId: n % 5 === 4 ? `${assessment.id}-comment-${n}` : null,
    authorId: random.pick(members).id,
    body: random.pick(NOTE_PHRASES),
    verdict: n % 3 === 0 ? random.pick(['agree', 'agree-with-comments', 'disagree'] as const) : null,
    suggestedAnswer: null,
    resolved: n % 2 === 0,
    createdAt: at,
    updatedAt: at,
  };
}

function largeHistory(assessment: Assessment, indicator: Indicator, members: Member[], random: Random, n: number): HistoryEntry {
  const field = HISTORY_FIELDS[n % HISTORY_FIELDS.length] ?? 'answer';
  const options = indicator.scale.options.map((option) => option.value);
  const valueOf = (): unknown => (field === 'answer' || field === 'memberAnswer' ? random.pick(options) : `revision ${random.int(1, 9)}`);
  return {
    id: `${assessment.id}-history-${n + 1}`,
    assessmentId: assessment.id,
    indicatorId: indicator.id,
    entity: 'response',
    entityId: responseId(assessment.id, indicator.id),
    field,
    before: n < 90 ? null : valueOf(),
    after: valueOf(),
    reason: n % 10 === 0 ? 'Corrected after the validation workshop.' : '',
    memberId: random.pick(members).id,
    at: stamp(assessment.year, 60 * 24 * 15 + n),
  };
}

import type { Assessment, Comment, HistoryEntry, Member, Response, Source } from '@/domain/assessment';
import { responseId } from '@/domain/assessment';
import type { Catalogue, Indicator } from '@/domain/catalogue';
import { seededRandom } from '@/lib/seeded-random';
import type { Random } from '@/lib/seeded-random';
import { DEMO_LAWS, DEMO_MEMBERS } from './demo-laws';
import { demoProfileDraft } from './demo-profile';
import { demoValidation } from './demo-validation';
import type { ProfileDraft } from '@/domain/profile-draft';

/**
 * A fictional country ("Demoland", user-assigned code XD) assessed twice, so a newcomer sees a
 * full profile and a round comparison at once. Deterministic: the same catalogue always gives
 * the same demo, which tests and benchmarks rely on.
 */

export const DEMO_COUNTRY_CODE = 'XD';
export const DEMO_BASELINE_ID = 'demo-demoland-round-1';
export const DEMO_FOLLOW_UP_ID = 'demo-demoland-round-2';
export const DEMO_COUNTRY_NAME = { en: 'Demoland (demo)', ar: 'ديمولاند (بيانات تجريبية)' } as const;
/** A justification the tests look for in the workspace, the profile and the PDF. */
export const DEMO_KNOWN_JUSTIFICATION_INDICATOR = 'D2.2.1';
export const DEMO_KNOWN_JUSTIFICATION =
  'The National Migration Strategy 2021–2026 was adopted by the Council of Ministers and is in force.';
/**
 * The demo stays on catalogue 1.0.0, like a real assessment scored before release 1.1.0, so it
 * shows the offer to move to the newer release (and its preview) at once.
 */
export const DEMO_CATALOGUE_VERSION = '1.0.0';
export const DEMO_KNOWN_JUSTIFICATION_AR = 'اعتمد مجلس الوزراء الاستراتيجية الوطنية للهجرة 2021–2026 وهي نافذة.';

export type DemoBundle = {
  readonly assessment: Assessment;
  readonly members: Member[];
  readonly responses: Response[];
  readonly sources: Source[];
  readonly comments: Comment[];
  readonly history: HistoryEntry[];
  readonly profile: ProfileDraft | null;
};

type RoundSpec = { readonly id: string; readonly round: number; readonly year: number; readonly seed: number; readonly maturity: number };

const ROUNDS: readonly RoundSpec[] = [
  { id: DEMO_BASELINE_ID, round: 1, year: 2022, seed: 2022, maturity: 0.45 },
  { id: DEMO_FOLLOW_UP_ID, round: 2, year: 2026, seed: 2026, maturity: 0.62 },
];

export function buildDemoBundles(catalogue: Catalogue): DemoBundle[] {
  return ROUNDS.map((spec, index) => buildRound(catalogue, spec, index === 0 ? null : (ROUNDS[index - 1]?.id ?? null)));
}

function stamp(year: number, dayOffset: number): string {
  return new Date(Date.UTC(year, 2, 1) + dayOffset * 86_400_000).toISOString();
}

function buildRound(catalogue: Catalogue, spec: RoundSpec, previousId: string | null): DemoBundle {
  const random = seededRandom(spec.seed);
  const created = stamp(spec.year, 0);
  const assessment: Assessment = {
    id: spec.id,
    frameworkId: catalogue.frameworkId,
    catalogueVersion: catalogue.version,
    level: catalogue.level,
    countryCode: DEMO_COUNTRY_CODE,
    customCountryName: DEMO_COUNTRY_NAME,
    round: spec.round,
    year: spec.year,
    previousAssessmentId: previousId,
    phase: spec.round === 1 ? 'published' : 'consultation',
    isDemo: true,
    createdAt: created,
    updatedAt: stamp(spec.year, 60),
  };
  const members: Member[] = DEMO_MEMBERS.map((member, index) => ({
    ...member,
    id: `${spec.id}-member-${index + 1}`,
    assessmentId: spec.id,
    createdAt: created,
  }));
  const researcher = members[1]?.id ?? null;
  const profile = spec.round === 1 ? null : demoProfileDraft(spec.id, stamp(spec.year, 60), researcher);
  const bundle: DemoBundle = { assessment, members, responses: [], sources: [], comments: [], history: [], profile };
  catalogue.indicators.forEach((indicator, index) => {
    const at = stamp(spec.year, 5 + (index % 50));
    const response = demoResponse(indicator, spec, random, members, at);
    bundle.responses.push(response);
    bundle.sources.push(...demoSources(indicator, spec.id, random, researcher, at));
    if (response.answer !== null) {
      bundle.history.push({
        id: `${spec.id}-history-${indicator.id}`,
        assessmentId: spec.id,
        indicatorId: indicator.id,
        entity: 'response',
        entityId: response.id,
        field: 'answer',
        before: null,
        after: response.answer,
        reason: '',
        memberId: researcher,
        at,
      });
    }
    if (index % 9 === 4) bundle.comments.push(demoComment(indicator, spec.id, members, at, index));
  });
  if (spec.round === 1) {
    // The first round went through validation and was published: its full record travels with it.
    const { record, history } = demoValidation(catalogue, spec.id, bundle.comments, members[0]?.id ?? null, (day) => stamp(spec.year, day));
    bundle.assessment.validation = record;
    bundle.history.push(...history);
  }
  return bundle;
}

function demoAnswer(indicator: Indicator, maturity: number, random: Random): string {
  const options = indicator.scale.options;
  const roll = random.next();
  const best = options[0]?.value ?? '';
  const worst = options[options.length - 1]?.value ?? '';
  const middle = options.length > 2 ? (options[1]?.value ?? best) : worst;
  if (roll < maturity) return best;
  if (roll < maturity + 0.25) return middle;
  return worst;
}

function demoResponse(indicator: Indicator, spec: RoundSpec, random: Random, members: Member[], at: string): Response {
  const notApplicable = indicator.id === 'D1.5.2' && spec.round === 1;
  const answer = notApplicable ? null : demoAnswer(indicator, spec.maturity, random);
  const law = DEMO_LAWS[indicator.domainId]?.[0]?.title ?? 'national legislation';
  const isKnown = indicator.id === DEMO_KNOWN_JUSTIFICATION_INDICATOR;
  const justification = isKnown
    ? `${DEMO_KNOWN_JUSTIFICATION}\n${DEMO_KNOWN_JUSTIFICATION_AR}`
    : `Demo data. Based on the ${law} (article ${random.int(2, 60)}) and consultations with the working group in ${spec.year}.`;
  const statuses = ['agreed', 'agreed', 'in-review', 'draft'] as const;
  const status = spec.round === 1 ? 'validated' : random.pick(statuses);
  const assignee = members[random.int(0, members.length)]?.id ?? null;
  return {
    id: responseId(spec.id, indicator.id),
    assessmentId: spec.id,
    indicatorId: indicator.id,
    answer,
    notApplicable,
    notApplicableReason: notApplicable ? 'Out-of-country voting was not yet regulated at the time.' : '',
    justification,
    confidence: random.pick(['medium', 'high', 'high'] as const),
    status,
    assigneeId: assignee,
    memberAnswers: {},
    agreedRationale: status === 'agreed' || status === 'validated' ? 'Consensus reached in the working-group meeting.' : '',
    dissent: '',
    revision: 1,
    updatedAt: at,
    updatedBy: assignee,
  };
}

function demoSources(indicator: Indicator, assessmentId: string, random: Random, createdBy: string | null, at: string): Source[] {
  const laws = DEMO_LAWS[indicator.domainId] ?? [];
  const count = random.int(1, laws.length + 1);
  return laws.slice(0, count).map((law, index) => ({
    id: `${assessmentId}-source-${indicator.id}-${index + 1}`,
    assessmentId,
    indicatorId: indicator.id,
    type: law.type,
    title: law.title,
    section: `Art. ${random.int(1, 80)}`,
    date: law.date,
    url: `https://legislation.demoland.example/${indicator.domainId.toLowerCase()}/${index + 1}`,
    excerpt: '',
    createdAt: at,
    createdBy,
  }));
}

function demoComment(indicator: Indicator, assessmentId: string, members: Member[], at: string, index: number): Comment {
  return {
    id: `${assessmentId}-comment-${indicator.id}`,
    assessmentId,
    indicatorId: indicator.id,
    parentId: null,
    authorId: members[4]?.id ?? null,
    body: 'Please check whether the implementing regulation has been published.',
    verdict: null,
    suggestedAnswer: null,
    resolved: index % 2 === 0,
    createdAt: at,
    updatedAt: at,
  };
}

import type { Assessment, Comment, HistoryEntry, Member, Response, Source } from '@/domain/assessment';
import { emptyResponse, responseId } from '@/domain/assessment';
import type { Catalogue, Indicator } from '@/domain/catalogue';
import { seededRandom } from '@/lib/seeded-random';
import type { Random } from '@/lib/seeded-random';
import { answerState } from '@/domain/scoring';
import { DEMO_LAWS, DEMO_MEMBERS, DEMO_STATEMENTS } from './demo-laws';
import { DEMO_TERRITORIAL_SCOPE, demoProfileDraft } from './demo-profile';
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
    territorialScope: DEMO_TERRITORIAL_SCOPE,
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
  const profile = demoProfileDraft(spec.id, spec.round, spec.year, stamp(spec.year, 60), researcher);
  const bundle: DemoBundle = { assessment, members, responses: [], sources: [], comments: [], history: [], profile };
  catalogue.indicators.forEach((indicator, index) => {
    const at = stamp(spec.year, 5 + (index % 50));
    const response = demoResponse(catalogue, indicator, spec, random, members, at);
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

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

/**
 * The justification in both languages: a first sentence that states the finding for the sub-domain
 * (so the profile drafts readable findings from it), then an indicator-specific detail.
 */
function demoJustification(
  catalogue: Catalogue,
  indicator: Indicator,
  answer: string | null,
  year: number,
  random: Random,
): { en: string; ar: string } {
  if (indicator.id === DEMO_KNOWN_JUSTIFICATION_INDICATOR) return { en: DEMO_KNOWN_JUSTIFICATION, ar: DEMO_KNOWN_JUSTIFICATION_AR };
  const law = DEMO_LAWS[indicator.domainId]?.[0]?.title ?? { en: 'national legislation', ar: 'التشريعات الوطنية' };
  const area = catalogue.subdomains.find((subdomain) => subdomain.id === indicator.subdomainId)?.title ?? {
    en: indicator.id,
    ar: indicator.id,
  };
  const state = answerState(indicator, { ...emptyResponse('', indicator.id, ''), answer });
  const level = state === 'developed' || state === 'partial' || state === 'gap' ? state : 'gap';
  const detail = { article: String(random.int(2, 60)), year: String(year) };
  return {
    en: `${fill(DEMO_STATEMENTS[level].en, { law: law.en, area: area.en.charAt(0).toLowerCase() + area.en.slice(1) })} ${fill(DEMO_STATEMENTS.detail.en, detail)}`,
    ar: `${fill(DEMO_STATEMENTS[level].ar, { law: law.ar, area: area.ar })} ${fill(DEMO_STATEMENTS.detail.ar, detail)}`,
  };
}

function demoResponse(
  catalogue: Catalogue,
  indicator: Indicator,
  spec: RoundSpec,
  random: Random,
  members: Member[],
  at: string,
): Response {
  const notApplicable = indicator.id === 'D1.5.2' && spec.round === 1;
  const answer = notApplicable ? null : demoAnswer(indicator, spec.maturity, random);
  const text = demoJustification(catalogue, indicator, answer, spec.year, random);
  const justification = text.en;
  const statuses = ['agreed', 'agreed', 'in-review', 'draft'] as const;
  const status = spec.round === 1 ? 'validated' : random.pick(statuses);
  const assignee = members[random.int(0, members.length)]?.id ?? null;
  return {
    id: responseId(spec.id, indicator.id),
    assessmentId: spec.id,
    indicatorId: indicator.id,
    answer,
    notApplicable,
    notApplicableReason: notApplicable ? NOT_APPLICABLE_REASON.en : '',
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
    translations: {
      justification: { original: 'en', other: text.ar, checked: true, same: false },
      ...(notApplicable
        ? { notApplicableReason: { original: 'en' as const, other: NOT_APPLICABLE_REASON.ar, checked: true, same: false } }
        : {}),
    },
  };
}

const NOT_APPLICABLE_REASON = {
  en: 'Out-of-country voting was not yet regulated at the time.',
  ar: 'لم يكن التصويت من خارج البلد منظَّمًا في ذلك الوقت.',
};

function demoSources(indicator: Indicator, assessmentId: string, random: Random, createdBy: string | null, at: string): Source[] {
  const laws = DEMO_LAWS[indicator.domainId] ?? [];
  const count = random.int(1, laws.length + 1);
  return laws.slice(0, count).map((law, index): Source => {
    const article = random.int(1, 80);
    return {
      id: `${assessmentId}-source-${indicator.id}-${index + 1}`,
      assessmentId,
      indicatorId: indicator.id,
      type: law.type,
      title: law.title.en,
      section: `Art. ${article}`,
      date: law.date,
      url: `https://legislation.demoland.example/${indicator.domainId.toLowerCase()}/${index + 1}`,
      excerpt: '',
      createdAt: at,
      createdBy,
      translations: {
        title: { original: 'en', other: law.title.ar, checked: true, same: false },
        section: { original: 'en', other: `المادة ${article}`, checked: true, same: false },
      },
    };
  });
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

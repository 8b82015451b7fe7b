import type { Response } from './assessment';
import { emptyResponse } from './assessment';
import type { MergeBase } from './merge-base';
import { baseFieldFingerprint, MEMBER_ANSWER_PREFIX, MERGED_RESPONSE_FIELDS, responseFieldValues } from './merge-base';
import { fingerprint } from './merge-canonical';
import { mergeRecords } from './merge-records';
import type { AssessmentBundle, IndicatorFieldChange, MergeConflict, MergeResult, Resolution } from './merge-types';

/**
 * Merges another member's copy of an assessment ("theirs") into this browser's copy ("mine"),
 * indicator by indicator and field by field, against the state both last shared (`base`, see
 * merge-base.ts for how it is chosen):
 * - a field only they changed is taken; a field only I changed is kept;
 * - a field both changed to different values is a conflict the person resolves;
 * - without any base, a field one side never filled takes the other side's value, and two
 *   different filled values are a conflict: nothing anyone typed is dropped silently.
 * Pure: the store applies the returned delta in one transaction.
 */

export type MergeOptions = {
  readonly at: string;
  readonly memberId: string | null;
  readonly resolutions?: Readonly<Record<string, Resolution>>;
};

/** Fields a person can type a combined value into on the conflict screen. */
export const EDITABLE_TEXT_FIELDS: readonly string[] = ['justification', 'notApplicableReason', 'agreedRationale', 'dissent'];

export function fieldConflictKey(indicatorId: string, field: string): string {
  return `response:${indicatorId}:${field}`;
}

const EMPTY_FIELD_FINGERPRINTS: Record<string, string> = Object.fromEntries(
  Object.entries(responseFieldValues(emptyResponse('-', '-', ''))).map(([key, value]) => [key, fingerprint(value)]),
);

function isEmptyValue(key: string, value: unknown): boolean {
  return fingerprint(value) === (EMPTY_FIELD_FINGERPRINTS[key] ?? fingerprint(undefined));
}

type FieldDecision = { readonly take: boolean; readonly value?: unknown; readonly conflict?: MergeConflict; readonly unresolved?: boolean };

function decideField(
  indicatorId: string,
  key: string,
  mine: unknown,
  theirs: unknown,
  baseFp: string | null,
  resolutions: Readonly<Record<string, Resolution>>,
): FieldDecision {
  const mFp = fingerprint(mine);
  const tFp = fingerprint(theirs);
  if (mFp === tFp) return { take: false };
  const mineChanged = baseFp === null ? !isEmptyValue(key, mine) : mFp !== baseFp;
  const theirsChanged = baseFp === null ? !isEmptyValue(key, theirs) : tFp !== baseFp;
  if (!theirsChanged) return { take: false };
  if (!mineChanged) return { take: true, value: theirs };
  const conflict: MergeConflict = { kind: 'field', key: fieldConflictKey(indicatorId, key), indicatorId, field: key, mine, theirs };
  const resolution = resolutions[conflict.key];
  if (!resolution) return { take: false, conflict, unresolved: true };
  if (resolution.choice === 'mine') return { take: false, conflict };
  if (resolution.choice === 'theirs') return { take: true, value: theirs, conflict };
  return fingerprint(resolution.value) === mFp ? { take: false, conflict } : { take: true, value: resolution.value, conflict };
}

function withField(response: Response, key: string, value: unknown): Response {
  if (key.startsWith(MEMBER_ANSWER_PREFIX)) {
    const memberId = key.slice(MEMBER_ANSWER_PREFIX.length);
    const memberAnswers = { ...response.memberAnswers };
    if (value === undefined) delete memberAnswers[memberId];
    else memberAnswers[memberId] = value as Response['memberAnswers'][string];
    return { ...response, memberAnswers };
  }
  if (!(MERGED_RESPONSE_FIELDS as readonly string[]).includes(key)) return response;
  return { ...response, [key]: value };
}

export function mergeAssessment(
  mine: AssessmentBundle,
  theirs: AssessmentBundle,
  base: MergeBase | null,
  options: MergeOptions,
): MergeResult {
  const resolutions = options.resolutions ?? {};
  const assessmentId = mine.assessment.id;
  const conflicts: MergeConflict[] = [];
  const unresolved: MergeConflict[] = [];
  const fieldChanges: IndicatorFieldChange[] = [];
  const responses: Response[] = [];

  const mineByIndicator = new Map(mine.responses.map((response) => [response.indicatorId, response]));
  const theirsByIndicator = new Map(theirs.responses.map((response) => [response.indicatorId, response]));
  const indicatorIds = [...new Set([...mineByIndicator.keys(), ...theirsByIndicator.keys()])].sort();
  for (const indicatorId of indicatorIds) {
    const current = mineByIndicator.get(indicatorId) ?? emptyResponse(assessmentId, indicatorId, options.at);
    const other = theirsByIndicator.get(indicatorId) ?? emptyResponse(assessmentId, indicatorId, options.at);
    const mineValues = responseFieldValues(current);
    const theirValues = responseFieldValues(other);
    let next = current;
    for (const key of [...new Set([...Object.keys(mineValues), ...Object.keys(theirValues)])]) {
      const baseFp = base ? baseFieldFingerprint(base, assessmentId, indicatorId, key) : null;
      const decision = decideField(indicatorId, key, mineValues[key], theirValues[key], baseFp, resolutions);
      if (decision.conflict) conflicts.push(decision.conflict);
      if (decision.unresolved && decision.conflict) unresolved.push(decision.conflict);
      if (decision.take) {
        fieldChanges.push({ indicatorId, field: key, before: mineValues[key] ?? null, after: decision.value ?? null });
        next = withField(next, key, decision.value);
      }
    }
    if (next !== current) {
      responses.push({
        ...next,
        id: current.id,
        assessmentId,
        revision: Math.max(current.revision, other.revision) + 1,
        updatedAt: options.at,
        updatedBy: options.memberId,
      });
    }
  }

  const assessment = mergeRecords('assessment', [mine.assessment], [theirs.assessment], base, resolutions);
  const sources = mergeRecords('source', mine.sources, theirs.sources, base, resolutions);
  const comments = mergeRecords('comment', mine.comments, theirs.comments, base, resolutions);
  const members = mergeRecords('member', mine.members, theirs.members, base, resolutions);
  for (const outcome of [assessment, sources, comments, members]) {
    conflicts.push(...outcome.conflicts);
    unresolved.push(...outcome.unresolved);
  }
  const knownHistory = new Set(mine.history.map((entry) => entry.id));
  const history = theirs.history
    .filter((entry) => !knownHistory.has(entry.id))
    .map(({ seq: _seq, ...entry }) => ({ ...entry, assessmentId }));

  const takenAssessment = assessment.put[0];
  const recordOutcomes = [sources, comments, members];
  const delta = {
    assessment: takenAssessment
      ? { ...takenAssessment, id: assessmentId, createdAt: mine.assessment.createdAt, updatedAt: options.at }
      : null,
    responses,
    sources: sources.put.map((source) => ({ ...source, assessmentId })),
    comments: comments.put.map((comment) => ({ ...comment, assessmentId })),
    members: members.put.map((member) => ({ ...member, assessmentId })),
    deleted: { sources: sources.deleted, comments: comments.deleted, members: members.deleted },
    history,
  };
  const summary = {
    fieldsTaken: fieldChanges.length,
    indicatorsChanged: responses.length,
    recordsAdded: recordOutcomes.reduce((sum, outcome) => sum + outcome.added, 0),
    recordsUpdated: recordOutcomes.reduce((sum, outcome) => sum + outcome.updated, 0) + assessment.updated,
    recordsDeleted: recordOutcomes.reduce((sum, outcome) => sum + outcome.deleted.length, 0),
    historyAdded: history.length,
    conflicts: conflicts.length,
  };
  const changed =
    responses.length > 0 ||
    delta.assessment !== null ||
    summary.recordsAdded + summary.recordsUpdated + summary.recordsDeleted + history.length > 0;
  return { delta, changed, conflicts, unresolved, fieldChanges, summary };
}

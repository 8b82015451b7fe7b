import type { AssessmentBundle } from './merge-types';
import type { Response } from './assessment';
import { emptyResponse } from './assessment';
import { fingerprint } from './merge-canonical';
import { EDITABLE_RESPONSE_FIELDS } from './response-edit';

/**
 * The merge base: what both sides of an exchange last had in common, kept as fingerprints (not
 * values) of every response field and every record.
 *
 * THE RULE (documented in docs/adr/0006-member-exchange-merge.md): every package carries, for
 * each peer the sender has imported from, the base of that peer's package (the receiver's own
 * earlier export, which the sender has merged). The receiver also remembers the base of the last
 * package it imported from each sender. Both are states the two sides provably share; the receiver
 * uses whichever it reached later by its own clock. With neither, there is no base and only
 * fields that one side never filled are taken without asking.
 */

/** The fields of a response that people edit; revision and timestamps are bookkeeping. */
export const MERGED_RESPONSE_FIELDS = EDITABLE_RESPONSE_FIELDS;

/** Member answers merge per member: `memberAnswers.<memberId>`. */
export const MEMBER_ANSWER_PREFIX = 'memberAnswers.';

export type MergeBase = {
  /** indicatorId → field key → fingerprint. */
  readonly responses: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** `${entity}:${id}` → fingerprint, for assessment, sources, comments and members. */
  readonly records: Readonly<Record<string, string>>;
};

/** The editable values of a response by field key, including one key per member answer. */
export function responseFieldValues(response: Response): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of MERGED_RESPONSE_FIELDS) values[field] = response[field];
  for (const [memberId, answer] of Object.entries(response.memberAnswers)) values[`${MEMBER_ANSWER_PREFIX}${memberId}`] = answer;
  return values;
}

export function recordKey(entity: string, id: string): string {
  return `${entity}:${id}`;
}

/**
 * A record's fingerprint. The assessment's updatedAt moves with every answer anyone saves, so it
 * is left out: otherwise each exchange would report the assessment record as changed on both sides.
 */
export function recordFingerprint(entity: string, record: object): string {
  return fingerprint(entity === 'assessment' ? { ...record, updatedAt: undefined } : record);
}

export function mergeBaseOf(bundle: AssessmentBundle): MergeBase {
  const responses: Record<string, Record<string, string>> = {};
  for (const response of bundle.responses) {
    const fields: Record<string, string> = {};
    for (const [key, value] of Object.entries(responseFieldValues(response))) fields[key] = fingerprint(value);
    responses[response.indicatorId] = fields;
  }
  const records: Record<string, string> = {
    [recordKey('assessment', bundle.assessment.id)]: recordFingerprint('assessment', bundle.assessment),
  };
  for (const source of bundle.sources) records[recordKey('source', source.id)] = fingerprint(source);
  for (const comment of bundle.comments) records[recordKey('comment', comment.id)] = fingerprint(comment);
  for (const member of bundle.members) records[recordKey('member', member.id)] = fingerprint(member);
  return { responses, records };
}

/** The fingerprint a field had in the base; an indicator without a row had empty values. */
export function baseFieldFingerprint(base: MergeBase, assessmentId: string, indicatorId: string, key: string): string {
  const fields = base.responses[indicatorId];
  if (fields) return fields[key] ?? fingerprint(undefined);
  const empty = responseFieldValues(emptyResponse(assessmentId, indicatorId, ''));
  return fingerprint(empty[key]);
}

export type BaseCandidate = { readonly base: MergeBase; readonly reachedAt: string };

/** Of the shared states the receiver knows, the one it reached last (both times are its own clock). */
export function latestBase(candidates: readonly (BaseCandidate | undefined)[]): MergeBase | null {
  let best: BaseCandidate | undefined;
  for (const candidate of candidates) {
    if (candidate && (!best || candidate.reachedAt > best.reachedAt)) best = candidate;
  }
  return best?.base ?? null;
}

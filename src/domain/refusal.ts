import type { UntranslatedPlace } from './assessment-printed-texts';
import type { EditRefusal } from './response-edit';

/**
 * Why a write did not happen, as codes the UI translates. Defined once here, in the domain, so the
 * store (which raises them) and i18n (which words them) share one list instead of two copies.
 */

/** A rule refused the write: nothing was written and the user can act on the reason. */
export const REFUSAL_CODES = [
  'conflict',
  'invalid-status-move',
  'reason-required',
  'invalid-answer',
  'locked',
  'missing-assessment',
  'missing-record',
  'invalid-input',
  'in-use',
  'not-validated',
  'untranslated',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export type Refusal =
  | EditRefusal
  /** Someone else changed these fields since the editor saw them (records other than responses). */
  | { readonly code: 'conflict'; readonly fields: readonly string[] }
  | { readonly code: 'locked' }
  | { readonly code: 'missing-assessment' }
  | { readonly code: 'missing-record' }
  | { readonly code: 'invalid-input'; readonly field: string }
  /** A record others still point at (a member named in answers or history) cannot be removed. */
  | { readonly code: 'in-use' }
  /** Publishing needs the government's validation first. */
  | { readonly code: 'not-validated' }
  /** Publishing is refused while a printed text has no checked translation; these are the places. */
  | { readonly code: 'untranslated'; readonly places: readonly UntranslatedPlace[] };

/**
 * A write the rules refused (as opposed to a store failure): the assessment is locked, a reason
 * is missing, someone else changed the same field. Nothing was written; the UI explains `refusal`.
 */
export class CommandRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(`command refused: ${refusal.code}`);
    this.name = 'CommandRefused';
  }
}

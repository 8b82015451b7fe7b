import type { MemberRole, ReviewVerdict, SourceTranslations, SourceType } from './assessment';
import { MEMBER_ROLES, REVIEW_VERDICTS, SOURCE_TYPES } from './assessment';

/**
 * Input checks for sources, comments and members. Each returns the first problem as a field name
 * and a code the UI translates, or null when the input is fine.
 */

/** `Field` is the closed set of fields a check can name, so the UI's message keys are checked by type. */
export type InputProblem<Field extends string = string> = { readonly field: Field; readonly code: 'required' | 'invalid' | 'too-long' };

export const SOURCE_FIELDS = ['type', 'title', 'date', 'url', 'excerpt'] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];
export type CommentField = 'verdict' | 'body' | 'suggestedAnswer';
export type MemberField = 'name' | 'institution' | 'role';

export type SourceInput = {
  readonly type: SourceType;
  readonly title: string;
  readonly section: string;
  readonly date: string;
  readonly url: string;
  readonly excerpt: string;
  /** The other language of the title and section (bilingual-text.ts); absent: leave as stored. */
  readonly translations?: SourceTranslations | undefined;
};

const MAX_TEXT = 20_000;

export function isValidUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A full date (YYYY-MM-DD), a month (YYYY-MM) or a year: laws are often cited by year only. */
export function isValidSourceDate(value: string): boolean {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return false;
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function checkSource(input: SourceInput): InputProblem<SourceField> | null {
  if (!(SOURCE_TYPES as readonly string[]).includes(input.type)) return { field: 'type', code: 'invalid' };
  if (input.title.trim() === '') return { field: 'title', code: 'required' };
  if (input.title.length > 500) return { field: 'title', code: 'too-long' };
  if (input.date.trim() !== '' && !isValidSourceDate(input.date.trim())) return { field: 'date', code: 'invalid' };
  if (input.url.trim() !== '' && !isValidUrl(input.url.trim())) return { field: 'url', code: 'invalid' };
  if (input.excerpt.length > MAX_TEXT) return { field: 'excerpt', code: 'too-long' };
  return null;
}

export type CommentInput = {
  readonly body: string;
  readonly verdict: ReviewVerdict | null;
  readonly suggestedAnswer: string | null;
};

export function checkComment(input: CommentInput, allowedAnswers: readonly string[]): InputProblem<CommentField> | null {
  if (input.verdict !== null && !(REVIEW_VERDICTS as readonly string[]).includes(input.verdict))
    return { field: 'verdict', code: 'invalid' };
  // A plain "agree" needs no words; everything else does.
  if (input.body.trim() === '' && input.verdict !== 'agree') return { field: 'body', code: 'required' };
  if (input.body.length > MAX_TEXT) return { field: 'body', code: 'too-long' };
  if (input.suggestedAnswer !== null && !allowedAnswers.includes(input.suggestedAnswer))
    return { field: 'suggestedAnswer', code: 'invalid' };
  return null;
}

export type MemberInput = { readonly name: string; readonly institution: string; readonly role: MemberRole };

export function checkMember(input: MemberInput): InputProblem<MemberField> | null {
  if (input.name.trim() === '') return { field: 'name', code: 'required' };
  if (input.name.length > 200) return { field: 'name', code: 'too-long' };
  if (input.institution.length > 300) return { field: 'institution', code: 'too-long' };
  if (!(MEMBER_ROLES as readonly string[]).includes(input.role)) return { field: 'role', code: 'invalid' };
  return null;
}

import type { HistoryEntry } from '@/domain/assessment';
import { ASSESSMENT_PHASES, REVIEW_VERDICTS } from '@/domain/assessment';
import type { EditableResponseField } from '@/domain/response-edit';
import { EDITABLE_RESPONSE_FIELDS } from '@/domain/response-edit';
import { DOMAIN_DECISIONS } from '@/domain/validation';
import { isOneOf } from '@/lib/one-of';
import type { Translate } from './keys';

/**
 * A history row as one translated sentence: who did what to which indicator (or to the
 * assessment). Never an internal key: a field this code does not know yet still reads as a
 * sentence ("… changed a detail of D1.2.3"). Framework-free, so screens and tests share it.
 */

export type SentenceContext = {
  /** Strings of the 'people' namespace. */
  readonly t: Translate<'people'>;
  /** Whoever acted, already resolved to a display name. */
  readonly who: string;
  /** A value in words: answer labels, statuses, confidence levels, member names, yes/no. */
  readonly value: (field: string, value: unknown) => string;
  /** A domain's title. */
  readonly domainName: (domainId: string) => string;
  /** A member's name by id (for another member's own answer). */
  readonly memberName: (memberId: string) => string;
};

// The response fields a sentence names in words (each has its key under people:history.fields.*,
// checked by type); a translation, an object of both texts, gets a sentence of its own.
const RESPONSE_FIELDS = EDITABLE_RESPONSE_FIELDS.filter(
  (field): field is Exclude<EditableResponseField, 'translations'> => field !== 'translations',
);
const SOURCE_FIELDS = ['type', 'title', 'section', 'date', 'url', 'excerpt'] as const;
const PROFILE_SECTIONS = ['introduction', 'methodology', 'domainNarratives', 'priorities', 'keyData', 'editing'] as const;
const MEMBER_FIELDS = ['name', 'institution', 'role'] as const;

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

function countOf(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

function changeSentence(ctx: SentenceContext, field: string, what: string, target: string, entry: HistoryEntry): string {
  const { t, who } = ctx;
  const before = ctx.value(field, entry.before);
  const after = ctx.value(field, entry.after);
  if (isEmpty(entry.before)) return t('history.set', { who, what, target, after });
  if (isEmpty(entry.after)) return t('history.cleared', { who, what, target, before });
  return t('history.changed', { who, what, target, before, after });
}

function indicatorSentence(entry: HistoryEntry, ctx: SentenceContext): string {
  const { t, who } = ctx;
  const indicator = entry.indicatorId ?? '';
  const field = entry.field;
  if (field === 'translations') return t('history.translated', { who, indicator });
  if (isOneOf(RESPONSE_FIELDS, field)) return changeSentence(ctx, field, t(`history.fields.${field}`), indicator, entry);
  if (field.startsWith('memberAnswers.')) {
    const member = ctx.memberName(field.slice('memberAnswers.'.length));
    if (isEmpty(entry.after)) return t('history.memberAnswerRemoved', { who, member, indicator });
    return t('history.memberAnswer', { who, member, indicator, after: ctx.value('memberAnswer', entry.after) });
  }
  if (field === 'source.added') return t('history.sourceAdded', { who, indicator, title: String(entry.after ?? '') });
  if (field === 'source.removed') return t('history.sourceRemoved', { who, indicator, title: String(entry.before ?? '') });
  const sourceField = field.startsWith('source.') ? field.slice(7) : null;
  if (isOneOf(SOURCE_FIELDS, sourceField)) return changeSentence(ctx, field, t(`history.sourceFields.${sourceField}`), indicator, entry);
  if (field === 'comment.added') return t('history.commentAdded', { who, indicator });
  if (field === 'comment.resolved')
    return t(entry.after === true ? 'history.commentResolved' : 'history.commentReopened', { who, indicator });
  if (field.startsWith('review.')) {
    const verdict = field.slice(7);
    return t('history.review', {
      who,
      indicator,
      verdict: t(isOneOf(REVIEW_VERDICTS, verdict) ? `history.verdicts.${verdict}` : 'history.verdicts.other'),
    });
  }
  return t('history.otherIndicator', { who, indicator });
}

function assessmentSentence(entry: HistoryEntry, ctx: SentenceContext): string {
  const { t, who } = ctx;
  const field = entry.field;
  const phase = (value: unknown) => (isOneOf(ASSESSMENT_PHASES, value) ? t(`common:phases.${value}`) : t('history.unknownPhase'));
  if (field === 'created') return t('history.created', { who });
  if (field === 'phase') {
    if (entry.after === 'validated') return t('history.locked', { who });
    if ((entry.before === 'validated' || entry.before === 'published') && entry.after !== 'published')
      return t('history.reopened', { who, phase: phase(entry.after) });
    return t('history.phase', { who, before: phase(entry.before), after: phase(entry.after) });
  }
  if (field === 'validation.meeting') {
    const meeting = (entry.after ?? entry.before) as { date?: unknown; place?: unknown } | null;
    // The date in words (ctx.value): an ISO date in a sentence reads as month/day to some, day/month to others.
    const values = { who, date: ctx.value('meetingDate', meeting?.date ?? ''), place: String(meeting?.place ?? '') };
    return entry.after === null && entry.before !== null ? t('history.meetingRemoved', values) : t('history.meeting', values);
  }
  if (field.startsWith('validation.decision.')) {
    const after = entry.after as { decision?: unknown; reservations?: unknown } | null;
    const chosen = after?.decision;
    const decision = isOneOf(DOMAIN_DECISIONS, chosen) ? t(`decisions.${chosen}`) : t('decisions.other');
    const domain = ctx.domainName(field.slice('validation.decision.'.length));
    const reservations = typeof after?.reservations === 'string' ? after.reservations : '';
    return reservations
      ? t('history.decisionWithReservations', { who, domain, decision, reservations })
      : t('history.decision', { who, domain, decision });
  }
  if (field.startsWith('validation.reservations.'))
    return t('history.reservationsEdited', { who, domain: ctx.domainName(field.slice('validation.reservations.'.length)) });
  if (field === 'validation.decisions') return t('history.decisionsWithdrawn', { who, count: countOf(entry.before) });
  if (field === 'validation.lockReservations') {
    const reservations = Array.isArray(entry.after) ? (entry.after as { indicatorIds?: unknown }[]) : [];
    const ids = reservations.flatMap((r) => (Array.isArray(r.indicatorIds) ? r.indicatorIds.map(String) : []));
    return t('history.lockReservations', { who, count: ids.length, ids: ids.join(t('listSeparator')) });
  }
  if (field.startsWith('profile:')) {
    const sections = field
      .slice('profile:'.length)
      .split(',')
      .filter((s) => isOneOf(PROFILE_SECTIONS, s));
    return t('history.profile', {
      who,
      sections: sections.map((s) => t(`history.profileSections.${s}`)).join(t('listSeparator')) || t('history.profileSections.other'),
    });
  }
  if (field === 'exchange-import')
    return t('history.packageImported', {
      who,
      sender: ctx.memberName(String((entry.after as { senderMemberId?: unknown } | null)?.senderMemberId ?? '')),
    });
  if (field === 'exchange-merge')
    return t('history.packageMerged', {
      who,
      sender: ctx.memberName(String((entry.after as { senderMemberId?: unknown } | null)?.senderMemberId ?? '')),
    });
  if (field === 'snapshot-restored') return t('history.snapshotRestored', { who });
  return t('history.otherAssessment', { who });
}

function memberSentence(entry: HistoryEntry, ctx: SentenceContext): string {
  const { t, who } = ctx;
  const field = entry.field;
  const name = ctx.memberName(entry.entityId);
  if (field === 'member.added') return t('history.memberAdded', { who, name: String(entry.after ?? name) });
  if (field === 'member.retired') return t(entry.after === true ? 'history.memberRetired' : 'history.memberRestored', { who, name });
  if (field === 'member.name')
    return t('history.memberRenamed', { who, before: String(entry.before ?? ''), after: String(entry.after ?? '') });
  const memberField = field.startsWith('member.') ? field.slice(7) : null;
  if (isOneOf(MEMBER_FIELDS, memberField))
    return changeSentence(ctx, field, t(`history.memberFields.${memberField}`, { name }), name, entry);
  return t('history.otherMember', { who, name });
}

export function historySentence(entry: HistoryEntry, ctx: SentenceContext): string {
  const sentence =
    entry.entity === 'member'
      ? memberSentence(entry, ctx)
      : entry.indicatorId
        ? indicatorSentence(entry, ctx)
        : assessmentSentence(entry, ctx);
  // Known reason codes read as words; free-text reasons are the user's own and shown as written.
  if (entry.reason === 'exchange-merge') return `${sentence} ${ctx.t('history.viaMerge')}`;
  return sentence;
}

/** The reason to show next to a sentence: the user's words, or nothing for a code already said in words. */
export function historyReason(entry: HistoryEntry): string {
  return entry.reason === 'exchange-merge' ? '' : entry.reason;
}

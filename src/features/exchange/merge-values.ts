import type { Catalogue } from '@/domain/catalogue';
import type { Locale } from '@/domain/localized-text';
import { localize } from '@/domain/localized-text';
import { MEMBER_ANSWER_PREFIX } from '@/domain/merge-base';
import type { KeyMap, Translate } from '@/i18n/keys';
import { keyFor } from '@/i18n/keys';
import { ASSESSMENT_PHASES } from '@/domain/assessment';
import { isOneOf } from '@/lib/one-of';

type TFunction = Translate<'exchange'>;

/** Field names come from packages (an open set); the ones with words, each checked by type. */
const FIELD_LABELS: KeyMap<
  | 'answer'
  | 'notApplicable'
  | 'notApplicableReason'
  | 'justification'
  | 'confidence'
  | 'status'
  | 'assigneeId'
  | 'agreedRationale'
  | 'dissent'
  | 'translations',
  'exchange'
> = {
  answer: 'fields.answer',
  notApplicable: 'fields.notApplicable',
  notApplicableReason: 'fields.notApplicableReason',
  justification: 'fields.justification',
  confidence: 'fields.confidence',
  status: 'fields.status',
  assigneeId: 'fields.assigneeId',
  agreedRationale: 'fields.agreedRationale',
  dissent: 'fields.dissent',
  translations: 'fields.translations',
};

/**
 * Turns merged values into text a person can compare. Everything is returned as plain strings and
 * rendered by React as text: a package's HTML or script payloads can never become markup, and
 * URLs are never rendered as links here.
 */

export function indicatorLabel(indicatorId: string, catalogue: Catalogue | undefined, locale: Locale): string {
  const indicator = catalogue?.indicators.find((candidate) => candidate.id === indicatorId);
  return indicator ? `${indicatorId} — ${localize(indicator.question, locale)}` : indicatorId;
}

export function fieldLabel(field: string, t: TFunction): string {
  if (field.startsWith(MEMBER_ANSWER_PREFIX)) return t('fields.memberAnswer', { member: field.slice(MEMBER_ANSWER_PREFIX.length) });
  const key = keyFor(FIELD_LABELS, field);
  return key ? t(key) : field;
}

function answerLabel(value: string, indicatorId: string | null, catalogue: Catalogue | undefined, locale: Locale): string {
  const option = catalogue?.indicators
    .find((candidate) => candidate.id === indicatorId)
    ?.scale.options.find((candidate) => candidate.value === value);
  return option ? localize(option.label, locale) : value;
}

export function displayValue(
  value: unknown,
  t: TFunction,
  context: { indicatorId: string | null; field: string; catalogue: Catalogue | undefined; locale: Locale },
): string {
  if (value === null || value === undefined || value === '') return t('values.empty');
  if (typeof value === 'boolean') return value ? t('values.yes') : t('values.no');
  if (typeof value === 'string')
    return context.field === 'answer' ? answerLabel(value, context.indicatorId, context.catalogue, context.locale) : value;
  if (typeof value === 'number') return String(value);
  if (context.field === 'translations' && typeof value === 'object') {
    // The other language of the justification and the not-applicable reason, as the member wrote it.
    const texts = Object.values(value as Record<string, { other?: unknown } | undefined>).map((text) =>
      typeof text?.other === 'string' ? text.other : '',
    );
    const shown = texts.filter((text) => text.trim() !== '').join(' / ');
    return shown === '' ? t('values.empty') : shown;
  }
  if (typeof value === 'object' && 'answer' in value) {
    const { answer, note } = value as { answer: unknown; note: unknown };
    const shown =
      typeof answer === 'string' ? answerLabel(answer, context.indicatorId, context.catalogue, context.locale) : t('values.empty');
    return typeof note === 'string' && note !== '' ? `${shown} — ${note}` : shown;
  }
  return JSON.stringify(value);
}

/** A one-line description of a whole record (source, comment, member, assessment) for record conflicts. */
export function recordSummary(entity: string, record: Record<string, unknown>, t: TFunction): string {
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : '');
  switch (entity) {
    case 'source':
      return [text('title'), text('section'), text('url')].filter(Boolean).join(' — ');
    case 'comment':
      return text('body');
    case 'member':
      return [text('name'), text('institution')].filter(Boolean).join(' — ');
    default:
      return t('values.assessmentRecord', {
        phase: isOneOf(ASSESSMENT_PHASES, record.phase) ? t(`common:phases.${record.phase}`) : text('phase'),
        year: String(record.year ?? ''),
      });
  }
}

import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { DayMonthYearField } from '@/components/ui/day-month-year-field';
import { Field } from '@/components/ui/field';
import { removeValidationMeeting, saveValidationMeeting } from '@/db/validation-commands';
import type { MeetingFormat, ValidationMeeting } from '@/domain/validation';
import { MEETING_FORMATS } from '@/domain/validation';
import { meetingIssues, normaliseMeeting } from '@/domain/validation-meetings';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { notify } from '@/state/ui-store';
import { dayMonthYearText, parseDayMonthYear } from '@/lib/day-month-year';
import { failureWording, issuesByField, localToday } from './issue-text';
import { wordingIn } from '@/i18n/wording';
import type { ValidationIssue } from '@/domain/validation';

type Props = {
  readonly assessmentId: string;
  readonly saved: ValidationMeeting | null;
  readonly memberId: string | null;
  readonly disabled: boolean;
  /** Which meeting of the record: 0 is the first; one past the last adds a meeting. */
  readonly index: number;
  /** How many meetings the record will show: the heading numbers them when there is more than one. */
  readonly count: number;
  /** After a save or removal (or a cancelled addition), so the page can close an "add" form. */
  readonly onDone?: (() => void) | undefined;
};

const EMPTY_PARTICIPANT = { ministry: '', official: '', government: '' };

export function MeetingForm({ assessmentId, saved, memberId, disabled, index, count, onDone }: Props) {
  const { t, locale } = useT('validation');
  const headingId = useId();
  const [form, setForm] = useState<ValidationMeeting>(() => saved ?? { date: '', place: '', participants: [{ ...EMPTY_PARTICIPANT }] });
  const [dateText, setDateText] = useState(() => dayMonthYearText(saved?.date ?? ''));
  // The rule issues, worded at render: their messages follow a language switch.
  const [issuesShown, setIssuesShown] = useState<readonly ValidationIssue[]>([]);
  const errors = issuesByField(issuesShown, t);
  const [busy, setBusy] = useState(false);

  const setParticipant = (index: number, key: 'ministry' | 'official' | 'government', value: string) =>
    setForm((current) => ({ ...current, participants: current.participants.map((p, i) => (i === index ? { ...p, [key]: value } : p)) }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseDayMonthYear(dateText);
    // A text that is no date is kept as typed, so the rule below names it invalid (not missing).
    const meeting = normaliseMeeting({ ...form, date: 'iso' in parsed ? parsed.iso : dateText.trim() });
    const issues = meetingIssues(meeting, localToday());
    setIssuesShown(issues);
    if (issues.length > 0) return;
    setBusy(true);
    try {
      const stored = await saveValidationMeeting(assessmentId, meeting, memberId, localToday(), index);
      setForm({ ...stored, participants: stored.participants.length > 0 ? stored.participants : [{ ...EMPTY_PARTICIPANT }] });
      notify('success', wordingIn('validation', 'meeting.saved'));
      onDone?.();
    } catch (error) {
      notify('error', failureWording(error));
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setBusy(true);
    try {
      await removeValidationMeeting(assessmentId, index, memberId);
      notify('success', wordingIn('validation', 'meeting.removed'));
      onDone?.();
    } catch (error) {
      notify('error', failureWording(error));
      setBusy(false);
    }
  }

  const stored = saved !== null;
  return (
    <form
      className="card form-grid"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby={headingId}
      data-testid="meeting-form"
      data-meeting-index={index}
    >
      <h2 id={headingId}>{count > 1 ? t('meeting.headingNumbered', { number: formatNumber(index + 1, locale) }) : t('meeting.heading')}</h2>
      <fieldset className="validation-fieldset" disabled={disabled || busy}>
        <DayMonthYearField label={t('meeting.date')} error={errors.date} text={dateText} onText={setDateText} />
        <Field label={t('meeting.place')} error={errors.place}>
          {(control) => <input {...control} type="text" value={form.place} onChange={(e) => setForm({ ...form, place: e.target.value })} />}
        </Field>
        <Field label={t('meeting.format')}>
          {(control) => (
            <select
              {...control}
              value={form.format ?? ''}
              onChange={(e) => setForm({ ...form, format: (e.target.value || undefined) as MeetingFormat | undefined })}
            >
              <option value="">{t('meeting.formatNotSaid')}</option>
              {MEETING_FORMATS.map((format) => (
                <option key={format} value={format}>
                  {t(`meeting.formats.${format}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="field">
          <legend>{t('meeting.participants')}</legend>
          {errors.participants && (
            <span className="field__error" role="alert">
              {errors.participants}
            </span>
          )}
          {form.participants.map((participant, index) => (
            <div className="participant-row" key={index}>
              <Field
                label={t('meeting.ministry', { number: formatNumber(index + 1, locale) })}
                error={errors[`participants.${index}.ministry`]}
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    value={participant.ministry}
                    onChange={(e) => setParticipant(index, 'ministry', e.target.value)}
                  />
                )}
              </Field>
              <Field
                label={t('meeting.government', { number: formatNumber(index + 1, locale) })}
                error={errors[`participants.${index}.government`]}
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    value={participant.government ?? ''}
                    onChange={(e) => setParticipant(index, 'government', e.target.value)}
                  />
                )}
              </Field>
              <Field
                label={t('meeting.official', { number: formatNumber(index + 1, locale) })}
                error={errors[`participants.${index}.official`]}
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    value={participant.official}
                    onChange={(e) => setParticipant(index, 'official', e.target.value)}
                  />
                )}
              </Field>
              {form.participants.length > 1 && (
                <button
                  type="button"
                  className="button button--danger"
                  onClick={() => setForm({ ...form, participants: form.participants.filter((_, i) => i !== index) })}
                >
                  {t('meeting.removeParticipant', { number: formatNumber(index + 1, locale) })}
                </button>
              )}
            </div>
          ))}
          <div>
            <button
              type="button"
              className="button"
              onClick={() => setForm({ ...form, participants: [...form.participants, { ...EMPTY_PARTICIPANT }] })}
            >
              {t('meeting.addParticipant')}
            </button>
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {t('meeting.save')}
          </button>
          {index > 0 && stored && (
            <button type="button" className="button button--danger" onClick={() => void remove()}>
              {t('meeting.remove', { number: formatNumber(index + 1, locale) })}
            </button>
          )}
          {!stored && index > 0 && onDone && (
            <button type="button" className="button" onClick={onDone}>
              {t('meeting.cancelAdd')}
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}

import type { ValidationIssue, ValidationMeeting, ValidationRecord } from './validation';
import { MAX_MEETINGS, MAX_NAME_LENGTH, MAX_PARTICIPANTS, MAX_PLACE_LENGTH } from './validation';

/**
 * The meetings of a validation (validation.ts): the first meeting and the ones that followed it,
 * each checked before it is recorded (a real date not in the future, a place, participants).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Trims every text and drops participant rows left completely empty by the form. */
export function normaliseMeeting(meeting: ValidationMeeting): ValidationMeeting {
  return {
    date: meeting.date.trim(),
    place: meeting.place.trim(),
    ...(meeting.format ? { format: meeting.format } : {}),
    participants: meeting.participants
      .map((p) => ({
        ministry: p.ministry.trim(),
        official: p.official.trim(),
        ...(p.government?.trim() ? { government: p.government.trim() } : {}),
      }))
      .filter((p) => p.ministry !== '' || p.official !== ''),
  };
}

/** `today` is YYYY-MM-DD in the user's calendar: a meeting cannot be recorded before it happened. */
export function meetingIssues(meeting: ValidationMeeting, today: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (meeting.date === '') issues.push({ field: 'date', code: 'required' });
  else if (!isCalendarDate(meeting.date)) issues.push({ field: 'date', code: 'invalid-date' });
  else if (meeting.date > today) issues.push({ field: 'date', code: 'future-date' });
  if (meeting.place === '') issues.push({ field: 'place', code: 'required' });
  else if (meeting.place.length > MAX_PLACE_LENGTH) issues.push({ field: 'place', code: 'too-long' });
  if (meeting.participants.length === 0) issues.push({ field: 'participants', code: 'no-participants' });
  if (meeting.participants.length > MAX_PARTICIPANTS) issues.push({ field: 'participants', code: 'too-many' });
  meeting.participants.forEach((participant, index) => {
    if (participant.ministry === '') issues.push({ field: `participants.${index}.ministry`, code: 'required' });
    if (participant.ministry.length > MAX_NAME_LENGTH) issues.push({ field: `participants.${index}.ministry`, code: 'too-long' });
    if (participant.official.length > MAX_NAME_LENGTH) issues.push({ field: `participants.${index}.official`, code: 'too-long' });
    if ((participant.government ?? '').length > MAX_NAME_LENGTH)
      issues.push({ field: `participants.${index}.government`, code: 'too-long' });
  });
  return issues;
}

/** Every meeting of the record, the first one first; [] when none is recorded. */
export function recordMeetings(record: Pick<ValidationRecord, 'meeting' | 'moreMeetings'> | undefined | null): ValidationMeeting[] {
  if (!record?.meeting) return [];
  return [record.meeting, ...(record.moreMeetings ?? [])];
}

/**
 * The record with the meeting at `index` (0 is the first) replaced, or appended when `index` is
 * one past the last; a meeting cannot be added before the first one exists, nor leave a gap.
 */
export function withMeeting(record: ValidationRecord, index: number, meeting: ValidationMeeting): ValidationRecord | ValidationIssue[] {
  const meetings = recordMeetings(record);
  if (!Number.isInteger(index) || index < 0 || index > meetings.length) return [{ field: 'meeting', code: 'meeting-missing' }];
  if (index === meetings.length && meetings.length >= MAX_MEETINGS) return [{ field: 'meeting', code: 'too-many' }];
  const next = [...meetings];
  next[index] = meeting;
  return withMeetings(record, next);
}

/** The record without the meeting at `index`; the first one stays while others follow it. */
export function withoutMeeting(record: ValidationRecord, index: number): ValidationRecord | ValidationIssue[] {
  const meetings = recordMeetings(record);
  if (!Number.isInteger(index) || index < 1 || index >= meetings.length) return [{ field: 'meeting', code: 'meeting-missing' }];
  return withMeetings(
    record,
    meetings.filter((_, i) => i !== index),
  );
}

function withMeetings(record: ValidationRecord, meetings: ValidationMeeting[]): ValidationRecord {
  const { moreMeetings: _dropped, ...rest } = record;
  const [first = null, ...more] = meetings;
  return { ...rest, meeting: first, ...(more.length > 0 ? { moreMeetings: more } : {}) };
}

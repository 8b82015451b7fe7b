import { describe, expect, it } from 'vitest';
import { AssessmentSchema, ValidationRecordSchema } from '@/domain/assessment-schemas';
import type { DomainDecision, ValidationMeeting, ValidationRecord } from '@/domain/validation';
import {
  decisionIssues,
  emptyValidationRecord,
  lockIssues,
  reopenedRecord,
  reopenIssues,
  validationProgress,
  withDecision,
} from '@/domain/validation';
import { meetingIssues, normaliseMeeting } from '@/domain/validation-meetings';

const DOMAINS = ['D1', 'D2', 'D3'];
const meeting: ValidationMeeting = {
  date: '2026-10-14',
  place: 'Ministry of Interior, Amman',
  participants: [{ ministry: 'Ministry of Interior', official: 'Director of Migration' }],
};

function decision(domainId: string, kind: DomainDecision['decision'], reservations = ''): DomainDecision {
  return { domainId, decision: kind, reservations, decidedAt: '2026-10-14T10:00:00.000Z', decidedBy: null };
}

function record(decisions: DomainDecision[], withMeeting = true): ValidationRecord {
  return { meeting: withMeeting ? meeting : null, decisions, lockedAt: null };
}

describe('validation meeting', () => {
  it('accepts a complete meeting held today or earlier', () => {
    expect(meetingIssues(meeting, '2026-10-14')).toEqual([]);
  });

  it('names each missing or wrong field', () => {
    const issues = meetingIssues({ date: '2026-02-30', place: '', participants: [{ ministry: '', official: 'x' }] }, '2026-12-31');
    expect(issues).toEqual([
      { field: 'date', code: 'invalid-date' },
      { field: 'place', code: 'required' },
      { field: 'participants.0.ministry', code: 'required' },
    ]);
    expect(meetingIssues({ ...meeting, date: '2026-10-15' }, '2026-10-14')).toEqual([{ field: 'date', code: 'future-date' }]);
    expect(meetingIssues({ ...meeting, participants: [] }, '2026-10-14')).toEqual([{ field: 'participants', code: 'no-participants' }]);
  });

  it('drops empty participant rows and trims text before checking', () => {
    const normalised = normaliseMeeting({
      date: ' 2026-10-14 ',
      place: ' Amman ',
      participants: [
        { ministry: ' MoI ', official: '' },
        { ministry: ' ', official: '' },
      ],
    });
    expect(normalised).toEqual({ date: '2026-10-14', place: 'Amman', participants: [{ ministry: 'MoI', official: '' }] });
  });
});

describe('domain decisions', () => {
  it('requires the reservations text unless the domain is validated outright', () => {
    expect(decisionIssues({ domainId: 'D1', decision: 'validated', reservations: '' }, DOMAINS)).toEqual([]);
    expect(decisionIssues({ domainId: 'D1', decision: 'validated-with-reservations', reservations: '  ' }, DOMAINS)).toEqual([
      { field: 'reservations', code: 'reservations-required' },
    ]);
    expect(decisionIssues({ domainId: 'D1', decision: 'not-validated', reservations: '' }, DOMAINS)).toEqual([
      { field: 'reservations', code: 'reservations-required' },
    ]);
    expect(decisionIssues({ domainId: 'D9', decision: 'validated', reservations: '' }, DOMAINS)).toEqual([
      { field: 'domainId', code: 'unknown-domain' },
    ]);
  });

  it('keeps one decision per domain, in catalogue order, replacing a changed mind', () => {
    let current = emptyValidationRecord();
    current = withDecision(current, decision('D3', 'validated'), DOMAINS);
    current = withDecision(current, decision('D1', 'not-validated', 'numbers disputed'), DOMAINS);
    current = withDecision(current, decision('D1', 'validated-with-reservations', ' wording of 1.2 '), DOMAINS);
    expect(current.decisions.map((d) => [d.domainId, d.decision, d.reservations])).toEqual([
      ['D1', 'validated-with-reservations', 'wording of 1.2'],
      ['D3', 'validated', ''],
    ]);
    expect(validationProgress(current, DOMAINS)).toEqual({
      decided: 2,
      total: 3,
      undecided: ['D2'],
      notValidated: [],
      withReservations: ['D1'],
    });
  });
});

describe('locking and reopening', () => {
  it('locks only with a meeting and every domain validated, with or without reservations', () => {
    const all = [decision('D1', 'validated'), decision('D2', 'validated-with-reservations', 'x'), decision('D3', 'validated')];
    expect(lockIssues({ phase: 'consultation', validation: record(all) }, DOMAINS)).toEqual([]);
    expect(lockIssues({ phase: 'consultation', validation: record(all, false) }, DOMAINS)).toEqual([
      { field: 'meeting', code: 'meeting-missing' },
    ]);
    expect(lockIssues({ phase: 'consultation', validation: record(all.slice(0, 2)) }, DOMAINS)).toEqual([
      { field: 'decisions', code: 'domains-undecided' },
    ]);
    const refused = [...all.slice(0, 2), decision('D3', 'not-validated', 'no')];
    expect(lockIssues({ phase: 'consultation', validation: record(refused) }, DOMAINS)).toEqual([
      { field: 'decisions', code: 'domains-not-validated' },
    ]);
    expect(lockIssues({ phase: 'validated', validation: record(all) }, DOMAINS)).toEqual([{ field: 'phase', code: 'locked' }]);
  });

  it('reopens only a locked assessment, and only with a reason', () => {
    expect(reopenIssues({ phase: 'validated' }, 'Ministry of Labour sent new data')).toEqual([]);
    expect(reopenIssues({ phase: 'published' }, ' ')).toEqual([{ field: 'reason', code: 'reason-required' }]);
    expect(reopenIssues({ phase: 'consultation' }, 'x')).toEqual([{ field: 'phase', code: 'not-locked' }]);
  });

  it('withdraws the decisions on reopening but keeps the meeting', () => {
    const reopened = reopenedRecord({ ...record([decision('D1', 'validated')]), lockedAt: '2026-10-14T12:00:00.000Z' });
    expect(reopened).toEqual({ meeting, decisions: [], lockedAt: null });
  });
});

describe('stored shape', () => {
  it('validates the record at trust boundaries and rejects unknown decisions', () => {
    const stored = { ...record([decision('D1', 'validated')]), lockedAt: null };
    expect(ValidationRecordSchema.safeParse(stored).success).toBe(true);
    expect(
      ValidationRecordSchema.safeParse({ ...stored, decisions: [{ ...decision('D1', 'validated'), decision: 'maybe' }] }).success,
    ).toBe(false);
    const assessment = {
      id: 'a',
      frameworkId: 'mgi-national',
      catalogueVersion: '1.0.0',
      level: 'national',
      countryCode: 'JO',
      round: 1,
      year: 2026,
      previousAssessmentId: null,
      phase: 'validated',
      isDemo: false,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    expect(AssessmentSchema.safeParse(assessment).success).toBe(true);
    expect(AssessmentSchema.safeParse({ ...assessment, validation: stored }).success).toBe(true);
  });
});

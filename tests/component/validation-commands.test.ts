import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAssessment } from '@/db/commands';
import { db } from '@/db/db';
import { getAssessmentBundle } from '@/db/queries';
import {
  lockAsValidated,
  recordDomainDecision,
  removeValidationMeeting,
  reopenAssessment,
  saveValidationMeeting,
} from '@/db/validation-commands';
import { emptyResponse, responseId } from '@/domain/assessment';
import { isAssessmentLocked } from '@/domain/assessment-lock';
import { ValidationRuleViolation } from '@/domain/validation';

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(db.tables.map((table) => table.clear()));
});

const DOMAINS = ['D1', 'D2'];
const SCOPE = {
  domainIds: DOMAINS,
  indicators: [
    { id: 'A1', domainId: 'D1' },
    { id: 'A2', domainId: 'D2' },
  ],
};
const agreed = (id: string, indicatorId: string) => ({
  ...emptyResponse(id, indicatorId, '2026-10-01T00:00:00.000Z'),
  status: 'agreed' as const,
  answer: 'yes',
});
const TODAY = '2026-10-20';
const meeting = { date: '2026-10-14', place: 'Amman', participants: [{ ministry: 'Ministry of Interior', official: 'Director' }] };

async function newAssessment() {
  return createAssessment(
    {
      frameworkId: 'fixture',
      catalogueVersion: '1.0.0',
      level: 'national',
      countryCode: 'JO',
      round: 1,
      year: 2026,
      previousAssessmentId: null,
      phase: 'consultation',
      isDemo: false,
    },
    null,
  );
}

async function dump() {
  return Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)));
}

describe('validation commands', () => {
  it('keeps several meetings in order, each with its own date, place and format, through a reopening', async () => {
    const { id } = await newAssessment();
    const regional = {
      date: '2026-10-16',
      place: 'Erbil',
      format: 'in-person' as const,
      participants: [{ ministry: 'Ministry of Interior', government: 'Kurdistan Regional Government', official: 'Deputy Minister' }],
    };
    await expect(saveValidationMeeting(id, regional, 'm1', TODAY, 1)).rejects.toMatchObject({ issues: [{ code: 'meeting-missing' }] });
    await saveValidationMeeting(id, meeting, 'm1', TODAY);
    await saveValidationMeeting(id, regional, 'm1', TODAY, 1);
    await saveValidationMeeting(id, { ...regional, place: 'Duhok', format: 'online' }, 'm1', TODAY, 2);
    await saveValidationMeeting(id, { ...regional, place: 'Erbil, Council of Ministers' }, 'm1', TODAY, 1);
    let validation = (await getAssessmentBundle(id))!.assessment.validation;
    expect([validation?.meeting?.place, ...(validation?.moreMeetings ?? []).map((m) => `${m.place} ${m.format}`)]).toEqual([
      'Amman',
      'Erbil, Council of Ministers in-person',
      'Duhok online',
    ]);
    await expect(removeValidationMeeting(id, 0, 'm1')).rejects.toMatchObject({ issues: [{ code: 'meeting-missing' }] });
    await removeValidationMeeting(id, 1, 'm2');
    validation = (await getAssessmentBundle(id))!.assessment.validation;
    expect(validation?.moreMeetings?.map((m) => m.place)).toEqual(['Duhok']);
    const rows = (await getAssessmentBundle(id))!.history.filter((h) => h.field === 'validation.meeting');
    expect(
      rows.map((h) => [
        h.memberId,
        (h.before as { place?: string } | null)?.place ?? null,
        (h.after as { place?: string } | null)?.place ?? null,
      ]),
    ).toEqual([
      ['m1', null, 'Amman'],
      ['m1', null, 'Erbil'],
      ['m1', null, 'Duhok'],
      ['m1', 'Erbil', 'Erbil, Council of Ministers'],
      ['m2', 'Erbil, Council of Ministers', null],
    ]);
    await db.responses.bulkPut([agreed(id, 'A1'), agreed(id, 'A2')]);
    for (const domainId of DOMAINS) await recordDomainDecision(id, { domainId, decision: 'validated', reservations: '' }, DOMAINS, 'm1');
    await lockAsValidated(id, SCOPE, 'validated', 'm1');
    await reopenAssessment(id, 'New law', 'm1');
    expect((await getAssessmentBundle(id))!.assessment.validation?.moreMeetings?.map((m) => m.place)).toEqual(['Duhok']);
  });

  it('records the meeting and decisions, locks, and reopens with a reason kept in history', async () => {
    const { id } = await newAssessment();
    await db.responses.bulkPut([agreed(id, 'A1'), agreed(id, 'A2')]);
    await saveValidationMeeting(id, meeting, 'm1', TODAY);
    await recordDomainDecision(id, { domainId: 'D1', decision: 'validated', reservations: '' }, DOMAINS, 'm1');
    await recordDomainDecision(
      id,
      { domainId: 'D2', decision: 'validated-with-reservations', reservations: 'Labour data from 2024' },
      DOMAINS,
      'm1',
    );
    await lockAsValidated(id, SCOPE, 'validated', 'm1');
    let bundle = await getAssessmentBundle(id);
    expect(bundle?.assessment.phase).toBe('validated');
    expect(isAssessmentLocked(bundle!.assessment)).toBe(true);
    expect(bundle?.assessment.validation?.decisions.map((d) => d.reservations)).toEqual(['', 'Labour data from 2024']);
    expect(bundle?.assessment.validation).toMatchObject({ lockedBy: 'm1', lockKind: 'validated', lockReservations: [] });

    await reopenAssessment(id, '  New labour law adopted  ', 'm2');
    bundle = await getAssessmentBundle(id);
    expect(bundle?.assessment.phase).toBe('consultation');
    expect(bundle?.assessment.validation).toEqual({ meeting, decisions: [], lockedAt: null });
    expect(bundle!.history.filter((h) => h.field === 'phase').map((h) => h.memberId)).toEqual(['m1', 'm2']);
    const phaseChanges = bundle!.history.filter((h) => h.field === 'phase');
    expect(phaseChanges.map((h) => [h.before, h.after, h.reason, h.entity])).toEqual([
      ['consultation', 'validated', '', 'assessment'],
      ['validated', 'consultation', 'New labour law adopted', 'assessment'],
    ]);
    expect(bundle!.history.find((h) => h.field === 'validation.decisions')?.before).toHaveLength(2);
  });

  it('marks agreed answers validated on lock and back to agreed on reopening, with revisions and history', async () => {
    const { id } = await newAssessment();
    const at = '2026-10-01T00:00:00.000Z';
    await db.responses.bulkPut([
      { ...emptyResponse(id, 'A1', at), status: 'agreed', answer: 'yes', revision: 3 },
      { ...emptyResponse(id, 'A2', at), status: 'draft', answer: 'no', revision: 1 },
    ]);
    await saveValidationMeeting(id, meeting, 'm1', TODAY);
    for (const domainId of DOMAINS) await recordDomainDecision(id, { domainId, decision: 'validated', reservations: '' }, DOMAINS, 'm1');
    await lockAsValidated(id, SCOPE, 'validated-with-reservations', 'm1');
    expect(await db.responses.get(responseId(id, 'A1'))).toMatchObject({ status: 'validated', revision: 4, updatedBy: 'm1' });
    expect(await db.responses.get(responseId(id, 'A2'))).toMatchObject({ status: 'draft', revision: 1 });
    await reopenAssessment(id, 'New data', 'm2');
    expect(await db.responses.get(responseId(id, 'A1'))).toMatchObject({ status: 'agreed', revision: 5 });
    const statusRows = (await getAssessmentBundle(id))!.history.filter((h) => h.entity === 'response' && h.field === 'status');
    expect(statusRows.map((h) => [h.indicatorId, h.before, h.after, h.reason])).toEqual([
      ['A1', 'agreed', 'validated', ''],
      ['A1', 'validated', 'agreed', 'New data'],
    ]);
  });

  it('refuses to lock while a domain is undecided or not validated, and changes nothing', async () => {
    const { id } = await newAssessment();
    await saveValidationMeeting(id, meeting, 'm1', TODAY);
    await recordDomainDecision(id, { domainId: 'D1', decision: 'not-validated', reservations: 'Disputed' }, DOMAINS, 'm1');
    const before = await dump();
    await expect(lockAsValidated(id, SCOPE, 'validated', 'm1')).rejects.toBeInstanceOf(ValidationRuleViolation);
    await expect(lockAsValidated(id, SCOPE, 'validated', 'm1')).rejects.toMatchObject({
      issues: [{ code: 'domains-undecided' }, { code: 'domains-not-validated' }],
    });
    expect(await dump()).toEqual(before);
  });

  it('refuses edits while locked, a reopening without a reason, and a bad meeting', async () => {
    const { id } = await newAssessment();
    await db.responses.bulkPut([agreed(id, 'A1'), agreed(id, 'A2')]);
    await expect(saveValidationMeeting(id, { ...meeting, date: '2026-10-21' }, 'm1', TODAY)).rejects.toMatchObject({
      issues: [{ field: 'date', code: 'future-date' }],
    });
    await saveValidationMeeting(id, meeting, 'm1', TODAY);
    for (const domainId of DOMAINS) await recordDomainDecision(id, { domainId, decision: 'validated', reservations: '' }, DOMAINS, 'm1');
    await lockAsValidated(id, SCOPE, 'validated', 'm1');
    const before = await dump();
    await expect(
      recordDomainDecision(id, { domainId: 'D1', decision: 'not-validated', reservations: 'x' }, DOMAINS, 'm1'),
    ).rejects.toMatchObject({ issues: [{ code: 'locked' }] });
    await expect(reopenAssessment(id, '   ', 'm1')).rejects.toMatchObject({ issues: [{ code: 'reason-required' }] });
    expect(await dump()).toEqual(before);
  });

  it('classifies a storage failure and rolls the lock back', async () => {
    const { id } = await newAssessment();
    await db.responses.bulkPut([agreed(id, 'A1'), agreed(id, 'A2')]);
    await saveValidationMeeting(id, meeting, 'm1', TODAY);
    for (const domainId of DOMAINS) await recordDomainDecision(id, { domainId, decision: 'validated', reservations: '' }, DOMAINS, 'm1');
    const before = await dump();
    vi.spyOn(db.history, 'add').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await expect(lockAsValidated(id, SCOPE, 'validated', 'm1')).rejects.toMatchObject({ kind: 'quota-exceeded' });
    expect(await dump()).toEqual(before);
  });

  it('refuses a plain validation while answers are not agreed or comments are open, and records a lock with reservations', async () => {
    const { id } = await newAssessment();
    await db.responses.bulkPut([agreed(id, 'A1'), { ...agreed(id, 'A2'), status: 'in-review' as const }]);
    await db.comments.add({
      id: 'c1',
      assessmentId: id,
      indicatorId: 'A1',
      parentId: null,
      authorId: 'm1',
      body: 'Check the decree',
      verdict: null,
      suggestedAnswer: null,
      resolved: false,
      createdAt: '2026-10-01T00:00:00.000Z',
      updatedAt: '2026-10-01T00:00:00.000Z',
    });
    await saveValidationMeeting(id, meeting, 'm1', TODAY);
    for (const domainId of DOMAINS) await recordDomainDecision(id, { domainId, decision: 'validated', reservations: '' }, DOMAINS, 'm1');
    const before = await dump();
    await expect(lockAsValidated(id, SCOPE, 'validated', 'm1')).rejects.toMatchObject({ issues: [{ code: 'indicators-unresolved' }] });
    await expect(lockAsValidated(id, SCOPE, 'validated-with-reservations', null)).rejects.toMatchObject({
      issues: [{ code: 'who-is-working' }],
    });
    expect(await dump()).toEqual(before);
    const reservations = await lockAsValidated(id, SCOPE, 'validated-with-reservations', 'secretariat');
    expect(reservations).toEqual([
      { domainId: 'D1', indicatorIds: ['A1'] },
      { domainId: 'D2', indicatorIds: ['A2'] },
    ]);
    const bundle = await getAssessmentBundle(id);
    expect(bundle?.assessment.validation).toMatchObject({
      lockedBy: 'secretariat',
      lockKind: 'validated-with-reservations',
      lockReservations: reservations,
    });
    expect(bundle!.history.find((h) => h.field === 'validation.lockReservations')).toMatchObject({
      memberId: 'secretariat',
      after: reservations,
    });
  });
});

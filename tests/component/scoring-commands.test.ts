import { afterEach, describe, expect, it, vi } from 'vitest';
import { addComment, setCommentResolved } from '@/db/comment-commands';
import { createAssessment, replaceAssessmentBundle } from '@/db/commands';
import { db } from '@/db/db';
import { addMember, updateMember } from '@/db/member-commands';
import { editResponse } from '@/db/response-commands';
import type { EditResponseInput } from '@/db/response-commands';
import { addSource, deleteSource, updateSource } from '@/db/source-commands';
import { buildDemoBundles, DEMO_BASELINE_ID } from '@/demo/demo-assessment';
import { fixtureCatalogue } from '../unit/catalogue-fixtures';

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(db.tables.map((table) => table.clear()));
});

const catalogue = fixtureCatalogue('1.0.0');
const indicator = catalogue.indicators[0]!;
const allowedAnswers = indicator.scale.options.map((option) => option.value);
const [yes, partly] = allowedAnswers;

async function newAssessment() {
  return createAssessment(
    {
      frameworkId: catalogue.frameworkId,
      catalogueVersion: catalogue.version,
      level: 'national',
      countryCode: 'JO',
      round: 1,
      year: 2026,
      previousAssessmentId: null,
      phase: 'data-collection',
      isDemo: false,
    },
    null,
  );
}

function input(assessmentId: string, edit: Partial<EditResponseInput['edit']>): EditResponseInput {
  return { assessmentId, indicatorId: indicator.id, edit: { patch: {}, base: {}, memberId: 'm1', reason: '', allowedAnswers, ...edit } };
}

const responseHistory = (assessmentId: string) =>
  db.history.where('[assessmentId+indicatorId]').equals([assessmentId, indicator.id]).sortBy('seq');

describe('response commands', () => {
  it('creates the response on the first edit and writes its history with it', async () => {
    const { id } = await newAssessment();
    await editResponse(input(id, { patch: { answer: yes }, base: { answer: null } }));
    const stored = await db.responses.get(`${id}:${indicator.id}`);
    expect(stored).toMatchObject({ answer: yes, status: 'draft', revision: 1, updatedBy: 'm1' });
    expect((await responseHistory(id)).map((e) => [e.field, e.before, e.after, e.memberId])).toEqual([
      ['answer', null, yes, 'm1'],
      ['status', 'not-started', 'draft', 'm1'],
    ]);
  });

  it('writes neither the response nor its history when the history write fails', async () => {
    const { id } = await newAssessment();
    vi.spyOn(db.history, 'bulkAdd').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await expect(editResponse(input(id, { patch: { answer: yes }, base: { answer: null } }))).rejects.toMatchObject({
      kind: 'quota-exceeded',
    });
    expect(await db.responses.count()).toBe(0);
    expect(await responseHistory(id)).toEqual([]);
  });

  it('two windows editing different fields both keep their change; the same field is refused, not overwritten', async () => {
    const { id } = await newAssessment();
    // Both windows read the untouched response, then write.
    await editResponse(input(id, { patch: { justification: 'Window A' }, base: { justification: '' } }));
    await editResponse(input(id, { patch: { confidence: 'high' }, base: { confidence: null } }));
    await expect(editResponse(input(id, { patch: { justification: 'Window B' }, base: { justification: '' } }))).rejects.toMatchObject({
      refusal: { code: 'conflict', fields: ['justification'] },
    });
    expect(await db.responses.get(`${id}:${indicator.id}`)).toMatchObject({ justification: 'Window A', confidence: 'high', revision: 2 });
  });

  it('refuses every change on a validated or published assessment', async () => {
    for (const bundle of buildDemoBundles(catalogue)) await replaceAssessmentBundle(bundle);
    const before = await db.responses.get(`${DEMO_BASELINE_ID}:${indicator.id}`);
    const refusal = { refusal: { code: 'locked' } };
    await expect(
      editResponse(input(DEMO_BASELINE_ID, { patch: { justification: 'x' }, base: { justification: before!.justification }, reason: 'r' })),
    ).rejects.toMatchObject(refusal);
    await expect(
      addSource(
        DEMO_BASELINE_ID,
        indicator.id,
        { type: 'law', title: 'Act', section: '', date: '', url: '', excerpt: '' },
        { memberId: null, reason: 'r' },
      ),
    ).rejects.toMatchObject(refusal);
    await expect(
      addComment(
        DEMO_BASELINE_ID,
        indicator.id,
        { parentId: null, body: 'Hi', verdict: null, suggestedAnswer: null },
        null,
        allowedAnswers,
      ),
    ).rejects.toMatchObject(refusal);
    await expect(addMember(DEMO_BASELINE_ID, { name: 'New', institution: '', role: 'member' }, null)).rejects.toMatchObject(refusal);
    expect(await db.responses.get(`${DEMO_BASELINE_ID}:${indicator.id}`)).toEqual(before);
  });

  it('requires a reason once agreed, and records it', async () => {
    const { id } = await newAssessment();
    await editResponse(input(id, { patch: { answer: yes, status: 'agreed' }, base: { answer: null, status: 'not-started' } }));
    await expect(editResponse(input(id, { patch: { answer: partly }, base: { answer: yes } }))).rejects.toMatchObject({
      refusal: { code: 'reason-required' },
    });
    await editResponse(input(id, { patch: { answer: partly }, base: { answer: yes }, reason: 'Decree repealed in May' }));
    const last = (await responseHistory(id)).at(-1);
    expect(last).toMatchObject({ field: 'answer', before: yes, after: partly, reason: 'Decree repealed in May' });
  });
});

describe('sources, comments and members', () => {
  it('adds, edits and removes a source, each with history; bad input changes nothing', async () => {
    const { id } = await newAssessment();
    const who = { memberId: 'm1', reason: '' };
    const source = await addSource(
      id,
      indicator.id,
      { type: 'law', title: ' Foreign Residents Act ', section: 'Art. 4', date: '2018', url: '', excerpt: '' },
      who,
    );
    expect(source.title).toBe('Foreign Residents Act');
    await expect(updateSource(source.id, { ...source, url: 'not a url' }, who)).rejects.toMatchObject({
      refusal: { code: 'invalid-input', field: 'url' },
    });
    await updateSource(source.id, { ...source, section: 'Art. 5' }, who);
    await deleteSource(source.id, who);
    expect(await db.sources.count()).toBe(0);
    expect((await responseHistory(id)).map((e) => [e.field, e.before, e.after])).toEqual([
      ['source.added', null, 'Foreign Residents Act'],
      ['source.section', 'Art. 4', 'Art. 5'],
      ['source.removed', 'Foreign Residents Act', null],
    ]);
  });

  it('threads comments, keeps a disagreeing suggestion, and resolves a thread with its replies', async () => {
    const { id } = await newAssessment();
    const review = await addComment(
      id,
      indicator.id,
      { parentId: null, body: 'The decree lapsed', verdict: 'disagree', suggestedAnswer: partly! },
      'm2',
      allowedAnswers,
    );
    const reply = await addComment(
      id,
      indicator.id,
      { parentId: review.id, body: 'Checked: it did', verdict: null, suggestedAnswer: null },
      'm1',
      allowedAnswers,
    );
    expect(review).toMatchObject({ verdict: 'disagree', suggestedAnswer: partly, resolved: false });
    await setCommentResolved(review.id, true, 'm1');
    expect((await db.comments.get(reply.id))?.resolved).toBe(true);
    expect((await responseHistory(id)).map((e) => e.field)).toEqual(['review.disagree', 'comment.added', 'comment.resolved']);
    await expect(
      addComment(id, indicator.id, { parentId: null, body: '  ', verdict: null, suggestedAnswer: null }, null, allowedAnswers),
    ).rejects.toMatchObject({
      refusal: { code: 'invalid-input', field: 'body' },
    });
  });

  it('adds members and records role changes', async () => {
    const { id } = await newAssessment();
    const member = await addMember(id, { name: 'Amal Haddad', institution: 'Ministry of Interior', role: 'member' }, null);
    await updateMember(member.id, { name: 'Amal Haddad', institution: 'Ministry of Interior', role: 'coordinator' }, member.id);
    expect((await db.members.get(member.id))?.role).toBe('coordinator');
    const entries = await db.history
      .where('assessmentId')
      .equals(id)
      .and((e) => e.entity === 'member')
      .toArray();
    expect(entries.map((e) => [e.field, e.after])).toEqual([
      ['member.added', 'Amal Haddad'],
      ['member.role', 'coordinator'],
    ]);
  });
});

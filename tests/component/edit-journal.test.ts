import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAssessment } from '@/db/commands';
import { db } from '@/db/db';
import type { FieldAddress } from '@/db/edit-session/field-address';
import { editResponse } from '@/db/response-commands';
import type { EditResponseInput } from '@/db/response-commands';
import { fixtureCatalogue } from '../unit/catalogue-fixtures';

afterEach(async () => {
  localStorage.clear();
  await Promise.all(db.tables.map((table) => table.clear()));
});

const catalogue = fixtureCatalogue('1.0.0');
const indicator = catalogue.indicators[0]!;
const allowedAnswers = indicator.scale.options.map((option) => option.value);

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

function typed(assessmentId: string, value: string, base: string): EditResponseInput {
  return {
    assessmentId,
    indicatorId: indicator.id,
    edit: { patch: { justification: value }, base: { justification: base }, memberId: 'm1', reason: '', allowedAnswers },
  };
}

/** A tab is one load of the module: a reload or a crash starts a new one with a new tab id. */
async function openTab() {
  vi.resetModules();
  const journal = await import('@/db/edit-session/edit-journal');
  return {
    journalEdit: (address: FieldAddress, input: EditResponseInput) =>
      journal.journalField(address, input.edit.patch.justification, input.edit.base.justification, {
        memberId: input.edit.memberId,
        reason: input.edit.reason,
        allowedAnswers,
      }) ?? -1,
    settleJournal: (address: FieldAddress, token: number, committed: { justification: string } | null) =>
      journal.settleField(address, token, committed === null ? null : { value: committed.justification }),
    replayJournal: journal.replayJournal,
  };
}

const keyOf = (assessmentId: string): FieldAddress => ({ assessmentId, kind: 'response', recordId: indicator.id, field: 'justification' });
const storedJustification = async (assessmentId: string) => (await db.responses.get(`${assessmentId}:${indicator.id}`))?.justification;
const journalText = () => localStorage.getItem('mgi-workbench:unsaved-edits');

describe('journal of typed text not yet stored', () => {
  it('a tab gone before its write committed: the next start writes its last keystroke, attributed to its member', async () => {
    const { id } = await newAssessment();
    const crashed = await openTab();
    crashed.journalEdit(keyOf(id), typed(id, 'Act', ''));
    crashed.journalEdit(keyOf(id), typed(id, 'Act 2011', ''));

    const next = await openTab();
    expect(await next.replayJournal()).toBe(1);
    expect(await storedJustification(id)).toBe('Act 2011');
    const history = await db.history.where('[assessmentId+indicatorId]').equals([id, indicator.id]).toArray();
    expect(history.filter((entry) => entry.field === 'justification').map((entry) => [entry.after, entry.memberId])).toEqual([
      ['Act 2011', 'm1'],
    ]);
    expect(journalText()).toBeNull();
  });

  it('a committed write removes its entry; a later keystroke is rebased on the committed value', async () => {
    const { id } = await newAssessment();
    const tab = await openTab();
    const first = tab.journalEdit(keyOf(id), typed(id, 'A', ''));
    tab.journalEdit(keyOf(id), typed(id, 'AB', ''));
    await editResponse(typed(id, 'A', ''));
    tab.settleJournal(keyOf(id), first, { justification: 'A' });
    expect(journalText()).toContain('"AB"');

    // The tab dies before writing "AB": replaying it on the stored "A" is not a conflict.
    const next = await openTab();
    expect(await next.replayJournal()).toBe(1);
    expect(await storedJustification(id)).toBe('AB');

    const last = next.journalEdit(keyOf(id), typed(id, 'ABC', 'AB'));
    await editResponse(typed(id, 'ABC', 'AB'));
    next.settleJournal(keyOf(id), last, { justification: 'ABC' });
    expect(journalText()).toBeNull();
  });

  it('never replays its own tab’s edits, skips what is already stored, and drops a refused edit without changing the store', async () => {
    const { id } = await newAssessment();
    const tab = await openTab();
    tab.journalEdit(keyOf(id), typed(id, 'Mine', ''));
    expect(await tab.replayJournal()).toBe(0);
    expect(await storedJustification(id)).toBeUndefined();
    expect(journalText()).toContain('"Mine"');

    // Someone else changed the text meanwhile: the orphaned edit is refused as a conflict.
    await editResponse({ ...typed(id, 'Theirs', ''), edit: { ...typed(id, 'Theirs', '').edit, memberId: 'm2' } });
    const historyBefore = await db.history.count();
    const next = await openTab();
    expect(await next.replayJournal()).toBe(0);
    expect(await storedJustification(id)).toBe('Theirs');
    expect(await db.history.count()).toBe(historyBefore);
    expect(journalText()).toBeNull();

    // An edit whose write did commit before the tab died is not written twice.
    const again = await openTab();
    again.journalEdit(keyOf(id), typed(id, 'Theirs', ''));
    expect(await (await openTab()).replayJournal()).toBe(0);
    expect(await db.history.count()).toBe(historyBefore);
  });
});

describe('journal entries written before the edit session', () => {
  it('replays a response-only entry of the earlier format', async () => {
    const { id } = await newAssessment();
    const legacy = { [`${id}:${indicator.id}:justification`]: { token: 1, tabId: 'gone-tab', input: typed(id, 'Old format', '') } };
    localStorage.setItem('mgi-workbench:unsaved-edits', JSON.stringify(legacy));
    expect(await (await openTab()).replayJournal()).toBe(1);
    expect(await storedJustification(id)).toBe('Old format');
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAssessment } from '@/db/commands';
import { db } from '@/db/db';
import type { FieldAddress } from '@/db/edit-session/field-address';
import { addSourceEdit } from '@/db/edit-session/record-edits';
import { editSession } from '@/db/edit-session/sessions';
import { UNDO_LIMIT } from '@/db/edit-session/undo-stack';
import { editProfileFields } from '@/db/profile-commands';
import { emptyProfileDraft } from '@/domain/profile-draft';
import { editResponse } from '@/db/response-commands';
import { fixtureCatalogue } from '../unit/catalogue-fixtures';

afterEach(async () => {
  vi.restoreAllMocks();
  localStorage.clear();
  await Promise.all(db.tables.map((table) => table.clear()));
});

const catalogue = fixtureCatalogue('1.0.0');
const indicator = catalogue.indicators[0]!;
const allowedAnswers = indicator.scale.options.map((option) => option.value);
const [yes, partly] = allowedAnswers;
const meta = { memberId: 'm1', reason: '', allowedAnswers };

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

const field = (assessmentId: string, name: string): FieldAddress => ({
  assessmentId,
  kind: 'response',
  recordId: indicator.id,
  field: name,
});
const stored = async (assessmentId: string) => db.responses.get(`${assessmentId}:${indicator.id}`);
const journal = () => localStorage.getItem('mgi-workbench:unsaved-edits') ?? '';

describe('one edit session per assessment', () => {
  it('bases a quick second choice on the first, even before the screen shows it', async () => {
    const { id } = await newAssessment();
    const session = editSession(id);
    // The screen has not refreshed between the presses: both show "not scored".
    await Promise.all([
      session.edit([{ address: field(id, 'answer'), value: yes, shown: null }], meta),
      session.edit([{ address: field(id, 'answer'), value: partly, shown: null }], meta),
    ]);
    expect((await stored(id))?.answer).toBe(partly);
    expect(session.store.getState().saveState).toBe('saved');
  });

  it('undo only ever touches its own assessment, and redo makes the change again', async () => {
    const a = (await newAssessment()).id;
    const b = (await newAssessment()).id;
    await editSession(a).edit([{ address: field(a, 'answer'), value: yes, shown: null }], meta);
    await editSession(b).edit([{ address: field(b, 'answer'), value: partly, shown: null }], meta);
    expect(await editSession(b).undo({ memberId: 'm2', reason: 'Undo' })).toBe(true);
    expect((await stored(b))?.answer).toBeNull();
    expect((await stored(a))?.answer).toBe(yes);
    // Nothing left to undo in B: A's answer is out of its reach.
    expect(await editSession(b).undo({ memberId: 'm2', reason: 'Undo' })).toBe(false);
    expect((await stored(a))?.answer).toBe(yes);
    const last = (await db.history.where('assessmentId').equals(b).sortBy('seq')).filter((entry) => entry.field === 'answer').at(-1);
    expect(last).toMatchObject({ before: partly, after: null, reason: 'Undo', memberId: 'm2' });
    expect(await editSession(b).redo({ memberId: 'm2', reason: 'Redo' })).toBe(true);
    expect((await stored(b))?.answer).toBe(partly);
  });

  it('undoes a run of typing as one step, shows the restored text, and the next key press is no conflict', async () => {
    const { id } = await newAssessment();
    const session = editSession(id);
    const address = field(id, 'justification');
    await session.edit([{ address, value: 'Act', shown: '' }], meta, { typing: true });
    await session.edit([{ address, value: 'Act of 2011', shown: '' }], meta, { typing: true });
    expect(session.store.getState().saveState).toBe('saving'); // typed, not written yet
    expect(journal()).toContain('Act of 2011');
    await session.flush(address);
    expect((await stored(id))?.justification).toBe('Act of 2011');
    expect(journal()).toBe('');

    await session.undo({ memberId: 'm1', reason: 'Undo' });
    expect((await stored(id))?.justification).toBe('');
    expect(session.field(address)?.value).toBe('');
    // The screen's live view still shows the older text: the session's base is the restored one.
    await session.edit([{ address, value: 'Decree 5', shown: 'Act of 2011' }], meta, { typing: true });
    await session.flush(address);
    expect((await stored(id))?.justification).toBe('Decree 5');
    expect(session.field(address)?.status).toBe('saved');
    expect(session.store.getState().saveState).toBe('saved');
  });

  it('reports a field another window changed as a conflict with their value, and keeps mine on request', async () => {
    const { id } = await newAssessment();
    const session = editSession(id);
    const address = field(id, 'justification');
    await editResponse({
      assessmentId: id,
      indicatorId: indicator.id,
      edit: { patch: { justification: 'Theirs' }, base: { justification: '' }, memberId: 'm2', reason: '', allowedAnswers },
    });
    await session.edit([{ address, value: 'Mine', shown: '' }], meta, { typing: true });
    await session.flush(address);
    expect(session.field(address)).toMatchObject({ status: 'conflict', value: 'Mine', theirs: 'Theirs' });
    expect(session.store.getState().saveState).toBe('error');
    await session.keepMine(address);
    expect((await stored(id))?.justification).toBe('Mine');
  });

  it('keeps the last 50 changes undoable after a reload', async () => {
    const { id } = await newAssessment();
    const session = editSession(id);
    for (let step = 0; step < UNDO_LIMIT + 5; step += 1) {
      await session.edit([{ address: field(id, 'answer'), value: step % 2 === 0 ? yes : partly, shown: null }], meta);
    }
    await vi.waitFor(async () => expect((await db.undoStacks.get(id))?.undo).toHaveLength(UNDO_LIMIT));
    vi.resetModules();
    const reloaded = (await import('@/db/edit-session/sessions')).editSession(id);
    await vi.waitFor(() => expect(reloaded.store.getState().canUndo).toBe(true));
    expect(await reloaded.undo({ memberId: 'm1', reason: 'Undo' })).toBe(true);
    expect((await stored(id))?.answer).toBe(partly);
  });

  it('undoes adding a source by removing it, and redo puts the same row back', async () => {
    const { id } = await newAssessment();
    const source = await addSourceEdit(
      id,
      indicator.id,
      { type: 'law', title: 'Residence Act', section: '', date: '', url: '', excerpt: '' },
      { memberId: 'm1', reason: '' },
    );
    await editSession(id).undo({ memberId: 'm1', reason: 'Undo' });
    expect(await db.sources.count()).toBe(0);
    await editSession(id).redo({ memberId: 'm1', reason: 'Redo' });
    expect(await db.sources.get(source.id)).toEqual(source);
  });
});

describe('a full disk', () => {
  it('keeps the typed text on screen and in the journal, says so, and saves by itself once there is room', async () => {
    const { id } = await newAssessment();
    const session = editSession(id);
    const address = field(id, 'justification');
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const put = vi.spyOn(db.responses, 'put').mockRejectedValueOnce(full).mockRejectedValueOnce(full);
    await session.edit([{ address, value: 'Written on a full disk', shown: '' }], meta, { typing: true });
    await session.flush(address);
    expect(session.store.getState().saveState).toBe('full');
    expect(session.field(address)).toMatchObject({ value: 'Written on a full disk', status: 'pending' });
    expect(journal()).toContain('Written on a full disk');
    // The user frees space elsewhere and comes back: the write is retried and goes through.
    window.dispatchEvent(new Event('focus'));
    await vi.waitFor(() => expect(put).toHaveBeenCalledTimes(2));
    window.dispatchEvent(new Event('focus'));
    await vi.waitFor(async () => expect((await stored(id))?.justification).toBe('Written on a full disk'));
    await vi.waitFor(() => expect(session.store.getState().saveState).toBe('saved'));
    expect(journal()).toBe('');
  });
});

describe('profile fields', () => {
  it('writes sections independently: two windows editing different sections never collide', async () => {
    const { id } = await newAssessment();
    // What both windows showed: the empty bilingual texts of a new draft.
    const empty = emptyProfileDraft(id, '2026-01-01T00:00:00.000Z');
    await editProfileFields(id, [{ field: 'introduction', value: { ...empty.introduction, en: 'Intro' }, base: empty.introduction }], {
      memberId: null,
    });
    // Another window, still based on the empty draft, writes the methodology: no conflict.
    await editProfileFields(id, [{ field: 'methodology', value: { ...empty.methodology, en: 'Method' }, base: empty.methodology }], {
      memberId: null,
    });
    const draft = await db.profiles.get(id);
    expect([draft?.introduction.en, draft?.methodology.en]).toEqual(['Intro', 'Method']);
    await expect(
      editProfileFields(id, [{ field: 'introduction', value: { ...empty.introduction, en: 'Stale' }, base: empty.introduction }], {
        memberId: null,
      }),
    ).rejects.toMatchObject({
      refusal: { code: 'conflict', fields: ['introduction'] },
    });
    expect((await db.profiles.get(id))?.introduction.en).toBe('Intro');
  });
});

describe('a crash while two fields of one record are being typed', () => {
  const translation = (other: string) => ({ justification: { original: 'en' as const, other, checked: false, same: false } });

  /** A new assessment whose justification and translation record were changed by one edit. */
  async function bothFieldsEdited(typing: boolean) {
    const { id } = await newAssessment();
    const session = editSession(id);
    const text = field(id, 'justification');
    const translations = field(id, 'translations');
    const edits = [
      { address: text, value: 'Residence Act', shown: '' },
      { address: translations, value: translation('قانون'), shown: null },
    ];
    await session.edit(edits, meta, { typing });
    return { id, session, text, translations };
  }

  it('replays the last key of each field, after a write that carried both fields together', async () => {
    // One change wrote the original and its translation record in one transaction…
    const { id, session, text, translations } = await bothFieldsEdited(false);
    expect((await stored(id))?.justification).toBe('Residence Act');
    // …then more keys went to each field, and the tab died before their debounced writes.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      for (const value of ['Residence Act 2', 'Residence Act 20', 'Residence Act 2011'])
        await session.edit([{ address: text, value, shown: 'Residence Act' }], meta, { typing: true });
      await session.edit([{ address: translations, value: translation('قانون الإقامة'), shown: translation('قانون') }], meta, {
        typing: true,
      });
      expect(journal()).toContain('Residence Act 2011');
      expect(journal()).toContain('قانون الإقامة');

      vi.resetModules();
      const next = await import('@/db/edit-session/edit-journal');
      expect(await next.replayJournal()).toBe(2);
    } finally {
      vi.useRealTimers();
    }
    const record = await stored(id);
    expect(record?.justification).toBe('Residence Act 2011');
    expect(record?.translations).toEqual(translation('قانون الإقامة'));
    expect(journal()).toBe('');
  });

  it('writes each field of a typed change on its own timer, so more keys to one never hold back the other', async () => {
    const { id, session, text } = await bothFieldsEdited(true);
    await session.edit([{ address: text, value: 'Residence Act 2011', shown: '' }], meta, { typing: true });
    // The translation's write is due without a blur; the justification's follows its own last key.
    await vi.waitFor(async () => expect((await stored(id))?.translations).toEqual(translation('قانون')), { timeout: 2000 });
    await vi.waitFor(async () => expect((await stored(id))?.justification).toBe('Residence Act 2011'), { timeout: 2000 });
    await vi.waitFor(() => expect(session.store.getState().saveState).toBe('saved'));
    expect(journal()).toBe('');
  });
});

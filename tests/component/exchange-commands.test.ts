import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupHealth, collectBackup, restoreEverything } from '@/db/backup-commands';
import type { StoreTables } from '@/db/backup-commands';
import { createAssessment } from '@/db/commands';
import { db } from '@/db/db';
import { applyPackageImport, packageContentFor, previewPackageImport } from '@/db/exchange-commands';
import { getAssessmentBundle } from '@/db/queries';
import { listSnapshots, restoreSnapshot } from '@/db/snapshot-commands';
import type { Response } from '@/domain/assessment';
import { emptyResponse } from '@/domain/assessment';
import { canonicalJson } from '@/domain/merge-canonical';
import { fieldConflictKey } from '@/domain/merge-three-way';
import { parsePackageText, serializePackage } from '@/interchange/package-format';
import type { MemberPackage } from '@/interchange/package-format';

/**
 * Two laptops in one test: the store's tables are swapped in and out, so each "device" keeps its
 * own IndexedDB content (and its own device id in `meta`), as two browser profiles would.
 */
const devices: Record<string, StoreTables | null> = { coordinator: null, member: null };
let current = 'coordinator';

async function dump(): Promise<StoreTables> {
  // The undo stacks are this device's editing convenience, not assessment data: never in a backup.
  const tables = db.tables.filter((table) => table.name !== 'undoStacks');
  return Object.fromEntries(await Promise.all(tables.map(async (table) => [table.name, await table.toArray()]))) as StoreTables;
}
async function become(name: string) {
  devices[current] = await dump();
  await Promise.all(db.tables.map((table) => table.clear()));
  const saved = devices[name];
  if (saved) for (const table of db.tables) await table.bulkAdd(saved[table.name as keyof StoreTables] ?? []);
  current = name;
}

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(db.tables.map((table) => table.clear()));
  devices.coordinator = null;
  devices.member = null;
  current = 'coordinator';
});

async function edit(assessmentId: string, indicatorId: string, changes: Partial<Response>) {
  const id = `${assessmentId}:${indicatorId}`;
  const before = (await db.responses.get(id)) ?? emptyResponse(assessmentId, indicatorId, new Date().toISOString());
  await db.responses.put({ ...before, ...changes, revision: before.revision + 1, updatedAt: new Date().toISOString() });
  for (const [field, after] of Object.entries(changes)) {
    await db.history.add({
      id: crypto.randomUUID(),
      assessmentId,
      indicatorId,
      entity: 'response',
      entityId: id,
      field,
      before: before[field as keyof Response] ?? null,
      after,
      reason: '',
      memberId: null,
      at: new Date().toISOString(),
    });
  }
}

async function exportPackage(assessmentId: string): Promise<MemberPackage> {
  const { text } = await serializePackage(await packageContentFor(assessmentId, null));
  return parsePackageText(text);
}

async function setUpShared() {
  const created = await createAssessment(
    {
      frameworkId: 'fixture',
      catalogueVersion: '1.0.0',
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
  await edit(created.id, 'A1', { answer: 'yes', justification: 'Law 1' });
  await edit(created.id, 'A2', { answer: 'partial' });
  const first = await exportPackage(created.id);
  await become('member');
  expect(await applyPackageImport(first, { memberId: null })).toMatchObject({ kind: 'created', assessmentId: created.id });
  return created.id;
}

describe('member packages between two laptops', () => {
  it('creates the assessment on the member laptop from the coordinator package', async () => {
    const id = await setUpShared();
    const received = await getAssessmentBundle(id);
    expect(received?.responses.map((r) => [r.indicatorId, r.answer]).sort()).toEqual([
      ['A1', 'yes'],
      ['A2', 'partial'],
    ]);
    expect(received?.history.at(-1)).toMatchObject({ field: 'exchange-import' });
  });

  it('merges both sides, asks about the one conflict, records the merge, and importing again changes nothing', async () => {
    const id = await setUpShared();
    await edit(id, 'A1', { answer: 'no' });
    await edit(id, 'A3', { answer: 'yes', justification: 'Decree 7 (member)' });
    const fromMember = await exportPackage(id);
    await become('coordinator');
    await edit(id, 'A1', { answer: 'partial' });
    await edit(id, 'A2', { justification: 'Coordinator note' });

    const plan = await previewPackageImport(fromMember, { memberId: 'coord' });
    expect(plan.kind).toBe('merge');
    if (plan.kind !== 'merge') return;
    expect(plan.hasBase).toBe(true);
    expect(plan.result.conflicts.map((c) => c.key)).toEqual([fieldConflictKey('A1', 'answer')]);
    await expect(applyPackageImport(fromMember, { memberId: 'coord' })).rejects.toMatchObject({ code: 'unresolved-conflicts' });

    const outcome = await applyPackageImport(fromMember, {
      memberId: 'coord',
      resolutions: { [fieldConflictKey('A1', 'answer')]: { choice: 'theirs' } },
    });
    expect(outcome.kind).toBe('merged');
    const merged = await getAssessmentBundle(id);
    const byIndicator = new Map(merged!.responses.map((r) => [r.indicatorId, r]));
    expect(byIndicator.get('A1')).toMatchObject({ answer: 'no', justification: 'Law 1' });
    expect(byIndicator.get('A2')).toMatchObject({ answer: 'partial', justification: 'Coordinator note' });
    expect(byIndicator.get('A3')).toMatchObject({ answer: 'yes', justification: 'Decree 7 (member)' });
    expect(merged!.history.filter((h) => h.field === 'exchange-merge')).toHaveLength(1);
    expect(merged!.history.some((h) => h.reason === 'exchange-merge' && h.field === 'answer' && h.after === 'no')).toBe(true);

    const before = canonicalJson(await dump());
    expect(await applyPackageImport(fromMember, { memberId: 'coord' })).toMatchObject({ kind: 'duplicate' });
    expect(canonicalJson(await dump())).toBe(before);

    // Back to the member: the coordinator's package merges without a single conflict.
    const fromCoordinator = await exportPackage(id);
    await become('member');
    const back = await previewPackageImport(fromCoordinator, { memberId: null });
    expect(back.kind === 'merge' && back.result.conflicts).toEqual([]);
    await applyPackageImport(fromCoordinator, { memberId: null });
    const memberCopy = await getAssessmentBundle(id);
    expect(memberCopy!.responses.find((r) => r.indicatorId === 'A2')?.justification).toBe('Coordinator note');
  });

  it('undoes a merge by restoring the snapshot taken before it, which is itself undoable', async () => {
    const id = await setUpShared();
    await edit(id, 'A4', { answer: 'yes' });
    const fromMember = await exportPackage(id);
    await become('coordinator');
    const before = (await getAssessmentBundle(id))!.responses;
    const { snapshotId } = await applyPackageImport(fromMember, { memberId: null });
    expect((await getAssessmentBundle(id))!.responses).toHaveLength(3);
    expect((await listSnapshots(id)).map((s) => [s.id, s.reason])).toEqual([[snapshotId, 'before-merge']]);
    await restoreSnapshot(snapshotId!, null);
    const restored = await getAssessmentBundle(id);
    expect(restored!.responses).toEqual(before);
    expect(restored!.history.at(-1)).toMatchObject({ field: 'snapshot-restored' });
    expect((await listSnapshots(id)).map((s) => s.reason).sort()).toEqual(['before-merge', 'before-restore']);
  });

  it('refuses its own package, a package for another assessment page, and answers into a validated assessment', async () => {
    const id = await setUpShared();
    const own = await exportPackage(id);
    await expect(applyPackageImport(own, { memberId: null })).rejects.toMatchObject({ code: 'own-package' });
    await edit(id, 'A5', { answer: 'no' });
    const fromMember = await exportPackage(id);
    await become('coordinator');
    await expect(previewPackageImport(fromMember, { memberId: null, expectedAssessmentId: 'other' })).rejects.toMatchObject({
      code: 'other-assessment',
    });
    await db.assessments.update(id, { phase: 'validated' });
    const before = canonicalJson(await dump());
    await expect(applyPackageImport(fromMember, { memberId: null })).rejects.toMatchObject({ code: 'assessment-locked' });
    expect(canonicalJson(await dump())).toBe(before);
  });
});

describe('backup and restore', () => {
  it('restores a full backup to an identical store, and a failed restore changes nothing', async () => {
    await setUpShared();
    const backup = await collectBackup({ kind: 'all' });
    const afterBackup = canonicalJson(await dump());
    expect(canonicalJson(backup.tables)).toBe(afterBackup);
    await Promise.all(db.tables.map((table) => table.clear()));
    await restoreEverything(JSON.parse(JSON.stringify(backup.tables)) as StoreTables);
    expect(canonicalJson(await dump())).toBe(afterBackup);

    await db.meta.put({ key: 'marker', value: 'kept' });
    const before = canonicalJson(await dump());
    vi.spyOn(db.catalogues, 'bulkAdd').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await expect(restoreEverything(backup.tables)).rejects.toMatchObject({ kind: 'quota-exceeded' });
    expect(canonicalJson(await dump())).toBe(before);
  });

  it('reminds to back up after a week of changes without a backup, and stops after one', async () => {
    await setUpShared();
    const inTenDays = new Date(Date.now() + 10 * 24 * 3600 * 1000);
    expect(await backupHealth(new Date())).toMatchObject({ lastBackupAt: null, remind: false });
    const due = await backupHealth(inTenDays);
    expect(due.remind).toBe(true);
    expect(due.changesSinceBackup).toBeGreaterThan(0);
    await collectBackup({ kind: 'all' });
    expect(await backupHealth(inTenDays)).toMatchObject({ changesSinceBackup: 0, remind: false });
  });
});

import { useEffect } from 'react';
import type { ProfileDraft } from '@/domain/profile-draft';
import { emptyProfileDraft } from '@/domain/profile-draft';
import { sameValue } from '@/domain/history';
import type { FieldAddress } from '@/db/edit-session/field-address';
import { editSession } from '@/db/edit-session/sessions';
import { useSessionFields } from '@/db/edit-session/use-edit-field';

/**
 * The researcher's profile draft as the screens edit it: the stored draft with whatever the
 * assessment's edit session has not stored yet on top. Each change is split into the draft's
 * fields (a section, or one domain's narrative) and handed to the session, which journals it at
 * once and writes it with its base, so two windows editing different sections never collide.
 */

export type DraftEditor = {
  readonly draft: ProfileDraft;
  readonly readOnly: boolean;
  update(change: (draft: ProfileDraft) => ProfileDraft): void;
};

const SECTIONS = ['objective', 'acknowledgements', 'introduction', 'methodology', 'priorities', 'keyData', 'editing'] as const;
const EPOCH = '1970-01-01T00:00:00.000Z';

function changedFields(before: ProfileDraft, after: ProfileDraft): { field: string; value: unknown; shown: unknown }[] {
  const fields: { field: string; value: unknown; shown: unknown }[] = [];
  for (const section of SECTIONS)
    if (!sameValue(before[section], after[section])) fields.push({ field: section, value: after[section], shown: before[section] });
  for (const domainId of new Set([...Object.keys(before.domainNarratives), ...Object.keys(after.domainNarratives)])) {
    const was = before.domainNarratives[domainId] ?? null;
    const now = after.domainNarratives[domainId] ?? null;
    if (!sameValue(was, now)) fields.push({ field: `domainNarratives.${domainId}`, value: now, shown: was });
  }
  return fields;
}

function withField(draft: ProfileDraft, field: string, value: unknown): ProfileDraft {
  const [section = '', key] = field.split('.', 2);
  if (key === undefined) return { ...draft, [section]: value };
  return { ...draft, domainNarratives: { ...draft.domainNarratives, [key]: value as ProfileDraft['domainNarratives'][string] } };
}

export function useProfileEditor(
  assessmentId: string,
  stored: ProfileDraft | null,
  memberId: string | null,
  readOnly: boolean,
): DraftEditor {
  const base = stored ?? emptyProfileDraft(assessmentId, EPOCH);
  const pending = useSessionFields(assessmentId, 'profile');
  const draft = pending.reduce((current, { address, state }) => withField(current, address.field, state.value), base);
  const session = editSession(assessmentId);
  // Once the stored draft shows what the session wrote, the session lets go of those fields.
  useEffect(() => {
    for (const { address } of pending) session.observe(address, readField(base, address.field));
  }, [base, pending, session]);
  return {
    draft,
    readOnly,
    update(change) {
      if (readOnly) return;
      const next = change(draft);
      for (const { field, value } of changedFields(draft, next)) {
        const address: FieldAddress = { assessmentId, kind: 'profile', recordId: assessmentId, field };
        // Adding or removing a row is one discrete step; typing (and rewording) is debounced.
        const typing = !(
          Array.isArray(value) &&
          Array.isArray(readField(draft, field)) &&
          value.length !== (readField(draft, field) as unknown[]).length
        );
        void session.edit([{ address, value, shown: readField(base, field) }], { memberId, reason: '' }, { typing });
      }
    },
  };
}

function readField(draft: ProfileDraft, field: string): unknown {
  const [section = '', key] = field.split('.', 2);
  if (key === undefined) return (draft as unknown as Record<string, unknown>)[section];
  return draft.domainNarratives[key] ?? null;
}

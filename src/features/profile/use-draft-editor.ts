import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftProblem, ProfileDraft } from '@/domain/profile-draft';
import { emptyProfileDraft } from '@/domain/profile-draft';
import { ProfileCommandError, saveProfileDraft } from '@/db/profile-commands';

/**
 * The researcher's edits to the profile draft, saved automatically a moment after typing stops.
 * Edits live here until stored; then the live draft from IndexedDB takes over again, so another
 * tab's saved change shows up. A save based on an older draft than the stored one is refused by
 * the command (conflict) and the researcher chooses: keep editing or load the stored version.
 */

export const AUTOSAVE_DELAY_MS = 800;

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'invalid'; readonly problems: readonly DraftProblem[] }
  | { readonly kind: 'failed'; readonly error: unknown };

export type DraftEditor = {
  readonly draft: ProfileDraft;
  readonly state: SaveState;
  readonly readOnly: boolean;
  update(change: (draft: ProfileDraft) => ProfileDraft): void;
  /** Drops unsaved edits and shows the stored draft (after a conflict). */
  reload(): void;
  saveNow(): Promise<void>;
};

export function useDraftEditor(assessmentId: string, stored: ProfileDraft | null, memberId: string | null, readOnly: boolean): DraftEditor {
  const [local, setLocal] = useState<ProfileDraft | null>(null);
  // What this tab last stored: shown until the live query delivers it (or something newer), so
  // the screen never flashes back to the draft as it was before the save.
  const [lastSaved, setLastSaved] = useState<ProfileDraft | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const localRef = useRef<ProfileDraft | null>(null);
  const baseRef = useRef<string | null>(stored?.updatedAt ?? null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saving = useRef<Promise<void> | null>(null);
  const [emptyAt] = useState(() => new Date().toISOString());

  // With no unsaved edits, follow the stored draft (including saves from other tabs).
  useEffect(() => {
    if (localRef.current === null) baseRef.current = stored?.updatedAt ?? null;
  }, [stored]);

  const save = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    const pending = localRef.current;
    if (!pending) return;
    if (saving.current) await saving.current;
    if (localRef.current !== pending) return; // a newer edit scheduled its own save
    setState({ kind: 'saving' });
    const run = (async () => {
      try {
        const saved = await saveProfileDraft(pending, { expectedUpdatedAt: baseRef.current, memberId });
        baseRef.current = saved.updatedAt;
        setLastSaved(saved);
        if (localRef.current === pending) {
          localRef.current = null;
          setLocal(null);
        }
        setState({ kind: 'saved', at: saved.updatedAt });
      } catch (error) {
        if (error instanceof ProfileCommandError && error.code === 'invalid') setState({ kind: 'invalid', problems: error.problems });
        else setState({ kind: 'failed', error });
      }
    })();
    saving.current = run;
    await run;
    saving.current = null;
  }, [memberId]);

  const update = useCallback(
    (change: (draft: ProfileDraft) => ProfileDraft) => {
      if (readOnly) return;
      const current = localRef.current ?? newest(stored, lastSaved) ?? emptyProfileDraft(assessmentId, emptyAt);
      const next = change(current);
      localRef.current = next;
      setLocal(next);
      setState({ kind: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    },
    [assessmentId, emptyAt, lastSaved, readOnly, save, stored],
  );

  const reload = useCallback(() => {
    clearTimeout(timer.current);
    localRef.current = null;
    setLocal(null);
    setLastSaved(null);
    baseRef.current = stored?.updatedAt ?? null;
    setState({ kind: 'idle' });
  }, [stored]);

  // Leaving the page or the profile: save what is pending rather than lose it.
  useEffect(() => {
    const flush = () => void save();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [save]);

  return {
    draft: local ?? newest(stored, lastSaved) ?? emptyProfileDraft(assessmentId, emptyAt),
    state,
    readOnly,
    update,
    reload,
    saveNow: save,
  };
}

/** The later of the stored draft and the one this tab saved (ISO timestamps compare as text). */
function newest(stored: ProfileDraft | null, saved: ProfileDraft | null): ProfileDraft | null {
  if (!stored || !saved || stored.assessmentId !== saved.assessmentId) return stored ?? saved;
  return saved.updatedAt > stored.updatedAt ? saved : stored;
}

import { useCallback } from 'react';
import { editSession } from '@/db/edit-session/sessions';
import { useSaveState, useUndoAvailability, useUndoShortcuts } from '@/db/edit-session/use-edit-field';
import { useT } from '@/i18n/use-t';
import { notify } from '@/state/ui-store';
import { wordingIn } from '@/i18n/wording';

/**
 * Undo and redo for the assessment in front of the user (buttons and Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z
 * outside text fields), and the storage-full notice while writes wait for space. Refusals of an
 * undo (someone changed the field since) are announced by the save indicator.
 */
export function UndoControls({ assessmentId, memberId, disabled }: { assessmentId: string; memberId: string | null; disabled: boolean }) {
  const { t } = useT('edit');
  const { canUndo, canRedo } = useUndoAvailability(assessmentId);
  const saveState = useSaveState(assessmentId);
  const travel = useCallback(
    (direction: 'undo' | 'redo') => {
      const session = editSession(assessmentId);
      const meta = { memberId, reason: t(direction === 'undo' ? 'undo.reason' : 'undo.redoReason') };
      (direction === 'undo' ? session.undo(meta) : session.redo(meta))
        .then((done) => {
          if (done) notify('success', wordingIn('edit', direction === 'undo' ? 'undo.undone' : 'undo.redone'));
          else if (direction === 'undo') notify('info', wordingIn('edit', 'undo.nothing'));
        })
        .catch(() => undefined);
    },
    [assessmentId, memberId, t],
  );
  useUndoShortcuts(assessmentId, !disabled, travel);
  return (
    <>
      {!disabled && (
        <>
          <button
            type="button"
            className="button"
            onClick={() => travel('undo')}
            disabled={!canUndo}
            title={t('undo.undoHint')}
            data-testid="undo"
          >
            {t('undo.undo')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => travel('redo')}
            disabled={!canRedo}
            title={t('undo.redoHint')}
            data-testid="redo"
          >
            {t('undo.redo')}
          </button>
        </>
      )}
      {saveState === 'full' && (
        <p className="banner banner--error" role="alert" data-testid="storage-full">
          {t('full.message')}
        </p>
      )}
    </>
  );
}

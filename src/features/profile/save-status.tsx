import { editSession } from '@/db/edit-session/sessions';
import { useSaveState, useSessionFields } from '@/db/edit-session/use-edit-field';
import { errorMessage } from '@/i18n/error-message';
import { formatDateTime } from '@/i18n/format';
import { refusalCode } from '@/i18n/refusal-message';
import { useT } from '@/i18n/use-t';

/**
 * Where the draft stands, from the assessment's edit session: saved (and when, by whom), saving,
 * waiting for disk space, or why not; announced politely to screen readers. A field another
 * window changed meanwhile offers keeping this window's text or loading the stored one.
 */
export function SaveStatus({
  assessmentId,
  readOnly,
  lastEditor,
  storedAt,
}: {
  assessmentId: string;
  readOnly: boolean;
  lastEditor: string | null;
  storedAt: string | null;
}) {
  const { t, locale } = useT('profile');
  const state = useSaveState(assessmentId);
  const fields = useSessionFields(assessmentId, 'profile');
  const conflicts = fields.filter(({ state: field }) => field.status === 'conflict');
  const refused = fields.find(({ state: field }) => field.status === 'refused' || (field.status === 'pending' && field.error));
  let message: string;
  if (state === 'saving') message = t('save.saving');
  else if (state === 'full') message = t('edit:full.message');
  else if (conflicts.length > 0) message = t('common:errors.conflict');
  else if (refused) {
    const code = refusalCode(refused.state.error);
    message =
      code === 'invalid-input'
        ? t('save.refused.invalid')
        : code === 'locked'
          ? t('save.refused.published')
          : errorMessage(refused.state.error, locale);
  } else if (storedAt)
    message = lastEditor
      ? t('save.storedBy', { at: formatDateTime(storedAt, locale), name: lastEditor })
      : t('save.stored', { at: formatDateTime(storedAt, locale) });
  else message = readOnly ? '' : t('save.autosave');
  const session = editSession(assessmentId);
  return (
    <div
      className={`save-status save-status--${state === 'saved' ? 'muted' : state === 'saving' ? 'muted' : 'error'}`}
      data-testid="save-status"
      data-state={state}
    >
      <p role="status" aria-live="polite">
        {message}
      </p>
      {conflicts.length > 0 && (
        <div className="button-row">
          <button type="button" className="button" onClick={() => conflicts.forEach(({ address }) => void session.keepMine(address))}>
            {t('scoring:detail.conflict.keepMine')}
          </button>
          <button type="button" className="button" onClick={() => conflicts.forEach(({ address }) => session.discard(address))}>
            {t('save.loadLatest')}
          </button>
        </div>
      )}
    </div>
  );
}

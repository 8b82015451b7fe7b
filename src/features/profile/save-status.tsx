import { errorMessage } from '@/i18n/error-message';
import { formatDateTime } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import type { DraftEditor } from './use-draft-editor';

function isConflict(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'kind' in error && error.kind === 'conflict';
}

function commandCode(error: unknown): string | null {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : null;
}

/** Where the draft stands: saved, saving, or why not, announced politely to screen readers. */
export function SaveStatus({ editor, lastEditor, storedAt }: { editor: DraftEditor; lastEditor: string | null; storedAt: string | null }) {
  const { t, locale } = useT('profile');
  const { state } = editor;
  let message = '';
  let tone = 'muted';
  switch (state.kind) {
    case 'idle':
      message = storedAt
        ? lastEditor
          ? t('save.storedBy', { at: formatDateTime(storedAt, locale), name: lastEditor })
          : t('save.stored', { at: formatDateTime(storedAt, locale) })
        : editor.readOnly
          ? ''
          : t('save.autosave');
      break;
    case 'pending':
      message = t('save.pending');
      break;
    case 'saving':
      message = t('save.saving');
      break;
    case 'saved':
      message = t('save.saved', { at: formatDateTime(state.at, locale) });
      break;
    case 'invalid':
      message = t('save.invalid', { count: state.problems.length });
      tone = 'error';
      break;
    case 'failed': {
      const code = commandCode(state.error);
      message = code ? t(`save.refused.${code}`) : errorMessage(state.error, locale);
      tone = 'error';
      break;
    }
  }
  return (
    <div className={`save-status save-status--${tone}`} data-testid="save-status" data-state={state.kind}>
      <p role="status" aria-live="polite">
        {message}
      </p>
      {state.kind === 'failed' && isConflict(state.error) && (
        <button type="button" className="button" onClick={editor.reload}>
          {t('save.loadLatest')}
        </button>
      )}
      {state.kind === 'failed' && !isConflict(state.error) && (
        <button type="button" className="button" onClick={() => void editor.saveNow()}>
          {t('save.retry')}
        </button>
      )}
    </div>
  );
}

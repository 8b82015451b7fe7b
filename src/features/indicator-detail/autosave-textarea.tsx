import { useId } from 'react';
import { useT } from '@/i18n/use-t';
import type { EditField } from '@/db/edit-session/use-edit-field';

type Props = {
  readonly label: string;
  readonly field: EditField<string>;
  readonly disabled: boolean;
  readonly rows?: number;
  readonly multiline?: boolean;
  readonly testId?: string;
};

/** A labelled text field bound to the edit session (useEditField), with the conflict choice when one arises. */
export function AutosaveTextarea({ label, field, disabled, rows = 4, multiline = true, testId }: Props) {
  const { t } = useT('scoring');
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          rows={rows}
          value={field.value}
          disabled={disabled}
          data-testid={testId}
          onChange={(event) => field.setValue(event.target.value)}
          onBlur={field.flush}
        />
      ) : (
        <input
          id={id}
          type="text"
          value={field.value}
          disabled={disabled}
          data-testid={testId}
          onChange={(event) => field.setValue(event.target.value)}
          onBlur={field.flush}
        />
      )}
      {field.theirs !== undefined && (
        <div className="conflict" role="alert">
          <p>{t('detail.conflict.message')}</p>
          <blockquote className="conflict__theirs">{field.theirs || t('detail.conflict.empty')}</blockquote>
          <div className="button-row">
            <button type="button" className="button" onClick={field.keepMine}>
              {t('detail.conflict.keepMine')}
            </button>
            <button type="button" className="button" onClick={field.takeTheirs}>
              {t('detail.conflict.takeTheirs')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

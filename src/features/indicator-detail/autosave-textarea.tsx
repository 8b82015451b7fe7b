import { useId } from 'react';
import { useT } from '@/i18n/use-t';
import type { AutosaveText } from './use-autosave-text';

type Props = {
  readonly label: string;
  readonly field: AutosaveText;
  readonly disabled: boolean;
  readonly rows?: number;
  readonly multiline?: boolean;
  readonly testId?: string;
};

/** A labelled text field bound to useAutosaveText, with the conflict choice when one arises. */
export function AutosaveTextarea({ label, field, disabled, rows = 4, multiline = true, testId }: Props) {
  const { t } = useT('scoring');
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} rows={rows} value={field.value} disabled={disabled} data-testid={testId}
          onChange={(event) => field.onChange(event.target.value)} onBlur={field.onBlur} />
      ) : (
        <input id={id} type="text" value={field.value} disabled={disabled} data-testid={testId}
          onChange={(event) => field.onChange(event.target.value)} onBlur={field.onBlur} />
      )}
      {field.conflict !== null && (
        <div className="conflict" role="alert">
          <p>{t('detail.conflict.message')}</p>
          <blockquote className="conflict__theirs">{field.conflict || t('detail.conflict.empty')}</blockquote>
          <div className="button-row">
            <button type="button" className="button" onClick={field.keepMine}>{t('detail.conflict.keepMine')}</button>
            <button type="button" className="button" onClick={field.takeTheirs}>{t('detail.conflict.takeTheirs')}</button>
          </div>
        </div>
      )}
    </div>
  );
}

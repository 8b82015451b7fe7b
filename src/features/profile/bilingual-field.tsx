import { useId } from 'react';
import type { LocalizedText } from '@/domain/localized-text';
import { useT } from '@/i18n/use-t';

type Props = {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly value: LocalizedText;
  readonly onChange: (value: LocalizedText) => void;
  readonly rows?: number;
  readonly readOnly?: boolean;
  readonly error?: string | undefined;
  /** A single line (titles) instead of a text area. */
  readonly singleLine?: boolean;
};

/**
 * One text in both languages, side by side (stacked on narrow screens): English left-to-right,
 * Arabic right-to-left, each with its own lang so spelling, fonts and screen readers follow it.
 */
export function BilingualField({ label, hint, value, onChange, rows = 4, readOnly = false, error, singleLine = false }: Props) {
  const { t } = useT('profile');
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="bilingual-field">
      <legend>{label}</legend>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="bilingual-field__pair">
        {(['en', 'ar'] as const).map((language) => {
          const common = {
            id: `${id}-${language}`,
            lang: language,
            dir: language === 'ar' ? 'rtl' : 'ltr',
            value: value[language],
            readOnly,
            'aria-describedby': describedBy,
            'aria-invalid': Boolean(error),
          } as const;
          return (
            <div className="field" key={language}>
              <label htmlFor={`${id}-${language}`}>
                <span className="visually-hidden">{label}: </span>
                {t(`languages.${language}`)}
              </label>
              {singleLine ? (
                <input type="text" {...common} onChange={(event) => onChange({ ...value, [language]: event.target.value })} />
              ) : (
                <textarea rows={rows} {...common} onChange={(event) => onChange({ ...value, [language]: event.target.value })} />
              )}
            </div>
          );
        })}
      </div>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

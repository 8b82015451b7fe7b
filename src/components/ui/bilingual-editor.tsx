import { useId, useState } from 'react';
import type { ClipboardEvent } from 'react';
import type { BilingualText } from '@/domain/bilingual-text';
import { otherLocale, translationState, withChecked, withLanguage, withOriginal, withSame } from '@/domain/bilingual-text';
import type { Locale } from '@/domain/localized-text';
import type { TextInputNotice } from '@/domain/text-input';
import { cleanTextInput, plainFromHtml } from '@/domain/text-input';
import { useT } from '@/i18n/use-t';
import './bilingual-editor.css';

type Props = {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly value: BilingualText;
  readonly onChange: (value: BilingualText) => void;
  readonly rows?: number;
  readonly readOnly?: boolean;
  readonly error?: string | undefined;
  /** A single line (titles, figures) instead of a text area. */
  readonly singleLine?: boolean;
  /** Anchor for links from the translation view. */
  readonly anchor?: string | undefined;
  readonly maxLength?: number | undefined;
  /** A language that may not change (the validated original): only the other side, the check and "same" stay editable. */
  readonly lockedLanguage?: Locale | undefined;
};

/**
 * One text in both languages, side by side (stacked on narrow screens): English left-to-right,
 * Arabic right-to-left, each with its own lang. It marks which one is the original, lets someone
 * who reads both tick the translation as checked, or mark the text as the same in both languages.
 * What is typed or pasted is cleaned first (text-input.ts): a message in the user's language says
 * what was done (too long: refused; other script: warned; rich text: kept plain; bidi controls removed).
 */
export function BilingualEditor({
  label,
  hint,
  value,
  onChange,
  rows = 4,
  readOnly = false,
  error,
  singleLine = false,
  anchor,
  maxLength,
  lockedLanguage,
}: Props) {
  const { t } = useT('bilingual');
  const id = useId();
  const [notices, setNotices] = useState<{ language: Locale; codes: readonly TextInputNotice[] } | null>(null);
  const state = translationState(value);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, `${id}-state`].filter(Boolean).join(' ');

  const write = (language: Locale, raw: string, pastedRichText = false) => {
    const cleaned = cleanTextInput(raw, language, { pastedRichText, maxLength });
    setNotices(cleaned.notices.length > 0 ? { language, codes: cleaned.notices } : null);
    if (cleaned.value === null) return;
    onChange(withLanguage(value, language, cleaned.value));
  };

  const paste = (language: Locale) => (event: ClipboardEvent<HTMLTextAreaElement | HTMLInputElement>) => {
    const html = event.clipboardData.getData('text/html');
    if (!html) return; // plain text: the browser inserts it and onChange cleans it
    event.preventDefault();
    const plain = event.clipboardData.getData('text/plain') || plainFromHtml(html);
    const target = event.currentTarget;
    const start = target.selectionStart ?? target.value.length;
    const end = target.selectionEnd ?? target.value.length;
    write(language, target.value.slice(0, start) + plain + target.value.slice(end), true);
  };

  return (
    <fieldset className="bilingual-editor" id={anchor}>
      <legend>{label}</legend>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="bilingual-editor__pair">
        {(['en', 'ar'] as const).map((language) => {
          const isOriginal = value.original === language;
          const common = {
            id: `${id}-${language}`,
            lang: language,
            dir: language === 'ar' ? 'rtl' : 'ltr',
            value: value[language],
            readOnly: readOnly || lockedLanguage === language || (value.same && !isOriginal),
            'aria-describedby': describedBy,
            'aria-invalid': Boolean(error),
            onPaste: paste(language),
          } as const;
          return (
            <div className="field bilingual-editor__side" key={language} dir={language === 'ar' ? 'rtl' : 'ltr'}>
              <div className="bilingual-editor__label">
                <label htmlFor={`${id}-${language}`}>
                  <span className="visually-hidden">{label}:</span> {t(`languages.${language}`)}
                </label>
                {isOriginal && value[language].trim() !== '' && <span className="badge bilingual-editor__original">{t('original')}</span>}
              </div>
              {singleLine ? (
                <input type="text" {...common} onChange={(event) => write(language, event.target.value)} />
              ) : (
                <textarea rows={rows} {...common} onChange={(event) => write(language, event.target.value)} />
              )}
              {!readOnly && !lockedLanguage && !isOriginal && value[language].trim() !== '' && !value.same && (
                <button type="button" className="link-button" onClick={() => onChange(withOriginal(value, language))}>
                  {t('makeOriginal', { language: t(`languages.${language}`) })}
                </button>
              )}
            </div>
          );
        })}
      </div>
      <div className="bilingual-editor__controls">
        <label className="checkbox-row">
          <input
            type="checkbox"
            checked={value.same}
            disabled={readOnly}
            onChange={(event) => onChange(withSame(value, event.target.checked))}
          />
          <span>{t('same')}</span>
        </label>
        {!value.same && (
          <label className="checkbox-row">
            <input
              type="checkbox"
              checked={value.checked}
              disabled={readOnly || value[otherLocale(value.original)].trim() === ''}
              onChange={(event) => onChange(withChecked(value, event.target.checked))}
            />
            <span>{t('checked', { language: t(`languages.${otherLocale(value.original)}`) })}</span>
          </label>
        )}
        <span id={`${id}-state`} className={`bilingual-editor__state bilingual-editor__state--${state}`}>
          {t(`states.${state}`, { language: t(`languages.${otherLocale(value.original)}`) })}
        </span>
      </div>
      {notices && (
        <ul className="bilingual-editor__notices" role="status">
          {notices.codes.map((code) => (
            <li key={code} className={code === 'too-long' ? 'field__error' : 'field__hint'}>
              {t(`notices.${code}`, { language: t(`languages.${notices.language}`), max: maxLength ?? 20000 })}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

import type { ResponseTranslations } from '@/domain/assessment';
import type { BilingualText } from '@/domain/bilingual-text';
import { fieldText, splitField, untranslated } from '@/domain/bilingual-text';
import { sameValue } from '@/domain/history';
import type { EditField } from '@/db/edit-session/use-edit-field';
import { BilingualEditor } from '@/components/ui/bilingual-editor';
import { useT } from '@/i18n/use-t';

type Props = {
  readonly label: string;
  readonly field: 'justification' | 'notApplicableReason';
  readonly text: EditField<string>;
  readonly translations: EditField<ResponseTranslations | null>;
  readonly disabled: boolean;
  /** Locked by validation: only the translation side may change (the answer and its wording stand). */
  readonly translationOnly: boolean;
  readonly rows?: number;
};

/**
 * A response text in both languages on the edit session: the record keeps the original-language
 * text in its own field (what history, merge and spreadsheets read) and the other language in
 * `translations`, so a change is written to whichever of the two it touched.
 */
export function BilingualResponseField({ label, field, text, translations, disabled, translationOnly, rows = 6 }: Props) {
  const { t } = useT('scoring');
  const value = fieldText(text.value, translations.value?.[field]);
  const onChange = (next: BilingualText) => {
    const split = splitField(next);
    if (split.text !== text.value) {
      if (translationOnly) return;
      text.setValue(split.text);
    }
    const stored = translations.value?.[field];
    // Typing the original of a text with no translation record changes nothing a reader of the
    // record could not infer (fieldText reads its language from its script), so only the text is
    // written: one field per run of typing, as the edit session's crash journal expects.
    const implied = stored === undefined && sameValue(split.translation, untranslated(split.text));
    if (!implied && !sameValue(split.translation, stored ?? null))
      translations.setValue({ ...translations.value, [field]: split.translation });
  };
  const conflict = text.theirs !== undefined ? text : translations.theirs !== undefined ? translations : null;
  const theirs = text.theirs !== undefined ? text.theirs : (translations.theirs?.[field]?.other ?? '');
  return (
    <div
      onBlur={() => {
        text.flush();
        translations.flush();
      }}
      data-testid={field}
    >
      <BilingualEditor
        label={label}
        anchor={field}
        value={value}
        rows={rows}
        readOnly={disabled && !translationOnly}
        onChange={onChange}
        lockedLanguage={translationOnly ? value.original : undefined}
      />
      {conflict && (
        <div className="conflict" role="alert">
          <p>{t('detail.conflict.message')}</p>
          <blockquote className="conflict__theirs" dir="auto">
            {theirs || t('detail.conflict.empty')}
          </blockquote>
          <div className="button-row">
            <button type="button" className="button" onClick={conflict.keepMine}>
              {t('detail.conflict.keepMine')}
            </button>
            <button type="button" className="button" onClick={conflict.takeTheirs}>
              {t('detail.conflict.takeTheirs')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

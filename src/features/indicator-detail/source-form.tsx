import { useState } from 'react';
import type { SourceType } from '@/domain/assessment';
import { SOURCE_TYPES } from '@/domain/assessment';
import type { BilingualText } from '@/domain/bilingual-text';
import { fieldText, splitField } from '@/domain/bilingual-text';
import type { SourceInput } from '@/domain/record-validation';
import { SOURCE_FIELDS } from '@/domain/record-validation';
import { isOneOf } from '@/lib/one-of';
import { checkSource } from '@/domain/record-validation';
import { BilingualEditor } from '@/components/ui/bilingual-editor';
import { Field } from '@/components/ui/field';
import { refusalCode, refusalMessage } from '@/i18n/refusal-message';
import { useT } from '@/i18n/use-t';
import { wordingIn } from '@/i18n/wording';
import type { Wording } from '@/i18n/wording';

export const EMPTY_SOURCE: SourceInput = { type: 'law', title: '', section: '', date: '', url: '', excerpt: '' };

type Props = {
  readonly initial: SourceInput;
  readonly submitLabel: string;
  readonly onSubmit: (input: SourceInput) => Promise<unknown>;
  readonly onCancel?: () => void;
  /** After validation only the other language of the title and section may change. */
  readonly translationOnly?: boolean;
  /** The element id links (the translation view's) focus: `source:<id>`. */
  readonly anchor?: string | undefined;
};

/**
 * Adds or edits one structured source; checks the input the same way the store command does. The
 * title and the section cited are printed in the profile's key sources, so each is written in
 * both languages side by side (the original in the record's field, the other in `translations`).
 */
export function SourceForm({ initial, submitLabel, onSubmit, onCancel, translationOnly = false, anchor }: Props) {
  const { t, locale } = useT('scoring');
  const [input, setInput] = useState<SourceInput>(initial);
  // Worded at render, so a form error follows a language switch.
  const [error, setError] = useState<{ field: string; message: Wording } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof SourceInput>(key: K, value: SourceInput[K]) => setInput((previous) => ({ ...previous, [key]: value }));
  const errorFor = (field: string) => (error?.field === field ? error.message(locale) : undefined);
  const bilingualOf = (field: 'title' | 'section') => fieldText(input[field], input.translations?.[field]);
  const setBilingual = (field: 'title' | 'section', text: BilingualText) => {
    const split = splitField(text);
    setInput((previous) => ({ ...previous, [field]: split.text, translations: { ...previous.translations, [field]: split.translation } }));
  };

  const submit = async () => {
    const problem = checkSource({ ...input, title: input.title.trim(), date: input.date.trim(), url: input.url.trim() });
    if (problem) {
      setError({ field: problem.field, message: wordingIn('scoring', `sources.errors.${problem.field}`) });
      return;
    }
    setBusy(true);
    try {
      await onSubmit(input);
      setError(null);
      setInput(initial);
      onCancel?.();
    } catch (failure) {
      const field = refusalCode(failure) === 'invalid-input' ? String((failure as { refusal: { field: string } }).refusal.field) : 'form';
      setError({
        field,
        message: isOneOf(SOURCE_FIELDS, field)
          ? wordingIn('scoring', `sources.errors.${field}`)
          : (shown) => refusalMessage(failure, shown),
      });
    } finally {
      setBusy(false);
    }
  };

  const locked = translationOnly ? (field: 'title' | 'section') => bilingualOf(field).original : () => undefined;
  return (
    <form
      className="source-form"
      id={anchor}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <BilingualEditor
        label={t('sources.title')}
        singleLine
        value={bilingualOf('title')}
        onChange={(text) => setBilingual('title', text)}
        error={errorFor('title')}
        lockedLanguage={locked('title')}
        maxLength={500}
      />
      <BilingualEditor
        label={t('sources.section')}
        singleLine
        value={bilingualOf('section')}
        onChange={(text) => setBilingual('section', text)}
        lockedLanguage={locked('section')}
      />
      <div className="detail-grid">
        <Field label={t('sources.type')}>
          {(control) => (
            <select
              {...control}
              value={input.type}
              disabled={translationOnly}
              onChange={(event) => set('type', event.target.value as SourceType)}
            >
              {SOURCE_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`sources.types.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('sources.date')} hint={t('sources.dateHint')} error={errorFor('date')}>
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              value={input.date}
              readOnly={translationOnly}
              onChange={(event) => set('date', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('sources.url')} error={errorFor('url')}>
          {(control) => (
            <input
              {...control}
              type="url"
              dir="ltr"
              value={input.url}
              readOnly={translationOnly}
              onChange={(event) => set('url', event.target.value)}
            />
          )}
        </Field>
      </div>
      <Field label={t('sources.excerpt')} error={errorFor('excerpt')}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={input.excerpt}
            readOnly={translationOnly}
            onChange={(event) => set('excerpt', event.target.value)}
          />
        )}
      </Field>
      {error?.field === 'form' && (
        <p role="alert" className="field__error">
          {error.message(locale)}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common:cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

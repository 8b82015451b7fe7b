import { useId } from 'react';
import type { DraftProblem, KeyDataItem } from '@/domain/profile-draft';
import { EMPTY_BILINGUAL } from '@/domain/bilingual-text';
import { localize } from '@/domain/localized-text';
import { useT } from '@/i18n/use-t';
import { BilingualField } from './bilingual-field';
import type { DraftEditor } from './use-profile-editor';

/** Key migration data entered by hand: each figure with its year and source, as published. */
export function KeyDataEditor({ editor, problems }: { editor: DraftEditor; problems: readonly DraftProblem[] }) {
  const { t } = useT('profile');
  const { draft, update, readOnly } = editor;
  const change = (id: string, patch: Partial<KeyDataItem>) =>
    update((d) => ({ ...d, keyData: d.keyData.map((item) => (item.id === id ? { ...item, ...patch } : item)) }));
  return (
    <section aria-labelledby="key-data-title" className="narrative-section">
      <h3 id="key-data-title">{t('keyData.title')}</h3>
      <p className="muted">{t('keyData.hint')}</p>
      <ol className="key-data-editor">
        {draft.keyData.map((item, index) => (
          <KeyDataRow
            key={item.id}
            item={item}
            index={index}
            readOnly={readOnly}
            problems={problems.filter((p) => p.where === item.id)}
            onChange={(patch) => change(item.id, patch)}
            onRemove={() => update((d) => ({ ...d, keyData: d.keyData.filter((x) => x.id !== item.id) }))}
          />
        ))}
      </ol>
      {!readOnly && (
        <button
          type="button"
          className="button"
          onClick={() =>
            update((d) => ({
              ...d,
              keyData: [
                ...d.keyData,
                { id: crypto.randomUUID(), label: EMPTY_BILINGUAL, value: EMPTY_BILINGUAL, year: '', source: EMPTY_BILINGUAL },
              ],
            }))
          }
        >
          {t('keyData.add')}
        </button>
      )}
    </section>
  );
}

function KeyDataRow(props: {
  item: KeyDataItem;
  index: number;
  readOnly: boolean;
  problems: readonly DraftProblem[];
  onChange: (patch: Partial<KeyDataItem>) => void;
  onRemove: () => void;
}) {
  const { t, locale } = useT('profile');
  const id = useId();
  const { item, index, readOnly, problems } = props;
  const name = localize(item.label, locale) || t('keyData.untitled', { number: index + 1 });
  const errorOf = (code: DraftProblem['code']) => (problems.some((p) => p.code === code) ? t(`problems.${code}`) : undefined);
  const yearError = errorOf('key-data-year-invalid');
  return (
    <li className="card key-data-row" id={`key-data-${item.id}`}>
      <BilingualField
        singleLine
        label={t('keyData.label', { number: index + 1 })}
        value={item.label}
        readOnly={readOnly}
        error={errorOf('key-data-label-missing')}
        onChange={(label) => props.onChange({ label })}
      />
      <BilingualField
        singleLine
        label={`${t('keyData.value')} (${name})`}
        value={item.value}
        readOnly={readOnly}
        error={errorOf('key-data-value-missing')}
        onChange={(value) => props.onChange({ value })}
      />
      <div className="key-data-row__fields">
        <div className="field">
          <label htmlFor={`${id}-year`}>
            {t('keyData.year')}
            <span className="visually-hidden"> ({name})</span>
          </label>
          <input
            id={`${id}-year`}
            type="text"
            dir="auto"
            value={item.year}
            readOnly={readOnly}
            inputMode="numeric"
            aria-invalid={Boolean(yearError)}
            aria-describedby={yearError ? `${id}-year-error` : undefined}
            onChange={(event) => props.onChange({ year: event.target.value })}
          />
          {yearError && (
            <span className="field__error" id={`${id}-year-error`}>
              {yearError}
            </span>
          )}
        </div>
      </div>
      <BilingualField
        singleLine
        label={`${t('keyData.source')} (${name})`}
        hint={t('keyData.sourceHint')}
        value={item.source}
        readOnly={readOnly}
        onChange={(source) => props.onChange({ source })}
      />
      {!readOnly && (
        <button type="button" className="button button--danger" onClick={props.onRemove}>
          {t('keyData.remove', { name })}
        </button>
      )}
    </li>
  );
}

import { useId } from 'react';
import type { DraftProblem, KeyDataItem } from '@/domain/profile-draft';
import { localize } from '@/domain/localized-text';
import { useT } from '@/i18n/use-t';
import { BilingualField } from './bilingual-field';
import type { DraftEditor } from './use-profile-editor';

type TextKey = 'value' | 'year' | 'source';

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
          onClick={() => update((d) => ({ ...d, keyData: [...d.keyData, { id: crypto.randomUUID(), label: { en: '', ar: '' }, value: '', year: '', source: '' }] }))}
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
  const fields: { key: TextKey; error: string | undefined }[] = [
    { key: 'value', error: errorOf('key-data-value-missing') },
    { key: 'year', error: errorOf('key-data-year-invalid') },
    { key: 'source', error: undefined },
  ];
  return (
    <li className="card key-data-row">
      <BilingualField
        singleLine
        label={t('keyData.label', { number: index + 1 })}
        value={item.label}
        readOnly={readOnly}
        error={errorOf('key-data-label-missing')}
        onChange={(label) => props.onChange({ label })}
      />
      <div className="key-data-row__fields">
        {fields.map(({ key, error }) => (
          <div className="field" key={key}>
            <label htmlFor={`${id}-${key}`}>
              {t(`keyData.${key}`)}
              <span className="visually-hidden"> ({name})</span>
            </label>
            <input
              id={`${id}-${key}`}
              type="text"
              dir="auto"
              value={item[key]}
              readOnly={readOnly}
              inputMode={key === 'year' ? 'numeric' : undefined}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? `${id}-${key}-error` : undefined}
              onChange={(event) => props.onChange({ [key]: event.target.value })}
            />
            {error && (
              <span className="field__error" id={`${id}-${key}-error`}>
                {error}
              </span>
            )}
          </div>
        ))}
      </div>
      {!readOnly && (
        <button type="button" className="button button--danger" onClick={props.onRemove}>
          {t('keyData.remove', { name })}
        </button>
      )}
    </li>
  );
}

import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { Catalogue } from '@/domain/catalogue';
import type { BilingualText } from '@/domain/bilingual-text';
import { EMPTY_BILINGUAL } from '@/domain/bilingual-text';
import { localize } from '@/domain/localized-text';
import type { AddedFinding, FindingKind } from '@/domain/profile-findings';
import { FINDING_KINDS } from '@/domain/profile-findings';
import { useT } from '@/i18n/use-t';
import { BilingualField } from './bilingual-field';

type Errors = { text?: string; indicators?: string };

/** A finding the researcher writes: it must name the indicators it rests on, so it stays traceable. */
export function AddFindingForm({ catalogue, onAdd }: { catalogue: Catalogue; onAdd: (line: AddedFinding) => void }) {
  const { t, locale } = useT('profile');
  const id = useId();
  const [kind, setKind] = useState<FindingKind>('well-developed');
  const [domainId, setDomainId] = useState(catalogue.domains[0]?.id ?? '');
  const [text, setText] = useState<BilingualText>(EMPTY_BILINGUAL);
  const [note, setNote] = useState('');
  const [indicatorIds, setIndicatorIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [added, setAdded] = useState('');
  const indicators = catalogue.indicators.filter((indicator) => indicator.domainId === domainId);

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: Errors = {};
    if (text.en.trim() === '' && text.ar.trim() === '') next.text = t('addFinding.errors.textRequired');
    if (indicatorIds.length === 0) next.indicators = t('addFinding.errors.indicatorsRequired');
    setErrors(next);
    if (next.text || next.indicators) return;
    onAdd({ id: `added:${crypto.randomUUID()}`, kind, domainId, indicatorIds, text, note });
    setAdded(t('addFinding.added', { text: localize(text, locale) }));
    setText(EMPTY_BILINGUAL);
    setNote('');
    setIndicatorIds([]);
  }

  return (
    <details className="add-finding">
      <summary>{t('addFinding.title')}</summary>
      <form className="form-grid" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('addFinding.kind')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as FindingKind)}>
            {FINDING_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`findings.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-domain`}>{t('addFinding.domain')}</label>
          <select
            id={`${id}-domain`}
            value={domainId}
            onChange={(event) => {
              setDomainId(event.target.value);
              setIndicatorIds([]);
            }}
          >
            {catalogue.domains.map((domain) => (
              <option key={domain.id} value={domain.id}>
                {domain.id} {localize(domain.title, locale)}
              </option>
            ))}
          </select>
        </div>
        <BilingualField label={t('addFinding.wording')} value={text} onChange={setText} rows={2} error={errors.text} />
        <fieldset className="field add-finding__indicators" aria-describedby={errors.indicators ? `${id}-ind-error` : undefined}>
          <legend>{t('addFinding.indicators')}</legend>
          <div className="add-finding__checklist">
            {indicators.map((indicator) => (
              <label key={indicator.id} className="checkbox-row">
                <input
                  type="checkbox"
                  checked={indicatorIds.includes(indicator.id)}
                  onChange={(event) =>
                    setIndicatorIds((ids) => (event.target.checked ? [...ids, indicator.id] : ids.filter((x) => x !== indicator.id)))
                  }
                />
                <span>
                  <span className="muted">{indicator.id}</span> {localize(indicator.question, locale)}
                </span>
              </label>
            ))}
          </div>
          {errors.indicators && (
            <p className="field__error" id={`${id}-ind-error`}>
              {errors.indicators}
            </p>
          )}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('findings.note')}</label>
          <textarea id={`${id}-note`} dir="auto" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {t('addFinding.submit')}
          </button>
        </div>
        <p role="status" className="muted">
          {added}
        </p>
      </form>
    </details>
  );
}

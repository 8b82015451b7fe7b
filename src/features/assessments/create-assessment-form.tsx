import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Assessment } from '@/domain/assessment';
import { compareVersions } from '@/catalog/catalogue-lookup';
import type { Catalogue } from '@/domain/catalogue';
import { createAssessment } from '@/db/commands';
import { assessmentName } from '@/i18n/assessment-name';
import { errorMessage } from '@/i18n/error-message';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { Field } from '@/components/ui/field';
// Sorted names per language, computed at build time (src/lib/country-list.ts says why).
import countryLists from 'virtual:country-list';
import { localize } from '@/domain/localized-text';
import { navigate } from '@/routing/router';
import { notify } from '@/state/ui-store';
import type { NewAssessmentErrors, NewAssessmentForm } from './new-assessment-form';
import { validateNewAssessment } from './new-assessment-form';
import { wordingIn } from '@/i18n/wording';

/** The newest release of a level's catalogue: a new assessment starts on the current questions. */
function newestOfLevel(catalogues: readonly Catalogue[], level: Catalogue['level']): Catalogue | undefined {
  const ofLevel = catalogues.filter((c) => c.level === level);
  return ofLevel.reduce<Catalogue | undefined>((best, c) => (!best || compareVersions(c.version, best.version) > 0 ? c : best), undefined);
}

function defaultCatalogueKey(catalogues: readonly Catalogue[], level: NewAssessmentForm['level']): string {
  const matching = newestOfLevel(catalogues, level) ?? catalogues[0];
  return matching ? `${matching.frameworkId}@${matching.version}` : '';
}

/** `catalogues` is undefined while they load: the form is usable meanwhile, only its catalogue choice and submit wait. */
type Props = {
  readonly catalogues: readonly Catalogue[] | undefined;
  /** Resolves when the catalogues are loaded: a submit made before waits for them. */
  readonly whenCatalogues: () => Promise<readonly Catalogue[]>;
  readonly existing: readonly Assessment[];
};

export function CreateAssessmentForm({ catalogues: loaded, whenCatalogues, existing }: Props) {
  const { t, locale } = useT('assessments');
  const catalogues = loaded ?? [];
  const [form, setForm] = useState<NewAssessmentForm>(() => ({
    countryCode: '',
    level: 'national',
    placeName: '',
    round: '1',
    year: String(new Date().getFullYear()),
    catalogueKey: '',
    previousAssessmentId: '',
  }));
  const [errors, setErrors] = useState<NewAssessmentErrors>({});
  const [busy, setBusy] = useState(false);
  // Until the user picks one, the catalogue is the default of those loaded (none while they load).
  const catalogueKey = form.catalogueKey || defaultCatalogueKey(catalogues, form.level);
  const countries = countryLists[locale];
  const update = <K extends keyof NewAssessmentForm>(key: K, value: NewAssessmentForm[K]) =>
    setForm((current) => ({ ...current, [key]: value }));

  // A local assessment uses the Local MGI catalogue when one is installed, and vice versa.
  function chooseLevel(level: NewAssessmentForm['level']) {
    const matching = newestOfLevel(catalogues, level);
    setForm((current) => ({
      ...current,
      level,
      catalogueKey: matching ? `${matching.frameworkId}@${matching.version}` : current.catalogueKey,
    }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateNewAssessment({ ...form, catalogueKey }, catalogues);
    // While the catalogues load, the other fields are checked at once and the catalogue when they arrive.
    const waitForCatalogues = !loaded && !result.ok && Object.keys(result.errors).every((key) => key === 'catalogueKey');
    if (!result.ok && !waitForCatalogues) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      let value = result.ok ? result.value : null;
      if (!value) {
        const all = await whenCatalogues();
        const checked = validateNewAssessment({ ...form, catalogueKey: form.catalogueKey || defaultCatalogueKey(all, form.level) }, all);
        if (!checked.ok) {
          setErrors(checked.errors);
          return;
        }
        value = checked.value;
      }
      const created = await createAssessment(value, null);
      notify('success', wordingIn('assessments', 'create.created'));
      navigate({ name: 'assessment', assessmentId: created.id });
    } catch (error) {
      notify('error', (shown) => errorMessage(error, shown));
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (key: keyof NewAssessmentErrors) => {
    const error = errors[key];
    return error ? t(`create.errors.${error}`) : undefined;
  };

  return (
    <form className="card form-grid" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="new-assessment-title">
      <h2 id="new-assessment-title">{t('create.title')}</h2>
      <Field label={t('create.country')} error={fieldError('countryCode')}>
        {(control) => (
          <select {...control} value={form.countryCode} onChange={(e) => update('countryCode', e.target.value)} name="country">
            <option value="">{t('create.chooseCountry')}</option>
            {countries.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="field">
        <legend>{t('create.level')}</legend>
        {(['national', 'local'] as const).map((level) => (
          <label key={level} className="inline-field">
            <input type="radio" name="level" value={level} checked={form.level === level} onChange={() => chooseLevel(level)} />
            <span>{t(`common:levels.${level}`)}</span>
          </label>
        ))}
      </fieldset>
      {form.level === 'local' && (
        <Field label={t('create.placeName')} error={fieldError('placeName')}>
          {(control) => (
            <input
              {...control}
              value={form.placeName}
              onChange={(e) => update('placeName', e.target.value)}
              maxLength={200}
              name="placeName"
            />
          )}
        </Field>
      )}
      <Field label={t('create.round')} error={fieldError('round')}>
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={1}
            max={99}
            value={form.round}
            onChange={(e) => update('round', e.target.value)}
            name="round"
          />
        )}
      </Field>
      <Field label={t('create.year')} error={fieldError('year')}>
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={2000}
            max={2100}
            value={form.year}
            onChange={(e) => update('year', e.target.value)}
            name="year"
          />
        )}
      </Field>
      <Field label={t('create.catalogue')} error={fieldError('catalogueKey')}>
        {(control) => (
          <select
            {...control}
            value={catalogueKey}
            onChange={(e) => update('catalogueKey', e.target.value)}
            name="catalogue"
            disabled={!loaded}
          >
            {!loaded && <option value="">{t('common:loading')}</option>}
            {catalogues.map((c) => (
              <option key={`${c.frameworkId}@${c.version}`} value={`${c.frameworkId}@${c.version}`}>
                {localize(c.title, locale)} {c.version} ({formatNumber(c.indicators.length, locale)})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('create.previous')}>
        {(control) => (
          <select
            {...control}
            value={form.previousAssessmentId}
            onChange={(e) => update('previousAssessmentId', e.target.value)}
            name="previous"
          >
            <option value="">{t('create.noPrevious')}</option>
            {existing.map((a) => (
              <option key={a.id} value={a.id}>
                {assessmentName(a, locale)} · {t('round', { round: formatNumber(a.round, locale), year: a.year })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('create.submit')}
        </button>
      </div>
    </form>
  );
}

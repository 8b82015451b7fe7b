import { useState } from 'react';
import type { KnownCatalogues, UntranslatedPlace } from '@/domain/assessment-printed-texts';
import type { PrintedSection } from '@/domain/printed-texts';
import { PRINTED_SECTIONS } from '@/domain/printed-texts';
import { CommandRefused } from '@/db/command-refusal';
import { publishAssessment } from '@/db/publish-commands';
import { errorMessage } from '@/i18n/error-message';
import { formatNumber } from '@/i18n/format';
import { printedTextLabel, printedTextState } from '@/i18n/printed-text-label';
import { useT } from '@/i18n/use-t';
import { editorLocation, hrefFor } from '@/routing/router';
import { notify } from '@/state/ui-store';

type Props = { readonly assessmentId: string; readonly known: KnownCatalogues; readonly actorId: string | null };

/**
 * The last step after the lock: publishing makes the profile the published record. Refused while
 * a text the publication prints has no checked translation; the refusal lists each place, by
 * section, with a link to its editor.
 */
export function PublishPanel({ assessmentId, known, actorId }: Props) {
  const { t, locale } = useT('publish');
  const places = useT('translation').t;
  const people = useT('people').t;
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ code: string; places: readonly UntranslatedPlace[] } | null>(null);

  async function publish() {
    setBusy(true);
    setRefusal(null);
    try {
      await publishAssessment(assessmentId, known, actorId);
      notify('success', t('done'));
    } catch (error) {
      if (error instanceof CommandRefused)
        setRefusal({ code: error.refusal.code, places: error.refusal.code === 'untranslated' ? error.refusal.places : [] });
      else notify('error', errorMessage(error, locale));
    } finally {
      setBusy(false);
    }
  }

  const bySection = new Map<PrintedSection, UntranslatedPlace[]>();
  for (const place of refusal?.places ?? []) bySection.set(place.section, [...(bySection.get(place.section) ?? []), place]);
  const count = refusal?.places.length ?? 0;
  return (
    <section className="card" aria-labelledby="publish-heading" data-testid="publish-panel">
      <h2 id="publish-heading">{t('heading')}</h2>
      <p>{t('explain')}</p>
      {!actorId && <p className="field__error">{people('whoIsWorking.required')}</p>}
      <button type="button" className="button button--primary" disabled={busy || !actorId} onClick={() => void publish()}>
        {t('button')}
      </button>
      {refusal && (
        <div className="publish-refusal" role="alert" data-testid="publish-refusal" data-code={refusal.code} data-count={count}>
          <p>
            {refusal.code === 'untranslated'
              ? t('refused.untranslated', { count, formatted: formatNumber(count, locale) })
              : t(`refused.${refusal.code === 'not-validated' ? 'not-validated' : 'other'}`)}
          </p>
          {PRINTED_SECTIONS.filter((section) => bySection.has(section)).map((section) => (
            <section key={section} aria-label={places(`sections.${section}`)}>
              <h3>
                {places('sectionCount', {
                  section: places(`sections.${section}`),
                  formatted: formatNumber(bySection.get(section)?.length ?? 0, locale),
                })}
              </h3>
              <ul>
                {(bySection.get(section) ?? []).map((place) => {
                  const link = editorLocation(assessmentId, place.editor);
                  return (
                    <li key={place.key}>
                      <a href={hrefFor(link.route, link.params)}>{printedTextLabel(place, places, locale)}</a>{' '}
                      <span className="muted">({printedTextState(place, places)})</span>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
          {count > 0 && <a href={hrefFor({ name: 'translation', assessmentId })}>{t('openTranslation')}</a>}
        </div>
      )}
    </section>
  );
}

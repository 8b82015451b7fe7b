import type { UntranslatedPlace } from '@/domain/assessment-printed-texts';
import type { BilingualText } from '@/domain/bilingual-text';
import type { PrintedSection } from '@/domain/printed-texts';
import { PRINTED_SECTIONS } from '@/domain/printed-texts';
import { formatNumber } from '@/i18n/format';
import { printedTextLabel, printedTextState } from '@/i18n/printed-text-label';
import { useT } from '@/i18n/use-t';
import { editorLocation, hrefFor } from '@/routing/router';

type Props = {
  readonly assessmentId: string;
  readonly places: readonly UntranslatedPlace[];
  /** The texts by key, to show what is there to translate. */
  readonly texts: ReadonlyMap<string, BilingualText>;
};

const PREVIEW_LENGTH = 160;

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW_LENGTH ? `${flat.slice(0, PREVIEW_LENGTH)}…` : flat;
}

/**
 * The places to translate or check, counted per section and listed section by section, each
 * linking to the editor of its text (which opens and takes focus there).
 */
export function TranslationList({ assessmentId, places, texts }: Props) {
  const { t, locale } = useT('translation');
  const bySection = new Map<PrintedSection, UntranslatedPlace[]>();
  for (const place of places) bySection.set(place.section, [...(bySection.get(place.section) ?? []), place]);
  const sections = PRINTED_SECTIONS.filter((section) => bySection.has(section));
  const count = places.length;
  if (count === 0) {
    return (
      <p className="banner banner--success" role="status" data-testid="translation-total" data-count={0}>
        {t('allDone')}
      </p>
    );
  }
  const missing = places.filter((place) => place.state === 'missing').length;
  return (
    <div className="translation-list">
      <p role="status" data-testid="translation-total" data-count={count}>
        <strong>{t('total', { count, formatted: formatNumber(count, locale) })}</strong>{' '}
        <span className="muted">
          ({t('missingCount', { formatted: formatNumber(missing, locale) })},{' '}
          {t('uncheckedCount', { formatted: formatNumber(count - missing, locale) })})
        </span>
      </p>
      <nav aria-label={t('countsLabel')}>
        <ul className="translation-counts">
          {sections.map((section) => (
            <li key={section} data-section={section} data-count={bySection.get(section)?.length ?? 0}>
              <a
                href={hrefFor({ name: 'translation', assessmentId }, new URLSearchParams({ section }))}
                onClick={(event) => jumpTo(event, `translation-${section}`)}
              >
                {t('sectionCount', {
                  section: t(`sections.${section}`),
                  formatted: formatNumber(bySection.get(section)?.length ?? 0, locale),
                })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((section) => (
        <section key={section} aria-labelledby={`translation-${section}`} className="translation-section" data-section={section}>
          <h2 id={`translation-${section}`} tabIndex={-1}>
            {t(`sections.${section}`)} <span className="muted">({formatNumber(bySection.get(section)?.length ?? 0, locale)})</span>
          </h2>
          {section === 'indicators' && <p className="muted">{t('workingDraftOnly')}</p>}
          <ul className="translation-places">
            {(bySection.get(section) ?? []).map((place) => {
              const link = editorLocation(assessmentId, place.editor);
              const text = texts.get(place.key);
              const shown = text ? text[text.original] : '';
              const label = printedTextLabel(place, t, locale);
              return (
                <li key={place.key} data-key={place.key} data-state={place.state}>
                  <a href={hrefFor(link.route, link.params)}>{t('openEditor', { what: label })}</a>{' '}
                  <span className={`badge ${place.state === 'missing' ? 'badge--warning' : ''}`}>{printedTextState(place, t)}</span>
                  {text && shown.trim() !== '' && (
                    <p className="translation-places__original">
                      <span className="muted">{t('original', { language: t(`languages.${text.original}`) })} </span>
                      <span lang={text.original} dir={text.original === 'ar' ? 'rtl' : 'ltr'}>
                        {preview(shown)}
                      </span>
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** The section links move focus to the section's heading without changing the route. */
function jumpTo(event: { preventDefault(): void }, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'start' });
  target.focus();
}

import { useState } from 'react';
import type { Source } from '@/domain/assessment';
import { addSourceEdit, deleteSourceEdit, updateSourceEdit } from '@/db/edit-session/record-edits';
import { formatNumber } from '@/i18n/format';
import { refusalMessage } from '@/i18n/refusal-message';
import { useT } from '@/i18n/use-t';
import { notify } from '@/state/ui-store';
import { EMPTY_SOURCE, SourceForm } from './source-form';
import { SafeLink } from '@/components/ui/safe-link';
import type { TextTranslation } from '@/domain/bilingual-text';
import { fieldText, textForPrint } from '@/domain/bilingual-text';
import type { Locale } from '@/domain/localized-text';

/** A source's title or section in the screen's language, or its original when not translated. */
function localizedField(text: string, translation: TextTranslation | undefined, locale: Locale): string {
  return textForPrint(fieldText(text, translation), locale).text;
}

type Props = {
  readonly assessmentId: string;
  readonly indicatorId: string;
  readonly sources: readonly Source[];
  readonly memberId: string | null;
  readonly reason: string;
  readonly disabled: boolean;
  /** Disabled for changes, but the title and section may still be translated. */
  readonly translatable?: boolean;
  /** `source:<id>` opens that source's form (a link from the translation view). */
  readonly focus?: string | null;
};

/** The evidence behind an answer: laws, policies, reports, interviews, each with where to find it. */
export function SourcesPanel({
  assessmentId,
  indicatorId,
  sources,
  memberId,
  reason,
  disabled,
  translatable = false,
  focus = null,
}: Props) {
  const { t, locale } = useT('scoring');
  const [adding, setAdding] = useState(false);
  const requested = focus?.startsWith('source:') ? focus.slice('source:'.length) : null;
  const [editingId, setEditingId] = useState<string | null>(requested);
  const who = { memberId, reason };
  const remove = (source: Source) => {
    if (!window.confirm(t('sources.removeConfirm', { title: source.title }))) return;
    deleteSourceEdit(assessmentId, source.id, who).catch((error: unknown) => notify('error', (shown) => refusalMessage(error, shown)));
  };
  return (
    <section className="detail-section" aria-labelledby="sources-title">
      <h3 id="sources-title">{t('sources.heading', { formatted: formatNumber(sources.length, locale) })}</h3>
      {sources.length === 0 && (
        <p className="muted">
          {t('sources.none')}
          {!disabled && ` ${t('sources.noneHint')}`}
        </p>
      )}
      <ul className="source-list" data-testid="source-list">
        {sources.map((source) =>
          editingId === source.id ? (
            <li key={source.id}>
              <SourceForm
                initial={source}
                submitLabel={t('common:save')}
                onCancel={() => setEditingId(null)}
                anchor={`source:${source.id}`}
                translationOnly={disabled}
                onSubmit={(input) => updateSourceEdit(assessmentId, source.id, input, who)}
              />
            </li>
          ) : (
            <li key={source.id} className="source-item">
              <span className="badge">{t(`sources.types.${source.type}`)}</span>{' '}
              <strong dir="auto">{localizedField(source.title, source.translations?.title, locale)}</strong>
              {source.section && <span dir="auto"> · {localizedField(source.section, source.translations?.section, locale)}</span>}
              {source.date && <span> · {source.date}</span>}
              {source.url && (
                <>
                  {' · '}
                  <SafeLink url={source.url} />
                </>
              )}
              {source.excerpt && <blockquote className="source-item__excerpt">{source.excerpt}</blockquote>}
              {disabled && translatable && (
                <span className="button-row">
                  <button type="button" className="link-button" onClick={() => setEditingId(source.id)}>
                    {t('sources.translate')}
                    <span className="visually-hidden"> {source.title}</span>
                  </button>
                </span>
              )}
              {!disabled && (
                <span className="button-row">
                  <button type="button" className="link-button" onClick={() => setEditingId(source.id)}>
                    {t('sources.edit')}
                    <span className="visually-hidden"> {source.title}</span>
                  </button>
                  <button type="button" className="link-button" onClick={() => remove(source)}>
                    {t('sources.remove')}
                    <span className="visually-hidden"> {source.title}</span>
                  </button>
                </span>
              )}
            </li>
          ),
        )}
      </ul>
      {!disabled &&
        (adding ? (
          <SourceForm
            initial={EMPTY_SOURCE}
            submitLabel={t('sources.add')}
            onCancel={() => setAdding(false)}
            onSubmit={(input) => addSourceEdit(assessmentId, indicatorId, input, who)}
          />
        ) : (
          <button type="button" className="button" onClick={() => setAdding(true)}>
            {t('sources.addSource')}
          </button>
        ))}
    </section>
  );
}

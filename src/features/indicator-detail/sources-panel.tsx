import { useState } from 'react';
import type { Source } from '@/domain/assessment';
import { addSourceEdit, deleteSourceEdit, updateSourceEdit } from '@/db/edit-session/record-edits';
import { formatNumber } from '@/i18n/format';
import { refusalMessage } from '@/i18n/refusal-message';
import { useT } from '@/i18n/use-t';
import { notify } from '@/state/ui-store';
import { EMPTY_SOURCE, SourceForm } from './source-form';
import { SafeLink } from '@/components/ui/safe-link';

type Props = {
  readonly assessmentId: string;
  readonly indicatorId: string;
  readonly sources: readonly Source[];
  readonly memberId: string | null;
  readonly reason: string;
  readonly disabled: boolean;
};

/** The evidence behind an answer: laws, policies, reports, interviews, each with where to find it. */
export function SourcesPanel({ assessmentId, indicatorId, sources, memberId, reason, disabled }: Props) {
  const { t, locale } = useT('scoring');
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const who = { memberId, reason };
  const remove = (source: Source) => {
    if (!window.confirm(t('sources.removeConfirm', { title: source.title }))) return;
    deleteSourceEdit(assessmentId, source.id, who).catch((error: unknown) => notify('error', refusalMessage(error, locale)));
  };
  return (
    <section className="detail-section" aria-labelledby="sources-title">
      <h3 id="sources-title">{t('sources.heading', { formatted: formatNumber(sources.length, locale) })}</h3>
      {sources.length === 0 && <p className="muted">{t('sources.none')}{!disabled && ` ${t('sources.noneHint')}`}</p>}
      <ul className="source-list" data-testid="source-list">
        {sources.map((source) =>
          editingId === source.id ? (
            <li key={source.id}>
              <SourceForm initial={source} submitLabel={t('common:save')} onCancel={() => setEditingId(null)}
                onSubmit={(input) => updateSourceEdit(assessmentId, source.id, input, who)} />
            </li>
          ) : (
            <li key={source.id} className="source-item">
              <span className="badge">{t(`sources.types.${source.type}`)}</span>{' '}
              <strong>{source.title}</strong>
              {source.section && <span> · {source.section}</span>}
              {source.date && <span> · {source.date}</span>}
              {source.url && (
                <>
                  {' · '}
                  <SafeLink url={source.url} />
                </>
              )}
              {source.excerpt && <blockquote className="source-item__excerpt">{source.excerpt}</blockquote>}
              {!disabled && (
                <span className="button-row">
                  <button type="button" className="link-button" onClick={() => setEditingId(source.id)}>
                    {t('sources.edit')}<span className="visually-hidden"> {source.title}</span>
                  </button>
                  <button type="button" className="link-button" onClick={() => remove(source)}>
                    {t('sources.remove')}<span className="visually-hidden"> {source.title}</span>
                  </button>
                </span>
              )}
            </li>
          ),
        )}
      </ul>
      {!disabled &&
        (adding ? (
          <SourceForm initial={EMPTY_SOURCE} submitLabel={t('sources.add')} onCancel={() => setAdding(false)}
            onSubmit={(input) => addSourceEdit(assessmentId, indicatorId, input, who)} />
        ) : (
          <button type="button" className="button" onClick={() => setAdding(true)}>{t('sources.addSource')}</button>
        ))}
    </section>
  );
}

import { useId, useMemo, useState } from 'react';
import type { Assessment, Response } from '@/domain/assessment';
import type { Catalogue } from '@/domain/catalogue';
import type { CatalogueMovePlan } from '@/domain/catalogue-move';
import { planCatalogueMove } from '@/domain/catalogue-move';
import { localize } from '@/domain/localized-text';
import { compareVersions } from '@/catalog/catalogue-lookup';
import { moveAssessmentToCatalogue, undoMove } from '@/db/catalogue-move-commands';
import { useUndoableMove } from '@/db/catalogue-move-live';
import { formatNumber } from '@/i18n/format';
import { refusalMessage } from '@/i18n/refusal-message';
import { useT } from '@/i18n/use-t';
import { notify } from '@/state/ui-store';
import { KeyTerms } from '@/components/ui/glossary-term';
import type { GlossaryEntry } from '@/domain/reference-data';
import { PreviousAnswers } from './previous-answers';
import { wordingIn } from '@/i18n/wording';
import type { Wording } from '@/i18n/wording';

/** The terms release 1.1.0 changes in Arabic, explained where the move is previewed. */
const MOVE_TERMS = ['governorate', 'access-to-justice', 'labour-protections', 'trafficking', 'smuggling', 'unaccompanied-child'] as const;
import './catalogue-move.css';

type Props = {
  readonly assessment: Assessment;
  readonly catalogue: Catalogue;
  /** Every catalogue known (bundled and imported), to find newer releases and the path to them. */
  readonly catalogues: readonly Catalogue[];
  readonly responses: ReadonlyMap<string, Response>;
  readonly memberId: string | null;
  readonly locked: boolean;
  readonly glossary: readonly GlossaryEntry[];
};

/**
 * Offers an assessment the newest release of its catalogue: a preview of what the move does to each
 * answer, the move itself, and its undo while nothing else has changed since.
 */
export function MoveOffer({ assessment, catalogue, catalogues, responses, memberId, locked, glossary }: Props) {
  const { t, locale } = useT('method');
  const undo = useUndoableMove(assessment.id);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const previewId = useId();
  const newest = useMemo(
    () =>
      catalogues
        .filter((c) => c.frameworkId === catalogue.frameworkId && compareVersions(c.version, catalogue.version) > 0)
        .sort((a, b) => compareVersions(b.version, a.version))[0],
    [catalogues, catalogue],
  );
  const plan = useMemo(() => {
    if (!newest || !open) return null;
    try {
      return planCatalogueMove(catalogue, newest, catalogues, responses);
    } catch {
      return null;
    }
  }, [newest, open, catalogue, catalogues, responses]);

  const run = async (action: () => Promise<unknown>, done: Wording) => {
    setBusy(true);
    try {
      await action();
      notify('success', done);
      setOpen(false);
    } catch (error) {
      notify('error', (shown) => refusalMessage(error, shown));
    } finally {
      setBusy(false);
    }
  };

  if (undo && undo.toVersion === assessment.catalogueVersion && !locked) {
    return (
      <section className="move-offer move-offer--done" data-testid="move-done" aria-label={t('move.doneLabel')}>
        <p>{t('move.done', { from: undo.fromVersion, to: undo.toVersion })}</p>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(() => undoMove(assessment.id, memberId), wordingIn('method', 'move.undone', { version: undo.fromVersion }))
          }
        >
          {t('move.undo', { version: undo.fromVersion })}
        </button>
      </section>
    );
  }
  if (!newest || locked) return null;
  return (
    <section className="move-offer" data-testid="move-offer" aria-label={t('move.offerLabel')}>
      <p>{t('move.available', { version: newest.version, current: catalogue.version })}</p>
      <button type="button" aria-expanded={open} aria-controls={previewId} onClick={() => setOpen(!open)}>
        {open ? t('move.hidePreview') : t('move.preview', { version: newest.version })}
      </button>
      {open && (
        <div id={previewId} className="move-preview" data-testid="move-preview">
          {plan ? (
            <>
              <MovePreview plan={plan} from={catalogue} to={newest} />
              <KeyTerms glossary={glossary} ids={MOVE_TERMS} locale={locale} label={t('glossary.label')} usageLabel={t('glossary.usage')} />
            </>
          ) : (
            <p role="alert">{t('move.noPath', { from: catalogue.version, to: newest.version })}</p>
          )}
          {plan && (
            <div className="move-preview__actions">
              <button
                type="button"
                className="button--primary"
                disabled={busy}
                onClick={() =>
                  void run(
                    () => moveAssessmentToCatalogue(assessment.id, plan, memberId),
                    wordingIn('method', 'move.moved', { version: plan.toVersion }),
                  )
                }
              >
                {t('move.confirm', { version: plan.toVersion })}
              </button>
              <button type="button" onClick={() => setOpen(false)}>
                {t('move.cancel')}
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

function MovePreview({ plan, from, to }: { plan: CatalogueMovePlan; from: Catalogue; to: Catalogue }) {
  const { t, locale } = useT('method');
  const question = (catalogue: Catalogue, id: string) => {
    const indicator = catalogue.indicators.find((i) => i.id === id);
    return indicator ? localize(indicator.question, locale) : '';
  };
  const reworded = plan.carried.filter((item) => item.comparability !== 'same');
  const count = (n: number) => formatNumber(n, locale);
  return (
    <>
      <h2 className="move-preview__title">{t('move.previewTitle', { from: plan.fromVersion, to: plan.toVersion })}</h2>
      <p>
        {t('move.summary', {
          carried: count(plan.carried.length),
          reworded: count(reworded.length),
          needs: count(plan.needsAnswer.length),
          removed: count(plan.removed.length),
        })}
      </p>
      <h3>{t('move.needsTitle')}</h3>
      <ul className="move-preview__list" data-testid="move-needs-answer">
        {plan.needsAnswer.map((item) => (
          <li key={item.toId} data-move-indicator={item.toId}>
            <strong>{item.toId}</strong> {question(to, item.toId)}
            <span className="move-preview__reason"> — {t(`move.reasons.${item.reason}`, { ids: item.fromIds.join(', ') })}</span>
            <PreviousAnswers previous={item.previous} catalogue={from} />
          </li>
        ))}
      </ul>
      {reworded.length > 0 && (
        <>
          <h3>{t('move.rewordedTitle')}</h3>
          <ul className="move-preview__list">
            {reworded.map((item) => (
              <li key={item.toId}>
                <strong>{item.toId}</strong> {question(to, item.toId)}
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.removed.length > 0 && (
        <>
          <h3>{t('move.removedTitle')}</h3>
          <ul className="move-preview__list">
            {plan.removed.map((item) => (
              <li key={item.fromId}>
                <strong>{item.fromId}</strong> {question(from, item.fromId)}
                <PreviousAnswers previous={item.previous ? [item.previous] : []} catalogue={from} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="muted">{t('move.undoNote')}</p>
    </>
  );
}

import { useState } from 'react';
import type { Assessment, Comment, Member, Response } from '@/domain/assessment';
import { actorName } from '@/domain/actor';
import type { Catalogue } from '@/domain/catalogue';
import type { LockKind } from '@/domain/validation-readiness';
import { allowedLockKinds, unresolvedByDomain, unresolvedCount } from '@/domain/validation-readiness';
import { lockIssues, validationProgress } from '@/domain/validation';
import { lockAsValidated } from '@/db/validation-commands';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { hrefFor } from '@/routing/router';
import { notify } from '@/state/ui-store';
import { domainNames, failureWording, issuesByField } from './issue-text';
import { wordingIn } from '@/i18n/wording';

type Props = {
  readonly assessment: Assessment;
  readonly catalogue: Catalogue;
  readonly responses: readonly Response[];
  readonly comments: readonly Comment[];
  readonly members: readonly Member[];
  readonly actorId: string | null;
};

/**
 * The lock: a plain validation only when everything applicable is agreed and no comment is open;
 * otherwise the unresolved indicators, domain by domain with links, and only "validate with
 * reservations", which names them in the record. Either way a confirmation shows what will be locked.
 */
export function LockPanel({ assessment, catalogue, responses, comments, members, actorId }: Props) {
  const { t, locale } = useT('validation');
  const people = useT('people').t;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const domainIds = catalogue.domains.map((d) => d.id);
  const progress = validationProgress(assessment.validation, domainIds);
  const blockers = lockIssues(assessment, domainIds);
  const unresolved = unresolvedByDomain(catalogue.indicators, responses, comments);
  const kind: LockKind = allowedLockKinds(unresolved)[0] ?? 'validated-with-reservations';
  const count = unresolvedCount(unresolved);
  const agreedCount = responses.filter((r) => r.status === 'agreed').length;
  const blockerText = (code: string) =>
    code === 'domains-undecided'
      ? domainNames(catalogue, progress.undecided, locale)
      : code === 'domains-not-validated'
        ? domainNames(catalogue, progress.notValidated, locale)
        : '';
  const who = actorName(actorId, members, { secretariat: people('actor.secretariat'), unknown: people('actor.unknown') }, true);

  async function lock() {
    setBusy(true);
    try {
      await lockAsValidated(assessment.id, { domainIds, indicators: catalogue.indicators }, kind, actorId);
      notify('success', wordingIn('validation', kind === 'validated' ? 'lock.done' : 'lock.doneWithReservations'));
    } catch (error) {
      notify('error', failureWording(error));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  return (
    <section className="card" aria-labelledby="lock-heading" data-testid="lock-panel" data-lock-kind={kind}>
      <h2 id="lock-heading">{t('lock.heading')}</h2>
      <p>{t('lock.explain')}</p>
      {blockers.length > 0 && (
        <ul className="validation-blockers" data-testid="lock-blockers">
          {blockers.map((issue) => (
            <li key={issue.code}>{issuesByField([issue], t, blockerText(issue.code))[issue.field]}</li>
          ))}
        </ul>
      )}
      {count > 0 && (
        <div className="unresolved" data-testid="unresolved-indicators">
          <h3>{t('lock.unresolvedHeading', { count, formatted: formatNumber(count, locale) })}</h3>
          <p>{t('lock.unresolvedExplain')}</p>
          {unresolved.map((domain) => (
            <section key={domain.domainId} aria-label={domainNames(catalogue, [domain.domainId], locale)} data-domain-id={domain.domainId}>
              <h4>{domainNames(catalogue, [domain.domainId], locale)}</h4>
              <ul className="unresolved__list">
                {domain.indicators.map((item) => (
                  <li key={item.indicatorId}>
                    <a
                      href={hrefFor(
                        { name: 'assessment', assessmentId: assessment.id },
                        new URLSearchParams({ indicator: item.indicatorId }),
                      )}
                    >
                      {item.indicatorId}
                    </a>{' '}
                    <span className="muted">{item.reasons.map((reason) => t(`lock.reasons.${reason}`)).join(people('listSeparator'))}</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
      {!actorId && (
        <p className="field__error" role="alert">
          {people('whoIsWorking.required')}
        </p>
      )}
      {!confirming ? (
        <button
          type="button"
          className="button button--primary"
          disabled={blockers.length > 0 || busy || !actorId}
          onClick={() => setConfirming(true)}
        >
          {t(kind === 'validated' ? 'lock.button' : 'lock.buttonWithReservations')}
        </button>
      ) : (
        <div className="lock-confirm" role="group" aria-labelledby="lock-confirm-heading" data-testid="lock-confirm">
          <h3 id="lock-confirm-heading">{t('lock.confirmHeading')}</h3>
          <ul>
            <li>{t(kind === 'validated' ? 'lock.confirmKind' : 'lock.confirmKindWithReservations')}</li>
            <li>{t('lock.confirmAnswers', { count: agreedCount, formatted: formatNumber(agreedCount, locale) })}</li>
            <li>
              {t('lock.confirmDomains', { decided: formatNumber(progress.decided, locale), total: formatNumber(progress.total, locale) })}
            </li>
            {count > 0 && (
              <li>
                {t('lock.confirmReservations', {
                  count,
                  formatted: formatNumber(count, locale),
                  ids: unresolved.flatMap((d) => d.indicators.map((i) => i.indicatorId)).join(people('listSeparator')),
                })}
              </li>
            )}
            <li>{t('lock.confirmWho', { name: who })}</li>
          </ul>
          <div className="form-actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void lock()}>
              {t(kind === 'validated' ? 'lock.confirm' : 'lock.confirmWithReservations')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('lock.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

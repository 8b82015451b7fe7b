import { useState } from 'react';
import type { FormEvent } from 'react';
import { Field } from '@/components/ui/field';
import { recordDomainDecision } from '@/db/validation-commands';
import type { Domain } from '@/domain/catalogue';
import { localize } from '@/domain/localized-text';
import type { DomainDecision, DomainDecisionKind } from '@/domain/validation';
import { decisionIssues, DOMAIN_DECISIONS } from '@/domain/validation';
import { formatDateTime } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { notify } from '@/state/ui-store';
import { failureMessage, issuesByField } from './issue-text';

type Props = {
  readonly assessmentId: string;
  readonly domain: Domain;
  readonly domainIds: readonly string[];
  readonly current: DomainDecision | undefined;
  readonly memberId: string | null;
  readonly disabled: boolean;
};

/** One domain's decision: what the meeting decided, with the reservations in its own words. */
export function DomainDecisionForm({ assessmentId, domain, domainIds, current, memberId, disabled }: Props) {
  const { t, locale } = useT('validation');
  const [kind, setKind] = useState<DomainDecisionKind>(current?.decision ?? 'validated');
  const [reservations, setReservations] = useState(current?.reservations ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const title = localize(domain.title, locale);
  const headingId = `decision-${domain.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { domainId: domain.id, decision: kind, reservations };
    const issues = decisionIssues(input, domainIds);
    setErrors(issuesByField(issues, t));
    if (issues.length > 0) return;
    setBusy(true);
    try {
      await recordDomainDecision(assessmentId, input, domainIds, memberId);
      notify('success', t('decisions.recorded', { domain: title }));
    } catch (error) {
      notify('error', failureMessage(error, t, locale));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="domain-decision"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby={headingId}
      data-domain-id={domain.id}
    >
      <h3 id={headingId}>{title}</h3>
      <p className="muted" data-testid={`decision-state-${domain.id}`}>
        {current ? `${t(`decisions.kinds.${current.decision}`)} · ${formatDateTime(current.decidedAt, locale)}` : t('decisions.undecided')}
      </p>
      <fieldset className="validation-fieldset" disabled={disabled || busy}>
        <fieldset className="field">
          <legend>{t('decisions.decision')}</legend>
          {DOMAIN_DECISIONS.map((option) => (
            <label key={option} className="inline-field">
              <input
                type="radio"
                name={`decision-${domain.id}`}
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
              />
              {t(`decisions.kinds.${option}`)}
            </label>
          ))}
        </fieldset>
        {kind !== 'validated' && (
          <Field label={kind === 'not-validated' ? t('decisions.reasons') : t('decisions.reservations')} error={errors.reservations}>
            {(control) => <textarea {...control} rows={3} value={reservations} onChange={(e) => setReservations(e.target.value)} />}
          </Field>
        )}
        <div className="form-actions">
          <button type="submit" className="button" aria-label={t('decisions.recordFor', { domain: title })}>
            {t('decisions.record')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

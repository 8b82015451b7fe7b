import { useState } from 'react';
import type { FormEvent } from 'react';
import { BilingualEditor } from '@/components/ui/bilingual-editor';
import { recordDomainDecision } from '@/db/validation-commands';
import type { Domain } from '@/domain/catalogue';
import { localize } from '@/domain/localized-text';
import type { DomainDecision, DomainDecisionKind } from '@/domain/validation';
import { decisionIssues, decisionReservations, DOMAIN_DECISIONS, MAX_RESERVATIONS_LENGTH, reservationsText } from '@/domain/validation';
import { formatDateTime } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { reservationsAnchor } from '@/routing/router';
import { notify } from '@/state/ui-store';
import { failureWording, issuesByField } from './issue-text';
import { translatorIn } from '@/i18n/wording';
import type { ValidationIssue } from '@/domain/validation';

type Props = {
  readonly assessmentId: string;
  readonly domain: Domain;
  readonly domainIds: readonly string[];
  readonly current: DomainDecision | undefined;
  readonly memberId: string | null;
  readonly disabled: boolean;
};

/**
 * One domain's decision: what the meeting decided, with the reservations in its own words, in
 * both languages side by side (the original as worded, the translation and its check), recorded
 * together with the decision.
 */
export function DomainDecisionForm({ assessmentId, domain, domainIds, current, memberId, disabled }: Props) {
  const { t, locale } = useT('validation');
  const [kind, setKind] = useState<DomainDecisionKind>(current?.decision ?? 'validated');
  const [reservations, setReservations] = useState(() => reservationsText(current ?? { reservations: '' }));
  // The rule issues, worded at render: their messages follow a language switch.
  const [issuesShown, setIssuesShown] = useState<readonly ValidationIssue[]>([]);
  const errors = issuesByField(issuesShown, t);
  const [busy, setBusy] = useState(false);
  const title = localize(domain.title, locale);
  const headingId = `decision-${domain.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { domainId: domain.id, decision: kind, ...decisionReservations(reservations) };
    const issues = decisionIssues(input, domainIds);
    setIssuesShown(issues);
    if (issues.length > 0) return;
    setBusy(true);
    try {
      await recordDomainDecision(assessmentId, input, domainIds, memberId);
      notify('success', (shown) => translatorIn(shown, 'validation')('decisions.recorded', { domain: localize(domain.title, shown) }));
    } catch (error) {
      notify('error', failureWording(error));
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
          <BilingualEditor
            label={kind === 'not-validated' ? t('decisions.reasons') : t('decisions.reservations')}
            anchor={reservationsAnchor(domain.id)}
            value={reservations}
            onChange={setReservations}
            rows={3}
            maxLength={MAX_RESERVATIONS_LENGTH}
            error={errors.reservations}
          />
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

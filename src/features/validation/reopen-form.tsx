import { useState } from 'react';
import type { FormEvent } from 'react';
import { Field } from '@/components/ui/field';
import { reopenAssessment } from '@/db/validation-commands';
import type { AssessmentPhase } from '@/domain/assessment';
import { reopenIssues } from '@/domain/validation';
import { useT } from '@/i18n/use-t';
import { notify } from '@/state/ui-store';
import { failureMessage, issuesByField } from './issue-text';

type Props = { readonly assessmentId: string; readonly phase: AssessmentPhase; readonly memberId: string | null };

export function ReopenForm({ assessmentId, phase, memberId }: Props) {
  const { t, locale } = useT('validation');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const issues = reopenIssues({ phase }, reason);
    setError(issuesByField(issues, t).reason);
    if (issues.length > 0) return;
    setBusy(true);
    try {
      await reopenAssessment(assessmentId, reason, memberId);
      setReason('');
      notify('success', t('reopen.done'));
    } catch (failure) {
      notify('error', failureMessage(failure, t, locale));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form-grid" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="reopen-heading">
      <h2 id="reopen-heading">{t('reopen.heading')}</h2>
      <p>{t('reopen.explain')}</p>
      <Field label={t('reopen.reason')} error={error}>
        {(control) => <textarea {...control} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button--danger" disabled={busy}>
          {t('reopen.button')}
        </button>
      </div>
    </form>
  );
}

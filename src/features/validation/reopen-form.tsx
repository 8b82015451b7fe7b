import { useState } from 'react';
import type { FormEvent } from 'react';
import { Field } from '@/components/ui/field';
import { reopenAssessment } from '@/db/validation-commands';
import type { AssessmentPhase } from '@/domain/assessment';
import { reopenIssues } from '@/domain/validation';
import { useT } from '@/i18n/use-t';
import { notify } from '@/state/ui-store';
import { failureWording, issuesByField } from './issue-text';
import { wordingIn } from '@/i18n/wording';
import type { ValidationIssue } from '@/domain/validation';

type Props = { readonly assessmentId: string; readonly phase: AssessmentPhase; readonly memberId: string | null };

export function ReopenForm({ assessmentId, phase, memberId }: Props) {
  const { t } = useT('validation');
  const [reason, setReason] = useState('');
  // The rule issues, worded at render: their messages follow a language switch.
  const [issuesShown, setIssuesShown] = useState<readonly ValidationIssue[]>([]);
  const error = issuesByField(issuesShown, t).reason;
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const issues = reopenIssues({ phase }, reason);
    setIssuesShown(issues);
    if (issues.length > 0) return;
    setBusy(true);
    try {
      await reopenAssessment(assessmentId, reason, memberId);
      setReason('');
      notify('success', wordingIn('validation', 'reopen.done'));
    } catch (failure) {
      notify('error', failureWording(failure));
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

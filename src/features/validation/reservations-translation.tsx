import { useMemo } from 'react';
import type { Assessment } from '@/domain/assessment';
import type { BilingualText } from '@/domain/bilingual-text';
import { asBilingual } from '@/domain/bilingual-text';
import type { Catalogue } from '@/domain/catalogue';
import type { DomainDecision } from '@/domain/validation';
import { MAX_RESERVATIONS_LENGTH, reservationsText } from '@/domain/validation';
import { useEditField } from '@/db/edit-session/use-edit-field';
import { BilingualEditor } from '@/components/ui/bilingual-editor';
import { errorMessage } from '@/i18n/error-message';
import { refusalCode } from '@/i18n/refusal-message';
import { useT } from '@/i18n/use-t';
import { reservationsAnchor } from '@/routing/router';
import { domainNames } from './issue-text';

type Props = {
  readonly assessment: Assessment;
  readonly catalogue: Catalogue;
  readonly memberId: string | null;
};

/**
 * After the lock and until publication: the reservations as the meeting worded them stand, but
 * their translation and its check may still be written, without reopening the validation. Each
 * is a side-by-side editor on the assessment's edit session (autosaved, undoable), its original
 * language read-only.
 */
export function ReservationsTranslation({ assessment, catalogue, memberId }: Props) {
  const { t } = useT('validation');
  const decisions = (assessment.validation?.decisions ?? []).filter((decision) => decision.reservations.trim() !== '');
  return (
    <section className="card" aria-labelledby="reservations-translation-heading" data-testid="reservations-translation">
      <h2 id="reservations-translation-heading">{t('translateReservations.heading')}</h2>
      <p>{t('translateReservations.explain')}</p>
      {decisions.length === 0 ? (
        <p className="muted">{t('translateReservations.none')}</p>
      ) : (
        decisions.map((decision) => (
          <ReservationsEditor
            key={decision.domainId}
            assessmentId={assessment.id}
            decision={decision}
            catalogue={catalogue}
            memberId={memberId}
          />
        ))
      )}
    </section>
  );
}

function ReservationsEditor({
  assessmentId,
  decision,
  catalogue,
  memberId,
}: {
  readonly assessmentId: string;
  readonly decision: DomainDecision;
  readonly catalogue: Catalogue;
  readonly memberId: string | null;
}) {
  const { t, locale } = useT('validation');
  // The stored value must keep its identity between renders: the session compares against it.
  const stored = useMemo(() => reservationsText(decision), [decision]);
  const field = useEditField<BilingualText | null>(
    { assessmentId, kind: 'assessment', recordId: assessmentId, field: `reservations.${decision.domainId}` },
    stored,
    { memberId, reason: '' },
  );
  const value = field.value ? asBilingual(field.value) : stored;
  return (
    <div onBlur={field.flush} data-domain-id={decision.domainId}>
      <BilingualEditor
        label={t('translateReservations.label', { domain: domainNames(catalogue, [decision.domainId], locale) })}
        anchor={reservationsAnchor(decision.domainId)}
        value={value}
        rows={3}
        maxLength={MAX_RESERVATIONS_LENGTH}
        lockedLanguage={stored.original}
        onChange={(next) => field.setValue(next)}
        error={
          field.status === 'refused'
            ? refusalCode(field.error) === 'locked'
              ? t('issues.locked')
              : errorMessage(field.error, locale)
            : undefined
        }
      />
    </div>
  );
}

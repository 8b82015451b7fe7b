import { useT } from '@/i18n/use-t';

/**
 * A refused file's message: the plain sentence first, and the technical detail (a JSON path and
 * the validator's own words) only behind a "Details" disclosure, for whoever maintains the file.
 */
export function RefusalMessage({
  message,
  details,
  testId,
}: {
  readonly message: string;
  readonly details: string | null;
  readonly testId: string;
}) {
  const { t } = useT('refusals');
  return (
    <div role="alert" className="banner banner--error" data-testid={testId}>
      <p>{message}</p>
      {details && (
        <details className="refusal-details">
          <summary>{t('details')}</summary>
          <code dir="ltr">{details}</code>
        </details>
      )}
    </div>
  );
}

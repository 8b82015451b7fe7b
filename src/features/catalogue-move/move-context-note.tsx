import type { Catalogue } from '@/domain/catalogue';
import { useMoveContext } from '@/db/catalogue-move-live';
import { useT } from '@/i18n/use-t';
import { PreviousAnswers } from './previous-answers';

/**
 * In an indicator's detail: what it was before the catalogue move (split from, merged from, or
 * on another scale) with the earlier answer and justification, so the group answers it knowingly.
 */
export function MoveContextNote({
  assessmentId,
  indicatorId,
  catalogues,
}: {
  assessmentId: string;
  indicatorId: string;
  catalogues: readonly Catalogue[];
}) {
  const { t } = useT('method');
  const context = useMoveContext(assessmentId, indicatorId);
  if (!context) return null;
  const from = catalogues.find((c) => c.version === context.fromVersion && c.indicators.some((i) => context.fromIds.includes(i.id)));
  return (
    <aside className="move-context" data-testid="move-context" aria-label={t('move.contextLabel')}>
      <p>
        {t(`move.contextIntro.${context.reason}`, { from: context.fromVersion, to: context.toVersion, ids: context.fromIds.join(', ') })}
      </p>
      <PreviousAnswers previous={context.previous} catalogue={from} />
    </aside>
  );
}

import type { Catalogue } from '@/domain/catalogue';
import { findOption } from '@/domain/catalogue';
import type { PreviousAnswer } from '@/domain/catalogue-move';
import { localize } from '@/domain/localized-text';
import { useT } from '@/i18n/use-t';

/** Earlier answers and justifications, read-only: the context a split or rescaled indicator is answered from. */
export function PreviousAnswers({ previous, catalogue }: { previous: readonly PreviousAnswer[]; catalogue: Catalogue | undefined }) {
  const { t, locale } = useT('method');
  if (previous.length === 0) return null;
  const answerText = (item: PreviousAnswer) => {
    if (item.notApplicable) return t('move.notApplicable');
    const indicator = catalogue?.indicators.find((i) => i.id === item.indicatorId);
    const option = indicator ? findOption(indicator, item.answer) : undefined;
    return option ? localize(option.label, locale) : (item.answer ?? t('move.notScored'));
  };
  return (
    <dl className="previous-answers">
      {previous.map((item) => (
        <div key={item.indicatorId} className="previous-answers__item">
          <dt>{t('move.earlierAnswer', { id: item.indicatorId, version: catalogue?.version ?? '' })}</dt>
          <dd>
            <strong>{answerText(item)}</strong>
            {item.justification.trim() && <span className="previous-answers__justification"> — {item.justification}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

import { useState } from 'react';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';

type Props = { readonly sender: string; readonly count: number; readonly onConfirm: (choice: 'mine' | 'theirs') => void };

/** "Take all theirs / keep all mine": one choice for every conflict, after saying what it does. */
export function TakeAll({ sender, count, onConfirm }: Props) {
  const { t, locale } = useT('people');
  const [asking, setAsking] = useState<'mine' | 'theirs' | null>(null);
  return (
    <div className="take-all" data-testid="take-all">
      {asking === null ? (
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setAsking('theirs')}>
            {t('packages.takeAllTheirs', { sender })}
          </button>
          <button type="button" className="button" onClick={() => setAsking('mine')}>
            {t('packages.keepAllMine')}
          </button>
        </div>
      ) : (
        <div role="group" aria-labelledby="take-all-question" className="lock-confirm">
          <p id="take-all-question">
            {t(asking === 'theirs' ? 'packages.confirmTheirs' : 'packages.confirmMine', {
              count,
              formatted: formatNumber(count, locale),
              sender,
            })}
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                onConfirm(asking);
                setAsking(null);
              }}
            >
              {t(asking === 'theirs' ? 'packages.confirmTheirsButton' : 'packages.confirmMineButton', { sender })}
            </button>
            <button type="button" className="button" onClick={() => setAsking(null)}>
              {t('members.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

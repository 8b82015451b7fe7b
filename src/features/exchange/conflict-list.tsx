import { useId } from 'react';
import type { Catalogue } from '@/domain/catalogue';
import { EDITABLE_TEXT_FIELDS } from '@/domain/merge-three-way';
import type { MergeConflict, Resolution } from '@/domain/merge-types';
import { useT } from '@/i18n/use-t';
import { displayValue, fieldLabel, indicatorLabel, recordSummary } from './merge-values';

type Props = {
  readonly conflicts: readonly MergeConflict[];
  readonly resolutions: Readonly<Record<string, Resolution>>;
  readonly onResolve: (key: string, resolution: Resolution) => void;
  readonly catalogue: Catalogue | undefined;
  /** Who sent the package: conflicts name the member, not "the package". */
  readonly sender: string;
};

/** The conflict screen: both values side by side, and a choice per conflict. */
export function ConflictList({ conflicts, resolutions, onResolve, catalogue, sender }: Props) {
  const { t } = useT('exchange');
  return (
    <section aria-labelledby="conflicts-title" className="conflicts">
      <h2 id="conflicts-title">{t('conflicts.title', { count: conflicts.length })}</h2>
      <p>{t('conflicts.intro')}</p>
      <ol className="conflict-list">
        {conflicts.map((conflict) => (
          <li key={conflict.key}>
            <ConflictItem
              conflict={conflict}
              resolution={resolutions[conflict.key]}
              onResolve={onResolve}
              catalogue={catalogue}
              sender={sender}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}

function ConflictItem({
  conflict,
  resolution,
  onResolve,
  catalogue,
  sender,
}: { conflict: MergeConflict; resolution: Resolution | undefined } & Pick<Props, 'onResolve' | 'catalogue' | 'sender'>) {
  const { t, locale } = useT('exchange');
  const people = useT('people').t;
  const id = useId();
  const isField = conflict.kind === 'field';
  const where = conflict.indicatorId ? indicatorLabel(conflict.indicatorId, catalogue, locale) : t('conflicts.wholeAssessment');
  const what = isField ? fieldLabel(conflict.field, t) : t(`entities.${conflict.entity}`);
  const show = (value: unknown) =>
    conflict.kind === 'field'
      ? displayValue(value, t, { indicatorId: conflict.indicatorId, field: conflict.field, catalogue, locale })
      : recordSummary(conflict.entity, value as Record<string, unknown>, t);
  const editable = isField && EDITABLE_TEXT_FIELDS.includes(conflict.field);
  const choice = resolution?.choice;
  const editValue = resolution?.choice === 'edit' ? String(resolution.value ?? '') : '';
  return (
    <fieldset className="conflict" data-conflict-key={conflict.key}>
      <legend>
        {what} · {where}
      </legend>
      <div className="conflict__sides">
        <div className="conflict__side">
          <h3 id={`${id}-mine`}>{t('conflicts.mine')}</h3>
          <p className="conflict__value">{show(conflict.mine)}</p>
        </div>
        <div className="conflict__side">
          <h3 id={`${id}-theirs`}>{people('packages.theirs', { sender })}</h3>
          <p className="conflict__value">{show(conflict.theirs)}</p>
        </div>
      </div>
      <div className="conflict__choices">
        <label className="inline-field">
          <input type="radio" name={id} checked={choice === 'mine'} onChange={() => onResolve(conflict.key, { choice: 'mine' })} />
          {t('conflicts.keepMine')}
        </label>
        <label className="inline-field">
          <input type="radio" name={id} checked={choice === 'theirs'} onChange={() => onResolve(conflict.key, { choice: 'theirs' })} />
          {people('packages.takeTheirs', { sender })}
        </label>
        {editable && (
          <label className="inline-field">
            <input
              type="radio"
              name={id}
              checked={choice === 'edit'}
              onChange={() =>
                onResolve(conflict.key, {
                  choice: 'edit',
                  value: conflict.kind === 'field' ? `${String(conflict.mine ?? '')}\n\n${String(conflict.theirs ?? '')}`.trim() : '',
                })
              }
            />
            {t('conflicts.edit')}
          </label>
        )}
      </div>
      {choice === 'edit' && (
        <div className="field">
          <label htmlFor={`${id}-edit`}>{t('conflicts.editLabel')}</label>
          <textarea
            id={`${id}-edit`}
            rows={5}
            value={editValue}
            onChange={(event) => onResolve(conflict.key, { choice: 'edit', value: event.target.value })}
          />
        </div>
      )}
    </fieldset>
  );
}

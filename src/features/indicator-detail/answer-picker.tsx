import type { Response } from '@/domain/assessment';
import type { Indicator } from '@/domain/catalogue';
import { localize } from '@/domain/localized-text';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';

type Props = {
  readonly indicator: Indicator;
  readonly response: Response;
  readonly disabled: boolean;
  readonly onPick: (answer: string | null) => void;
  readonly onNotApplicable: (notApplicable: boolean) => void;
};

/** The scale's options as radio buttons, with what each means, plus "not applicable". */
export function AnswerPicker({ indicator, response, disabled, onPick, onNotApplicable }: Props) {
  const { t, locale } = useT('scoring');
  const name = `answer-${indicator.id}`;
  return (
    <fieldset className="answer-picker" disabled={disabled}>
      <legend>{t('detail.answer')}</legend>
      {indicator.scale.options.map((option, index) => (
        <label key={option.value} className={`answer-option answer-option--${option.level}`}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={!response.notApplicable && response.answer === option.value}
            onChange={() => onPick(option.value)}
          />
          <span className="answer-option__key" aria-hidden="true">
            {formatNumber(index + 1, locale)}
          </span>
          <span>
            <strong>{localize(option.label, locale)}</strong>
            <span className="answer-option__meaning">{localize(option.meaning, locale)}</span>
          </span>
        </label>
      ))}
      <div className="button-row">
        <label className="check-field">
          <input type="checkbox" checked={response.notApplicable} onChange={(event) => onNotApplicable(event.target.checked)} />
          <span>{t('detail.notApplicable')}</span>
        </label>
        {(response.answer !== null || response.notApplicable) && (
          <button type="button" className="link-button" onClick={() => (response.notApplicable ? onNotApplicable(false) : onPick(null))}>
            {t('detail.clearAnswer')}
          </button>
        )}
      </div>
    </fieldset>
  );
}

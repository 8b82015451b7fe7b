import type { ReportExtras } from '@/domain/printed-texts';
import { PUBLICATION_EXTRAS, WORKING_DRAFT_EXTRAS } from '@/domain/printed-texts';
import { useT } from '@/i18n/use-t';

const EXTRAS = ['indicatorTable', 'answerCounts', 'sdg', 'gcm', 'comparison'] as const;

function sameExtras(a: ReportExtras, b: ReportExtras): boolean {
  return EXTRAS.every((key) => a[key] === b[key]);
}

/**
 * Which of our extras the report prints beyond what an IOM profile has: two presets (a
 * publication prints what IOM's profiles print; a working draft prints everything the group needs
 * to check) and one box per part.
 */
export function ReportContents({
  extras,
  onChange,
  disabled,
}: {
  extras: ReportExtras;
  onChange: (extras: ReportExtras) => void;
  disabled: boolean;
}) {
  const { t } = useT('report-options');
  const preset = sameExtras(extras, PUBLICATION_EXTRAS) ? 'publication' : sameExtras(extras, WORKING_DRAFT_EXTRAS) ? 'draft' : 'custom';
  return (
    <fieldset className="report-panel__contents" disabled={disabled} data-testid="report-contents">
      <legend>{t('legend')}</legend>
      <div className="report-panel__presets" role="group" aria-label={t('presetLabel')}>
        {(['publication', 'draft'] as const).map((option) => (
          <label key={option} className="report-panel__choice">
            <input
              type="radio"
              name="report-preset"
              value={option}
              checked={preset === option}
              onChange={() => onChange(option === 'publication' ? PUBLICATION_EXTRAS : WORKING_DRAFT_EXTRAS)}
            />{' '}
            {t(`presets.${option}`)}
          </label>
        ))}
      </div>
      {EXTRAS.map((key) => (
        <label key={key} className="checkbox-row">
          <input
            type="checkbox"
            name={`extra-${key}`}
            checked={extras[key]}
            onChange={(event) => onChange({ ...extras, [key]: event.target.checked })}
          />
          <span>{t(`extras.${key}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

import { parseDayMonthYear } from '@/lib/day-month-year';
import { formatLongDate } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { Field } from './field';

type Props = {
  readonly label: string;
  readonly error?: string | undefined;
  /** What the user typed; the caller parses it with parseDayMonthYear when it saves. */
  readonly text: string;
  readonly onText: (text: string) => void;
};

/**
 * A date typed day/month/year in every language (lib/day-month-year.ts says why not the browser's
 * date input). Left-to-right so the digits stay in the order typed on an Arabic page; once the text
 * is a date, it is spelled out with the month in words so nobody misreads it.
 */
export function DayMonthYearField({ label, error, text, onText }: Props) {
  const { t, locale } = useT();
  const parsed = parseDayMonthYear(text);
  return (
    <Field label={label} error={error} hint={t('dateInput.hint')}>
      {(control) => (
        <>
          <input
            {...control}
            type="text"
            dir="ltr"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            className="day-month-year"
            placeholder={t('dateInput.placeholder')}
            value={text}
            onChange={(event) => onText(event.target.value)}
          />
          <span className="muted day-month-year__reading" aria-live="polite" data-testid="date-reading">
            {'iso' in parsed ? t('dateInput.readsAs', { date: formatLongDate(parsed.iso, locale) }) : ''}
          </span>
        </>
      )}
    </Field>
  );
}

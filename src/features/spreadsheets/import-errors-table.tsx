import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import type { RowError } from '@/interchange/spreadsheet-import';

const SHOWN = 200;

/** Every problem with its spreadsheet row and column, so the user can fix the file and retry. */
export function ImportErrorsTable({ errors }: { readonly errors: readonly RowError[] }) {
  const { t, locale } = useT('spreadsheets');
  return (
    <table className="data-table" data-testid="spreadsheet-import-errors">
      <caption>{t('import.errorsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('import.row')}</th>
          <th scope="col">{t('import.column')}</th>
          <th scope="col">{t('import.problem')}</th>
        </tr>
      </thead>
      <tbody>
        {errors.slice(0, SHOWN).map((error, index) => (
          <tr key={index}>
            <td>{error.row > 0 ? formatNumber(error.row, locale) : t('import.wholeFile')}</td>
            <td dir="ltr">{error.column ?? ''}</td>
            <td dir="auto">{t(`rowErrors.${error.code}`, { value: error.value, max: formatNumber(error.limit ?? 0, locale) })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import { RESPONSE_STATUSES } from '@/domain/assessment';
import type { Locale } from '@/domain/localized-text';
import { localize } from '@/domain/localized-text';
import { ANSWER_STATES } from '@/domain/scoring';
import { formatDateTime, formatNumber } from '@/i18n/format';
import type { Translate } from '@/i18n/keys';
import type { IndicatorRow } from './table-rows';

/** The table's features (sorting only: filtering and grouping are plain functions in table-rows.ts). */
export const tableFeatureSet = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});

const helper = createColumnHelper<typeof tableFeatureSet, IndicatorRow>();

/**
 * The answer keys are not a column's content: the table adds them to the tab-stop row only
 * (indicator-table.tsx), so 89 rows do not carry a hidden list each.
 */
export function buildColumns(t: Translate<'scoring'>, locale: Locale) {
  const count = (value: number) => (value === 0 ? '' : formatNumber(value, locale));
  return helper.columns([
    helper.accessor((row) => row.order, {
      id: 'id',
      header: () => t('table.columns.id'),
      cell: (info) => info.row.original.id,
      sortFn: 'basic',
    }),
    helper.accessor((row) => row.question, {
      id: 'question',
      header: () => t('table.columns.question'),
      cell: (info) => info.getValue(),
      sortFn: 'alphanumeric',
    }),
    helper.accessor((row) => ANSWER_STATES.indexOf(row.answerState), {
      id: 'answer',
      header: () => t('table.columns.answer'),
      sortFn: 'basic',
      cell: (info) => {
        const row = info.row.original;
        return (
          <span className={`answer-chip answer-chip--${row.answerState}`}>
            {row.answerLabel ?? t(`common:answerStates.${row.answerState}`)}
          </span>
        );
      },
    }),
    helper.accessor((row) => RESPONSE_STATUSES.indexOf(row.status), {
      id: 'status',
      header: () => t('table.columns.status'),
      sortFn: 'basic',
      cell: (info) => (
        <span className={`status-chip status-chip--${info.row.original.status}`}>{t(`statuses.${info.row.original.status}`)}</span>
      ),
    }),
    helper.accessor((row) => row.assigneeName, {
      id: 'assignee',
      header: () => t('table.columns.assignee'),
      cell: (info) => info.getValue(),
      sortFn: 'alphanumeric',
    }),
    helper.accessor((row) => row.sourcesCount, {
      id: 'sources',
      header: () => t('table.columns.sources'),
      cell: (info) => count(info.getValue()),
      sortFn: 'basic',
    }),
    helper.accessor((row) => row.openComments, {
      id: 'comments',
      header: () => t('table.columns.comments'),
      cell: (info) => count(info.getValue()),
      sortFn: 'basic',
    }),
    helper.accessor((row) => row.updatedAt ?? '', {
      id: 'updated',
      header: () => t('table.columns.updated'),
      sortFn: 'alphanumeric',
      cell: (info) => (info.row.original.updatedAt ? formatDateTime(info.row.original.updatedAt, locale) : ''),
    }),
  ]);
}

/**
 * Which digit picks which answer, shown in the answer cell of the focused row only (CSS), so the
 * keys need not be learnt from the line above the table. The digits are the keyboard's: 1, 2, 3.
 */
export function AnswerKeys({
  row,
  locale,
  clearLabel,
}: {
  readonly row: IndicatorRow;
  readonly locale: Locale;
  readonly clearLabel: string;
}) {
  return (
    <span className="answer-keys" data-testid="answer-keys">
      {row.indicator.scale.options.map((option, index) => (
        <span key={option.value} className="answer-keys__key">
          <kbd>{index + 1}</kbd> {localize(option.label, locale)}
        </span>
      ))}
      <span className="answer-keys__key">
        <kbd>0</kbd> {clearLabel}
      </span>
    </span>
  );
}

import { memo } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { IndicatorRow } from './table-rows';

/** What a row does on input; the table keeps one stable object, so rows need not re-render for it. */
export type RowHandlers = {
  onKeyDown(event: KeyboardEvent<HTMLTableRowElement>, row: IndicatorRow): void;
  onFocus(id: string): void;
  onOpen(id: string): void;
};

type Props = {
  readonly row: IndicatorRow;
  readonly tabbable: boolean;
  readonly selected: boolean;
  /** Changes when the cells would render differently (language, lock). */
  readonly cellsKey: unknown;
  readonly handlers: { readonly current: RowHandlers };
  readonly renderCells: (row: IndicatorRow, tabbable: boolean) => ReactNode;
};

/**
 * One indicator row. Memoised because the table re-renders on every change of the URL (opening
 * an indicator, a filter, a sort) and of the answers: a row re-renders only when what it shows
 * changed (table-rows.ts `reuseUnchangedRows` keeps unchanged rows the same object), which turns
 * 90 rows × 8 cells of React work into one row's.
 */
export const IndicatorTableRow = memo(
  function IndicatorTableRow({ row, tabbable, selected, handlers, renderCells }: Props) {
    return (
      <tr
        data-indicator-id={row.id}
        data-answer-index={row.answerIndex}
        data-status={row.status}
        tabIndex={tabbable ? 0 : -1}
        aria-current={selected ? 'true' : undefined}
        className="table-row"
        onKeyDown={(event) => handlers.current.onKeyDown(event, row)}
        onFocus={() => handlers.current.onFocus(row.id)}
        onClick={() => handlers.current.onOpen(row.id)}
      >
        {renderCells(row, tabbable)}
      </tr>
    );
  },
  (before, after) =>
    before.row === after.row &&
    before.tabbable === after.tabbable &&
    before.selected === after.selected &&
    before.cellsKey === after.cellsKey &&
    before.handlers === after.handlers,
);

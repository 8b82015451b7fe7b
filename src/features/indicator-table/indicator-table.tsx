import { useTable } from '@tanstack/react-table';
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Comment, Member, Response, Source } from '@/domain/assessment';
import type { Catalogue, Indicator } from '@/domain/catalogue';
import { localize } from '@/domain/localized-text';
import { responsesByIndicator, summarizeAssessment } from '@/domain/scoring';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { replaceParams, useLocation } from '@/routing/router';
import { AnswerKeys, buildColumns, tableFeatureSet } from './columns';
import { TableFilterBar } from './table-filters';
import type { IndicatorRow, TableFilters } from './table-rows';
import { buildRows, filterRows, reuseUnchangedRows } from './table-rows';
import { IndicatorTableRow } from './indicator-table-row';
import type { RowHandlers } from './indicator-table-row';
import type { SortParam } from './view-params';
import { readFilters, readSort, writeView } from './view-params';
import './indicator-table.css';

type Props = {
  readonly catalogue: Catalogue;
  readonly responses: readonly Response[];
  readonly sources: readonly Source[];
  readonly comments: readonly Comment[];
  readonly members: readonly Member[];
  readonly selectedId: string | null;
  readonly readOnly: boolean;
  readonly onOpen: (indicatorId: string) => void;
  /** A digit key on a focused row: the scale's option value, or null to clear the answer. */
  readonly onPickAnswer: (indicator: Indicator, value: string | null) => void;
};

/**
 * All indicators of an assessment, grouped by domain and sub-domain. Keyboard first: arrows or
 * j/k move between rows, 1…9 pick the scale's options, 0 clears, Enter opens the detail.
 * Memoised: it re-renders for its data, its props and the URL (filters, sort), nothing else.
 */
export const IndicatorTable = memo(function IndicatorTable({
  catalogue,
  responses,
  sources,
  comments,
  members,
  selectedId,
  readOnly,
  onOpen,
  onPickAnswer,
}: Props) {
  const { t, locale } = useT('scoring');
  const { params } = useLocation();
  const filters = readFilters(params);
  const sorting = readSort(params);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  /** The row keyboard focus was last on: Tab returns there (a roving tab stop). */
  const [focusedId, setFocusedId] = useState<string | null>(null);

  const rows = useStableRows(
    useMemo(
      () => buildRows(catalogue, responses, sources, comments, members, locale),
      [catalogue, responses, sources, comments, members, locale],
    ),
  );
  const filtersKey = JSON.stringify(filters);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- filtersKey stands for filters
  const visible = useMemo(() => filterRows(rows, filters, locale), [rows, filtersKey, locale]);
  const columns = useMemo(() => buildColumns(t, locale), [t, locale]);
  // What the cells depend on besides the row: rows re-render when it changes (language, lock).
  const cellsKey = useMemo(() => ({ columns, readOnly }), [columns, readOnly]);
  const summary = useMemo(() => summarizeAssessment(catalogue, responsesByIndicator(responses)), [catalogue, responses]);

  const setView = (nextFilters: TableFilters, nextSort: readonly SortParam[]) => replaceParams(writeView(params, nextFilters, nextSort));
  const table = useTable({
    features: tableFeatureSet,
    columns,
    data: visible,
    getRowId: (row) => row.id,
    state: { sorting },
    onSortingChange: (updater) => setView(filters, typeof updater === 'function' ? updater(sorting) : updater),
  });

  const sortedRows = table.getRowModel().rows.map((row) => row.original);
  const bySubdomain = new Map<string, IndicatorRow[]>();
  for (const row of sortedRows) bySubdomain.set(row.subdomainId, [...(bySubdomain.get(row.subdomainId) ?? []), row]);
  const order = catalogue.subdomains.flatMap((subdomain) => bySubdomain.get(subdomain.id) ?? []);
  const tabStop = (order.find((row) => row.id === focusedId) ?? order.find((row) => row.id === selectedId) ?? order[0])?.id;

  // Rows call the latest handlers through this one stable object, so a new closure per render
  // does not make every memoised row re-render.
  const handlers = useRef<RowHandlers>({ onKeyDown: () => undefined, onFocus: () => undefined, onOpen: () => undefined });
  useLayoutEffect(() => {
    const focusRow = (id: string | undefined) => {
      if (!id) return;
      bodyRef.current?.querySelector<HTMLElement>(`[data-indicator-id="${CSS.escape(id)}"]`)?.focus();
    };
    const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, row: IndicatorRow) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const index = order.findIndex((candidate) => candidate.id === row.id);
      const moves: Record<string, number | undefined> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, Home: -Infinity, End: Infinity };
      const move = moves[event.key];
      if (move !== undefined) {
        event.preventDefault();
        const target = Math.max(
          0,
          Math.min(order.length - 1, index + (Number.isFinite(move) ? move : move > 0 ? order.length : -order.length)),
        );
        focusRow(order[target]?.id);
      } else if (event.key === 'Enter') {
        event.preventDefault();
        onOpen(row.id);
      } else if (/^[0-9\u0660-\u0669]$/.test(event.key) && !readOnly) {
        // An Arabic keyboard's number row types ٠-٩: the same keys, the same answers.
        const digit = event.key.charCodeAt(0) >= 0x0660 ? event.key.charCodeAt(0) - 0x0660 : Number(event.key);
        const option = digit === 0 ? null : row.indicator.scale.options[digit - 1];
        if (option === undefined) return;
        event.preventDefault();
        onPickAnswer(row.indicator, option === null ? null : option.value);
      }
    };
    handlers.current = { onKeyDown, onFocus: (id) => setFocusedId(id), onOpen };
  }, [order, readOnly, onOpen, onPickAnswer]);
  // The answer keys go in the tab-stop row only (shown while it has focus): the other rows need not
  // carry them hidden, which was a third of the table's elements.
  const renderCells = (row: IndicatorRow, tabbable: boolean) =>
    table
      .getRow(row.id)
      .getAllCells()
      .map((cell) => (
        <td key={cell.id} className={`col-${cell.column.id}`}>
          <table.FlexRender cell={cell} />
          {cell.column.id === 'answer' && tabbable && !readOnly && (
            <AnswerKeys row={row} locale={locale} clearLabel={t('table.clearKey')} />
          )}
        </td>
      ));

  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  return (
    <section className="indicator-table" aria-labelledby="indicator-table-title" data-testid="indicator-table">
      <h2 id="indicator-table-title" className="visually-hidden">
        {t('table.title')}
      </h2>
      <TableFilterBar catalogue={catalogue} members={members} filters={filters} onChange={(next) => setView(next, sorting)} />
      <p className="muted table-count" aria-live="polite">
        {t('table.showing', { shown: formatNumber(order.length, locale), total: formatNumber(rows.length, locale) })}
      </p>
      <p className="muted table-keys" id="indicator-table-keys">
        {readOnly ? t('table.keysReadOnly') : t('table.keys')}
      </p>
      <div className="indicator-table__scroll">
        <table aria-describedby="indicator-table-keys">
          <thead>
            <tr>
              {headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    className={`col-${header.id}`}
                  >
                    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                      <table.FlexRender header={header} />
                      <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody ref={bodyRef}>
            {order.length === 0 && (
              <tr>
                <td colSpan={headers.length}>{t('table.noMatch')}</td>
              </tr>
            )}
            {catalogue.domains.map((domain) => {
              const subdomains = catalogue.subdomains.filter((s) => s.domainId === domain.id && bySubdomain.has(s.id));
              if (subdomains.length === 0) return null;
              const counts = summary.domains.find((d) => d.id === domain.id)?.counts;
              return [
                <tr key={domain.id} className="group-row group-row--domain">
                  <th colSpan={headers.length} scope="colgroup">
                    <span>
                      {domain.id} {localize(domain.title, locale)}
                    </span>
                    <GroupProgress done={counts ? counts.total - counts['not-scored'] : 0} total={counts?.total ?? 0} />
                  </th>
                </tr>,
                ...subdomains.flatMap((subdomain) => {
                  const subCounts = summary.subdomains.find((s) => s.id === subdomain.id)?.counts;
                  return [
                    <tr key={subdomain.id} className="group-row group-row--subdomain">
                      <th colSpan={headers.length} scope="colgroup">
                        <span>
                          {subdomain.id} {localize(subdomain.title, locale)}
                        </span>
                        <GroupProgress done={subCounts ? subCounts.total - subCounts['not-scored'] : 0} total={subCounts?.total ?? 0} />
                      </th>
                    </tr>,
                    ...(bySubdomain.get(subdomain.id) ?? []).map((row) => (
                      <IndicatorTableRow
                        key={row.id}
                        row={row}
                        tabbable={row.id === tabStop}
                        selected={row.id === selectedId}
                        cellsKey={cellsKey}
                        handlers={handlers}
                        renderCells={renderCells}
                      />
                    )),
                  ];
                }),
              ];
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
});

/** Rows rebuilt from new data, with unchanged rows kept as the same objects (see reuseUnchangedRows). */
function useStableRows(built: IndicatorRow[]): IndicatorRow[] {
  const [stable, setStable] = useState({ built, rows: built });
  if (stable.built === built) return stable.rows;
  const rows = reuseUnchangedRows(stable.rows, built);
  setStable({ built, rows });
  return rows;
}

/** Memoised: a group's counts change with an answer in it, not on every render of the table. */
const GroupProgress = memo(function GroupProgress({ done, total }: { done: number; total: number }) {
  const { t, locale } = useT('scoring');
  return (
    <span className="group-progress">
      <progress value={done} max={Math.max(total, 1)} aria-hidden="true" />
      {t('table.progress', { done: formatNumber(done, locale), total: formatNumber(total, locale) })}
    </span>
  );
});

import type { TableFilters } from './table-rows';

/**
 * The table's view in the URL query (`#/assessments/<id>?domain=D2&sort=status.desc&q=…`), so a
 * reload or a shared link shows the same rows in the same order. Unknown values are ignored.
 */

export type SortParam = { readonly id: string; readonly desc: boolean };

export const SORTABLE_COLUMNS = ['id', 'question', 'answer', 'status', 'assignee', 'sources', 'comments', 'updated'] as const;

export function readFilters(params: URLSearchParams): TableFilters {
  return {
    query: params.get('q') ?? '',
    domain: params.get('domain') ?? '',
    status: params.get('status') ?? '',
    answer: params.get('answer') ?? '',
    assignee: params.get('assignee') ?? '',
    openComments: params.get('open') === '1',
    noSources: params.get('nosrc') === '1',
  };
}

export function readSort(params: URLSearchParams): SortParam[] {
  const raw = params.get('sort');
  if (!raw) return [];
  const [id = '', direction] = raw.split('.');
  if (!(SORTABLE_COLUMNS as readonly string[]).includes(id)) return [];
  return [{ id, desc: direction === 'desc' }];
}

function setOrDelete(params: URLSearchParams, key: string, value: string): void {
  if (value === '') params.delete(key);
  else params.set(key, value);
}

/** A copy of `params` with the filters and sort written in, other parameters untouched. */
export function writeView(params: URLSearchParams, filters: TableFilters, sort: readonly SortParam[]): URLSearchParams {
  const next = new URLSearchParams(params);
  setOrDelete(next, 'q', filters.query);
  setOrDelete(next, 'domain', filters.domain);
  setOrDelete(next, 'status', filters.status);
  setOrDelete(next, 'answer', filters.answer);
  setOrDelete(next, 'assignee', filters.assignee);
  setOrDelete(next, 'open', filters.openComments ? '1' : '');
  setOrDelete(next, 'nosrc', filters.noSources ? '1' : '');
  const first = sort[0];
  setOrDelete(next, 'sort', first ? `${first.id}.${first.desc ? 'desc' : 'asc'}` : '');
  return next;
}

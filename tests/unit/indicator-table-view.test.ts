import { describe, expect, it } from 'vitest';
import type { Comment, Member, Source } from '@/domain/assessment';
import { nextWithOpenComments } from '@/app/routes/workspace/next-unresolved';
import { buildRows, filterRows, NO_FILTERS } from '@/features/indicator-table/table-rows';
import { readFilters, readSort, writeView } from '@/features/indicator-table/view-params';
import { fixtureCatalogue } from './catalogue-fixtures';
import { response } from './response-builders';

const catalogue = fixtureCatalogue('1.0.0');
const [first, second, third] = catalogue.indicators;
const member: Member = { id: 'm1', assessmentId: 'a1', name: 'Amal Haddad', institution: 'MoI', role: 'member', createdAt: '' };
const source = (indicatorId: string): Source => ({
  id: `s-${indicatorId}`,
  assessmentId: 'a1',
  indicatorId,
  type: 'law',
  title: 'Act',
  section: '',
  date: '',
  url: '',
  excerpt: '',
  createdAt: '',
  createdBy: null,
});
const comment = (indicatorId: string, resolved: boolean, parentId: string | null = null): Comment => ({
  id: `c-${indicatorId}-${String(resolved)}-${parentId ?? ''}`,
  assessmentId: 'a1',
  indicatorId,
  parentId,
  authorId: null,
  body: 'x',
  verdict: null,
  suggestedAnswer: null,
  resolved,
  createdAt: '',
  updatedAt: '',
});

function rows() {
  const responses = [
    response(first!.id, {
      answer: first!.scale.options[0]!.value,
      status: 'draft',
      assigneeId: 'm1',
      justification: 'Foreign Residents Act',
      revision: 1,
    }),
    response(second!.id, { notApplicable: true, status: 'agreed', revision: 2 }),
  ];
  return buildRows(
    catalogue,
    responses,
    [source(first!.id), source(first!.id)],
    [comment(second!.id, false), comment(second!.id, false, 'c'), comment(first!.id, true)],
    [member],
    'en',
  );
}

describe('indicator table rows', () => {
  it('has one row per indicator with counts of sources and open threads', () => {
    const all = rows();
    expect(all).toHaveLength(catalogue.indicators.length);
    expect(all[0]).toMatchObject({
      id: first!.id,
      sourcesCount: 2,
      openComments: 0,
      assigneeName: 'Amal Haddad',
      status: 'draft',
      answerState: 'developed',
    });
    expect(all[1]).toMatchObject({ answerState: 'not-applicable', openComments: 1, status: 'agreed' });
    expect(all[2]).toMatchObject({ answerState: 'not-scored', status: 'not-started', updatedAt: null });
  });

  it('filters by status, answer, assignee, open comments, missing sources and words', () => {
    const all = rows();
    const ids = (filters: Partial<typeof NO_FILTERS>) => filterRows(all, { ...NO_FILTERS, ...filters }, 'en').map((row) => row.id);
    expect(ids({ status: 'agreed' })).toEqual([second!.id]);
    expect(ids({ answer: 'not-applicable' })).toEqual([second!.id]);
    expect(ids({ assignee: 'm1' })).toEqual([first!.id]);
    expect(ids({ assignee: 'none' })).not.toContain(first!.id);
    expect(ids({ openComments: true })).toEqual([second!.id]);
    expect(ids({ noSources: true })).not.toContain(first!.id);
    expect(ids({ query: 'residents FOREIGN' })).toEqual([first!.id]);
    expect(ids({ query: third!.id.toLowerCase() })).toContain(third!.id);
  });
});

describe('table view in the URL', () => {
  it('round-trips filters and sort and keeps other parameters', () => {
    const filters = { ...NO_FILTERS, query: 'health', domain: 'D1', openComments: true };
    const params = writeView(new URLSearchParams('indicator=D1.1.1'), filters, [{ id: 'status', desc: true }]);
    expect(params.get('indicator')).toBe('D1.1.1');
    expect(readFilters(params)).toEqual(filters);
    expect(readSort(params)).toEqual([{ id: 'status', desc: true }]);
    expect(readSort(new URLSearchParams('sort=evil.asc'))).toEqual([]);
    expect([...writeView(params, NO_FILTERS, []).keys()]).toEqual(['indicator']);
  });
});

describe('next unresolved', () => {
  it('goes to the next indicator with an open thread, wrapping around', () => {
    const open = [comment(first!.id, false), comment(third!.id, false)];
    expect(nextWithOpenComments(catalogue, open, null)).toBe(first!.id);
    expect(nextWithOpenComments(catalogue, open, first!.id)).toBe(third!.id);
    expect(nextWithOpenComments(catalogue, open, third!.id)).toBe(first!.id);
    expect(nextWithOpenComments(catalogue, [], null)).toBeNull();
  });
});

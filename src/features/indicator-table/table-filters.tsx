import type { Member } from '@/domain/assessment';
import { RESPONSE_STATUSES } from '@/domain/assessment';
import type { Catalogue } from '@/domain/catalogue';
import { localize } from '@/domain/localized-text';
import { ANSWER_STATES } from '@/domain/scoring';
import { useT } from '@/i18n/use-t';
import type { TableFilters } from './table-rows';
import { NO_FILTERS, activeFilterCount } from './table-rows';

type Props = {
  readonly catalogue: Catalogue;
  readonly members: readonly Member[];
  readonly filters: TableFilters;
  readonly onChange: (filters: TableFilters) => void;
};

export function TableFilterBar({ catalogue, members, filters, onChange }: Props) {
  const { t, locale } = useT('scoring');
  const set = <K extends keyof TableFilters>(key: K, value: TableFilters[K]) => onChange({ ...filters, [key]: value });
  return (
    <div className="table-filters" role="search" aria-label={t('table.filtersLabel')}>
      <label className="inline-field table-filters__search">
        <span>{t('table.search')}</span>
        <input
          type="search"
          value={filters.query}
          onChange={(event) => set('query', event.target.value)}
          placeholder={t('table.searchPlaceholder')}
        />
      </label>
      <label className="inline-field">
        <span>{t('table.columns.domain')}</span>
        <select value={filters.domain} onChange={(event) => set('domain', event.target.value)}>
          <option value="">{t('table.all')}</option>
          {catalogue.domains.map((domain) => (
            <option key={domain.id} value={domain.id}>
              {domain.id} {localize(domain.title, locale)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span>{t('table.columns.status')}</span>
        <select value={filters.status} onChange={(event) => set('status', event.target.value)}>
          <option value="">{t('table.all')}</option>
          {RESPONSE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`statuses.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span>{t('table.columns.answer')}</span>
        <select value={filters.answer} onChange={(event) => set('answer', event.target.value)}>
          <option value="">{t('table.all')}</option>
          {ANSWER_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`common:answerStates.${state}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span>{t('table.columns.assignee')}</span>
        <select value={filters.assignee} onChange={(event) => set('assignee', event.target.value)}>
          <option value="">{t('table.all')}</option>
          <option value="none">{t('table.unassigned')}</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
      </label>
      <label className="check-field">
        <input type="checkbox" checked={filters.openComments} onChange={(event) => set('openComments', event.target.checked)} />
        <span>{t('table.hasOpenComments')}</span>
      </label>
      <label className="check-field">
        <input type="checkbox" checked={filters.noSources} onChange={(event) => set('noSources', event.target.checked)} />
        <span>{t('table.noSources')}</span>
      </label>
      {activeFilterCount(filters) > 0 && (
        <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
          {t('table.clearFilters')}
        </button>
      )}
    </div>
  );
}

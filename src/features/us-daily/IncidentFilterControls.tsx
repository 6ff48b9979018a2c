import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { formatCount } from '../../core/format';
import { valueCounts } from '../../core/series/incidentCounts';
import type { Incidents } from '../../data/queries/incidents';
import { QueryView } from '../../ui/QueryView';
import type { UsDailyState } from './useUsDailyState';

/** Filters the US series by state, offence and single-bias incidents, re-counted in the browser from the incidents. */
export function IncidentFilterControls({
  state,
  incidents,
}: {
  state: UsDailyState;
  incidents: UseQueryResult<Incidents>;
}) {
  if (!state.filterOpen) {
    return (
      <button type="button" className="filter-open" onClick={() => state.setFilterOpen(true)}>
        Filter by state or offence (loads the incident file, about 50 KB)
      </button>
    );
  }
  return (
    <fieldset className="incident-filter">
      <legend>Filter incidents</legend>
      <QueryView what="the incident file" query={incidents} isEmpty={(d) => d.incidents.length === 0}>
        {(data) => <FilterFields state={state} data={data} />}
      </QueryView>
    </fieldset>
  );
}

function FilterFields({ state, data }: { state: UsDailyState; data: Incidents }) {
  const { filter } = state;
  const states = useMemo(() => valueCounts(data.incidents.map((i) => i.state)), [data.incidents]);
  const offences = useMemo(() => valueCounts(data.incidents.flatMap((i) => i.offences)), [data.incidents]);
  return (
    <>
      <label className="control">
        State{' '}
        <select
          value={filter.state ?? ''}
          onChange={(e) => state.setFilter({ ...filter, state: e.target.value || null })}
        >
          <option value="">All states ({formatCount(data.incidents.length)})</option>
          {states.map(({ value, count }) => (
            <option key={value} value={value}>
              {value} ({formatCount(count)})
            </option>
          ))}
        </select>
      </label>
      <label className="control">
        Offence{' '}
        <select
          value={filter.offence ?? ''}
          onChange={(e) => state.setFilter({ ...filter, offence: e.target.value || null })}
        >
          <option value="">All offences</option>
          {offences.map(({ value, count }) => (
            <option key={value} value={value}>
              {value} ({formatCount(count)})
            </option>
          ))}
        </select>
      </label>
      <label className="control">
        <input
          type="checkbox"
          checked={filter.singleBiasOnly}
          onChange={(e) => state.setFilter({ ...filter, singleBiasOnly: e.target.checked })}
        />{' '}
        Single-bias incidents only (as the FBI’s annual tables count them)
      </label>
    </>
  );
}

import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { formatCount } from '../../core/format';
import { valueCounts } from '../../core/series/incidentCounts';
import { useDataPackage } from '../../data/queries/dataPackage';
import type { Incidents } from '../../data/queries/incidents';
import { QueryView } from '../../ui/QueryView';
import { RESOURCES } from '../../data/resources';
import type { UsDailyState } from './useUsDailyState';

/** Filters the US series by state, offence and single-bias incidents, re-counted in the browser from the incidents. */
export function IncidentFilterControls({
  state,
  incidents,
}: {
  state: UsDailyState;
  incidents: UseQueryResult<Incidents>;
}) {
  const dataPackage = useDataPackage();
  if (!state.filterOpen) {
    const bytes = dataPackage.data?.resources.find((r) => r.name === RESOURCES.usIncidents)?.bytes;
    return (
      <button type="button" className="filter-open" onClick={() => state.setFilterOpen(true)}>
        Filter by state or offence (loads the incident file
        {bytes === undefined ? '' : `, ${formatCount(bytes / 1024)} KB before compression`})
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
      <CountedSelect
        label="State"
        allLabel={`All states (${formatCount(data.incidents.length)})`}
        options={states}
        value={filter.state}
        onChange={(value) => state.setFilter({ ...filter, state: value })}
      />
      <CountedSelect
        label="Offence"
        allLabel="All offences"
        options={offences}
        value={filter.offence}
        onChange={(value) => state.setFilter({ ...filter, offence: value })}
      />
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

interface CountedSelectProps {
  readonly label: string;
  readonly allLabel: string;
  readonly options: readonly { readonly value: string; readonly count: number }[];
  readonly value: string | null;
  readonly onChange: (value: string | null) => void;
}

/** A select of values with how many incidents each has; the empty choice means any value. */
function CountedSelect({ label, allLabel, options, value, onChange }: CountedSelectProps) {
  return (
    <label className="control">
      {label}{' '}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.value} ({formatCount(option.count)})
          </option>
        ))}
      </select>
    </label>
  );
}

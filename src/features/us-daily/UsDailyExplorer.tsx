import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { MethodName, ParamValues } from '../../core/detection/methods';
import { formatCount } from '../../core/format';
import { countIncidentsByDay } from '../../core/series/incidentCounts';
import { periodBounds, type Resolution } from '../../core/series/periods';
import type { DailyCounts } from '../../data/queries/dailyCounts';
import type { Incidents } from '../../data/queries/incidents';
import { SourceLine } from '../../ui/SourceLine';
import { BaselinePicker } from '../detection/BaselinePicker';
import { describeDetection, formatDetectionParams } from '../detection/detectionSettings';
import { runDetection } from '../detection/runDetection';
import type { EventMarkSource } from '../monthly-chart/monthlyChartModel';
import { alarmDates, chartRows } from './chartRows';
import { IncidentFilterControls } from './IncidentFilterControls';
import { UsDailyChart } from './UsDailyChart';
import { UsDailyControls } from './UsDailyControls';
import { plottedRows, usDailyModel } from './usDailyModel';
import { isFiltering, type UsDailyState } from './useUsDailyState';

const ROWS_PER_YEAR = { week: 52, month: 12, year: 1 } as const;

/** Rows per year at this resolution for Farrington: the dates alone cannot tell weekly rows (dated by their Monday) from days. */
function impliedParams(method: MethodName | null, resolution: Resolution): ParamValues {
  return method === 'farrington' && resolution !== 'day' ? { freq: ROWS_PER_YEAR[resolution] } : {};
}

interface UsDailyExplorerProps {
  readonly data: DailyCounts;
  readonly events: readonly EventMarkSource[];
  readonly state: UsDailyState;
  readonly incidents: UseQueryResult<Incidents>;
}

/** The controls, chart, baseline line and caveats of the US series; heavy computations are memoised. */
export function UsDailyExplorer({ data, events, state, incidents }: UsDailyExplorerProps) {
  const { resolution, from, to, detection, filter } = state;
  const filtered = isFiltering(filter) && incidents.data !== undefined ? incidents.data : null;
  // A filtered set has no matching total of all hate incidents, so only counts can be shown.
  const measure = filtered === null ? state.measure : 'count';
  const days = useMemo(
    () =>
      filtered === null
        ? data.days
        : countIncidentsByDay(
            data.days.map((d) => d.date),
            filtered.incidents,
            filter,
          ),
    [data.days, filtered, filter],
  );
  const plotted = useMemo(() => plottedRows(days, resolution, measure), [days, resolution, measure]);
  const model = useMemo(
    () => usDailyModel(plotted, events, { resolution, from, to }),
    [plotted, events, resolution, from, to],
  );
  // The method runs on the whole plotted series, so zooming does not recompute it.
  const outcome = useMemo(() => {
    if (detection.method === null || measure !== 'count') return null;
    return runDetection(
      detection.method,
      { ...impliedParams(detection.method, resolution), ...detection.params },
      plotted.map((r) => r.count),
      plotted.map((r) => r.date),
    );
  }, [plotted, detection, measure, resolution]);
  const rows = useMemo(() => chartRows(model.rows, outcome), [model.rows, outcome]);
  const alarms = alarmDates(rows, model.startIndex, model.endIndex);
  const unit = resolution === 'day' ? 'daily' : `${resolution}ly`;
  const what =
    measure === 'count' ? 'anti-Muslim incidents' : 'share of all hate incidents that were anti-Muslim';
  return (
    <>
      <p className="panel-note warning">
        Agencies report to the FBI voluntarily, and how many do changes from year to year: a rise in counts
        can be a rise in reporting. The share of all hate incidents corrects for that in part.
      </p>
      <UsDailyControls state={state} measure={measure} shareDisabled={filtered !== null} />
      <IncidentFilterControls state={state} incidents={incidents} />
      {filtered !== null && (
        <p className="panel-note" data-testid="filter-line">
          Filtered, re-counted in the browser from {formatCount(filtered.incidents.length)} incidents:{' '}
          {[
            filter.state ?? 'all states',
            filter.offence ?? 'all offences',
            filter.singleBiasOnly ? 'single-bias only' : 'single- and multi-bias',
          ].join('; ')}
          . The share of all hate incidents is not available for a filtered set.
        </p>
      )}
      <BaselinePicker
        method={detection.method}
        params={detection.params}
        implied={impliedParams(detection.method, resolution)}
        dates={plotted.map((r) => r.date)}
        disabledReason={
          measure === 'count' ? null : 'Baselines are computed on counts: switch the measure to incidents.'
        }
        onChange={(method, params) =>
          state.setMethodText(method, method === null ? null : formatDetectionParams(method, params) || null)
        }
      />
      <UsDailyChart
        model={model}
        rows={rows}
        measure={measure}
        label={`Line chart: ${unit} ${what}, ${from} to ${to}, with events marked; drag the brush to zoom`}
        onWindowChange={(start, end) =>
          state.setWindow(periodBounds(start.date, resolution).first, periodBounds(end.date, resolution).last)
        }
      />
      {detection.issues.length > 0 && (
        <p role="alert" className="error">
          Ignored from the URL: {detection.issues.map((i) => `${i.param}: ${i.message}`).join('; ')}
        </p>
      )}
      {outcome?.kind === 'problem' && (
        <p role="alert" className="error">
          {outcome.message}
        </p>
      )}
      {outcome?.kind === 'ok' && detection.method !== null && (
        <p className="method-line" data-testid="method-line">
          Baseline: {describeDetection(detection.method, outcome.used)}, on {unit} counts. The band runs from
          the expected count to the upper bound; {alarms.length} {resolution}
          {alarms.length === 1 ? '' : 's'} in the window alarm
          {alarms.length > 0 && alarms.length <= 8 ? ` (${alarms.join(', ')})` : ''}.
        </p>
      )}
      {model.peak?.value != null && (
        <p className="panel-note">
          Highest {resolution} in the window: {model.peak.date}, {formatCount(model.peak.count ?? 0)}{' '}
          anti-Muslim incidents
          {model.peak.allCount === null ? '' : ` of ${formatCount(model.peak.allCount)} hate incidents`}.
        </p>
      )}
      <ul className="caveats">
        {data.caveats.map((caveat) => (
          <li key={caveat}>{caveat}</li>
        ))}
      </ul>
      <SourceLine sources={data.sources} />
    </>
  );
}

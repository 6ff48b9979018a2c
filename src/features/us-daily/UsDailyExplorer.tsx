import type { UseQueryResult } from '@tanstack/react-query';
import { memo, useCallback, useDeferredValue, useMemo } from 'react';
import { describeDetection } from '../../core/detection/describeDetection';
import { highestRow } from '../../core/figure/highestRow';
import { timeSeriesFigure } from '../../core/figure/timeSeriesFigure';
import type { FigureEvent } from '../../core/figure/views/figureInputs';
import { impliedParams, reportingNote, type UsSeries, usSpec } from '../../core/figure/views/usSpec';
import { periodCount, type Resolution } from '../../core/series/periods';
import { formatCount } from '../../core/format';
import { DEFAULT_US_VIEW, type UsView } from '../../core/view/view';
import type { DailyCounts } from '../../data/queries/dailyCounts';
import type { Incidents } from '../../data/queries/incidents';
import { useStateYears } from '../../data/queries/stateYears';
import { RESOURCES } from '../../data/resources';
import { BaselinePicker } from '../../ui/detection/BaselinePicker';
import { LazyFigureActions } from '../../ui/figure/LazyFigureActions';
import { type DataColumn, FigureDataTable } from '../../ui/figure/FigureDataTable';
import { ALARM_COLUMNS, BASELINE_COLUMNS, periodColumn, SHARE_COLUMNS } from '../../ui/figure/dataColumns';
import { FigureChart } from '../../ui/figure/FigureChart';
import { FigureLegend } from '../../ui/figure/FigureLegend';
import { useElementWidth } from '../../ui/figure/useElementWidth';
import { viewLink } from '../../ui/figure/viewLink';
import { SourceLine } from '../../ui/SourceLine';
import { IncidentFilterControls } from './IncidentFilterControls';
import { UsDailyControls } from './UsDailyControls';
import { UsOverview } from './UsOverview';
import { COMPUTES_INLINE, useUsSeries } from './useUsSeries';
import { isFiltering } from '../../core/series/incidentCounts';
import type { UsDailyState } from './useUsDailyState';

interface UsDailyExplorerProps {
  readonly data: DailyCounts;
  readonly events: readonly FigureEvent[];
  readonly dataVersion: string;
  readonly state: UsDailyState;
  readonly incidents: UseQueryResult<Incidents>;
}

/**
 * The controls, chart, baseline line and caveats of the US series. The series (aggregation, re-counting, the method)
 * is computed off the main thread; the controls answer at once, and the chart keeps the last series, marked as
 * updating, until the new one arrives.
 */
export function UsDailyExplorer({ data, events, dataVersion, state, incidents }: UsDailyExplorerProps) {
  const { resolution, detection, filter } = state;
  const filtered = isFiltering(filter) && incidents.data !== undefined ? incidents.data : null;
  // The method runs on the whole series at this resolution, keyed without the window, so zooming never reruns it.
  const seriesView: UsView = useMemo(
    () => ({
      ...DEFAULT_US_VIEW,
      resolution,
      measure: state.measure,
      method: detection.method,
      params: detection.params,
      filter,
    }),
    [resolution, state.measure, detection.method, detection.params, filter],
  );
  // The worker reads the states' reporting years itself: the page reads them only where it computes the series.
  const stateYears = useStateYears(
    RESOURCES.usStateYears,
    COMPUTES_INLINE && filtered !== null && filter.state !== null,
  );
  const computed = useUsSeries(seriesView, data, filtered, stateYears.data ?? null, state.filterOpen);
  // The method's parameter limits need only the number of rows, counted without summing twelve thousand days.
  const shape = useMemo(() => {
    const days = data.days;
    const rows =
      days.length === 0 ? 0 : periodCount(days[0]?.date ?? '', days.at(-1)?.date ?? '', resolution);
    return { rows, monthly: resolution === 'month' };
  }, [data, resolution]);
  const measure = filtered !== null ? 'count' : state.measure;
  // The chart follows the window in a deferred render, drawn in slices, so the controls answer at once.
  const from = useDeferredValue(state.from);
  const to = useDeferredValue(state.to);
  const updating = computed.updating || from !== state.from || to !== state.to;
  return (
    <>
      <p className="panel-note warning">
        Agencies report to the FBI voluntarily, and how many do changes from year to year: a rise in counts
        can be a rise in reporting. The share of all hate incidents corrects for that in part.
      </p>
      <UsDailyControls state={state} measure={measure} shareDisabled={filtered !== null} />
      <IncidentFilterControls state={state} incidents={incidents} />
      <BaselinePicker
        method={detection.method}
        params={detection.params}
        implied={impliedParams(detection.method, resolution)}
        shape={shape}
        disabledReason={
          measure === 'count' ? null : 'Baselines are computed on counts: switch the measure to incidents.'
        }
        onChange={state.setMethod}
      />
      <p role="status" className="panel-note updating">
        {updating ? (computed.series === null ? 'Computing the series…' : 'Updating the chart…') : ''}
      </p>
      {computed.error !== null && (
        <p role="alert" className="error">
          The series could not be computed: {computed.error}
        </p>
      )}
      {computed.series !== null && computed.view !== null && (
        <UsChart
          from={from}
          to={to}
          setWindow={state.setWindow}
          computedFor={computed.view}
          series={computed.series}
          data={data}
          events={events}
          dataVersion={dataVersion}
          // The incidents of the series drawn, not of the one being computed: the chart stays as it was meanwhile.
          filtered={isFiltering(computed.view.filter) ? (incidents.data ?? null) : null}
        />
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

interface UsChartProps {
  readonly from: string;
  readonly to: string;
  readonly setWindow: UsDailyState['setWindow'];
  /** The view the series was computed for: its resolution, measure, method and filter (the window is the state's). */
  readonly computedFor: UsView;
  readonly series: UsSeries;
  readonly data: DailyCounts;
  readonly events: readonly FigureEvent[];
  readonly dataVersion: string;
  readonly filtered: Incidents | null;
}

/** The chart of the series last computed, cut to the state's window, with its brush, notes and downloads. */
const UsChart = memo(function UsChart({
  from,
  to,
  setWindow,
  computedFor,
  series,
  data,
  events,
  dataVersion,
  filtered,
}: UsChartProps) {
  const view: UsView = useMemo(() => ({ ...computedFor, from, to }), [computedFor, from, to]);
  const { resolution, filter } = view;
  const detection = { method: view.method };
  const input = useMemo(
    () => ({
      daily: data,
      incidents: filtered?.incidents ?? null,
      // The series is given: the states' reporting years have done their work in it.
      stateYears: null,
      events,
      dataVersion,
      link: viewLink(view),
    }),
    [data, filtered, events, dataVersion, view],
  );
  const spec = useMemo(() => usSpec(view, input, series), [view, input, series]);
  const matched = useMemo(() => series.rows.reduce((sum, row) => sum + (row.count ?? 0), 0), [series]);
  const [ref, width] = useElementWidth<HTMLDivElement>(800);
  const dragWindow = useCallback((from: string, to: string) => setWindow(from, to, 'replace'), [setWindow]);
  const figure = useMemo(() => timeSeriesFigure(spec, { width }), [spec, width]);
  const measure = series.measure;
  const unit = resolution === 'day' ? 'daily' : `${resolution}ly`;
  const what =
    measure === 'count' ? 'anti-Muslim incidents' : 'share of all hate incidents that were anti-Muslim';
  const alarms = spec.rows.filter((row) => row.alarm === true).map((row) => row.period);
  const peak = highestRow(spec.rows);
  return (
    <>
      {filtered !== null && (
        <p className="panel-note" data-testid="filter-line">
          Filtered, re-counted in the browser: {formatCount(matched)} of{' '}
          {formatCount(filtered.incidents.length)} incidents match:{' '}
          {[
            filter.state ?? 'all states',
            filter.offence ?? 'all offences',
            filter.singleBiasOnly ? 'single-bias only' : 'single- and multi-bias',
          ].join('; ')}
          . The share of all hate incidents is not available for a filtered set.
        </p>
      )}
      <div ref={ref} className="figure-frame">
        <FigureLegend figure={figure} />
        <FigureChart
          figure={figure}
          label={`Line chart: ${unit} ${what}, ${from} to ${to}, with events marked; drag the brush under it to zoom`}
          tooltip={(row) => (
            <>
              <strong>
                {row.period}
                {resolution === 'day' ? '' : ` (${row.start} to ${row.end})`}
              </strong>
              <div>Anti-Muslim incidents: {row.count === null ? 'missing' : formatCount(row.count)}</div>
              {/* A filtered set has no all-bias count to set beside it: the line is left out, not called missing. */}
              {filtered === null && (
                <div>All hate incidents: {row.allCount === null ? 'missing' : formatCount(row.allCount)}</div>
              )}
              {measure === 'share' && row.value !== null && <div>Share: {row.value.toFixed(2)}%</div>}
              {row.expected !== null && (
                <div>
                  Expected: {row.expected.toFixed(2)}
                  {row.upper === null ? '' : `; upper bound: ${row.upper.toFixed(2)}`}
                  {row.alarm === true ? ' — alarm' : ''}
                </div>
              )}
            </>
          )}
        />
        <UsOverview days={data.days} width={width} from={from} to={to} onWindowChange={dragWindow} />
      </div>
      {reportingNote(view, series).map((note) => (
        <p key={note} className="panel-note warning">
          {note}
        </p>
      ))}
      {spec.problem !== null && (
        <p role="alert" className="error">
          {spec.problem}
        </p>
      )}
      {series.outcome?.kind === 'ok' && detection.method !== null && (
        <p className="method-line" data-testid="method-line">
          Baseline: {describeDetection(detection.method, series.outcome.used)}, on {unit} counts. The band
          runs from the expected count to the upper bound; {alarms.length} {resolution}
          {alarms.length === 1 ? '' : 's'} in the window alarm
          {alarms.length > 0 && alarms.length <= 8 ? ` (${alarms.join(', ')})` : ''}.
        </p>
      )}
      {peak !== null && (
        <p className="panel-note">
          Highest {resolution} in the window: {peak.period}, {formatCount(peak.count ?? 0)} anti-Muslim
          incidents
          {peak.allCount === null ? '' : ` of ${formatCount(peak.allCount)} hate incidents`}.
        </p>
      )}
      <LazyFigureActions view={view} kind="time" content={() => ({ kind: 'time', spec })} />
      <FigureDataTable
        rows={spec.rows}
        columns={usColumns(resolution, measure, series.outcome?.kind === 'ok')}
        caption={`${spec.title}, ${from} to ${to}`}
        rowName={`${resolution}s`}
      />
    </>
  );
});

const PERIOD_HEADINGS = { day: 'Day', week: 'Week of', month: 'Month', year: 'Year' } as const;

/** The US table's columns: the period, then counts or the share with its counts, then the baseline and alarms. */
function usColumns(resolution: Resolution, measure: 'count' | 'share', detected: boolean): DataColumn[] {
  const period = periodColumn(PERIOD_HEADINGS[resolution]);
  if (measure === 'share') return [period, ...SHARE_COLUMNS];
  return detected
    ? [period, ...BASELINE_COLUMNS, ...ALARM_COLUMNS]
    : [period, BASELINE_COLUMNS[0] as DataColumn];
}

import { dayNumber } from '../../dates';
import {
  type DetectionOutcome,
  describeDetection,
  detectionOutcome,
} from '../../detection/describeDetection';
import type { MethodName, ParamValues } from '../../detection/methods';
import { methodNamed, runMethod } from '../../detection/methods';
import { aggregateCounts, sharePercent } from '../../series/aggregate';
import { countIncidentsByDay, isFiltering } from '../../series/incidentCounts';
import { periodBounds, periodKey, type Resolution } from '../../series/periods';
import type { UsView } from '../../view/view';
import { yearsNotReporting } from '../../series/reporting';
import { formatPeriod, groupThousands } from '../labels';
import type { TimeSeriesSpec } from '../timeSeriesFigure';
import type { FigureRow } from '../types';
import type { UsInput } from './figureInputs';

const ROWS_PER_YEAR = { week: 52, month: 12, year: 1 } as const;

/** Returns the parameters a resolution implies for a method: Farrington's rows per year for weeks, months, years. */
export function impliedParams(method: MethodName | null, resolution: Resolution): ParamValues {
  return method === 'farrington' && resolution !== 'day' ? { freq: ROWS_PER_YEAR[resolution] } : {};
}

/** The US series at a resolution, every period with what the method computed: what a window is cut from. */
export interface UsSeries {
  /** True when the counts were re-counted from the incidents under a filter (only counts can then be shown). */
  readonly filtered: boolean;
  readonly measure: 'count' | 'share';
  readonly rows: readonly FigureRow[];
  readonly outcome: DetectionOutcome | null;
  /** Years in which the filtered state's agencies reported no hate crime of any bias: missing, and shaded. */
  readonly notReporting: readonly { readonly from: number; readonly to: number }[];
}

/** What the US series is before a method runs: its periods, values and reporting, for one resolution, measure and filter. */
export interface UsBase extends Omit<UsSeries, 'outcome'> {
  /** The periods' counts, in order: what a method runs on. */
  readonly counts: readonly (number | null)[];
  readonly dates: readonly string[];
}

/** The parts of a view the series' base depends on: a change of method or window keeps the base. */
export type UsBaseView = Pick<UsView, 'resolution' | 'measure' | 'filter'>;

/**
 * Returns the US series of a view before any method: the daily counts (re-counted from the incidents when filtered)
 * summed to the resolution, each period with its value; the rows' baselines are empty.
 */
export function usBase(view: UsBaseView, input: Pick<UsInput, 'daily' | 'incidents' | 'stateYears'>): UsBase {
  const filtered = isFiltering(view.filter) && input.incidents !== null;
  // Under a state filter, a year in which the state's agencies reported no hate crime at all is not a year of 0.
  const silent =
    filtered && view.filter.state !== null && input.stateYears !== null
      ? yearsNotReporting(input.stateYears, view.filter.state)
      : new Set<number>();
  const days = filtered
    ? countIncidentsByDay(
        input.daily.days.map((d) => d.date),
        input.incidents ?? [],
        view.filter,
      )
    : input.daily.days;
  const measure = filtered ? 'count' : view.measure;
  const periods = aggregateCounts(days, view.resolution).map((p) => {
    const bounds = periodBounds(p.date, view.resolution);
    // A period with any day in a year of no reporting (a week across New Year) is missing, not part-counted.
    const reported =
      !silent.has(Number(bounds.first.slice(0, 4))) && !silent.has(Number(bounds.last.slice(0, 4)));
    return reported ? { ...p, bounds } : { ...p, bounds, count: null, allCount: null };
  });
  const shares = sharePercent(periods);
  const rows = periods.map((p, i): FigureRow => ({
    period: p.date,
    start: p.bounds.first,
    end: p.bounds.last,
    x: (dayNumber(p.bounds.first) + dayNumber(p.bounds.last) + 1) / 2,
    value: measure === 'count' ? p.count : (shares[i] ?? null),
    count: p.count,
    allCount: p.allCount,
    expected: null,
    upper: null,
    alarm: null,
    ratio: null,
  }));
  return {
    filtered,
    measure,
    rows,
    counts: periods.map((p) => p.count),
    dates: periods.map((p) => p.date),
    notReporting: yearRuns([...silent]),
  };
}

/**
 * Returns the whole US series for a view, its window aside: its base (computed here, or given when the caller keeps
 * it across changes of method) with the baseline method run on all of it, so zooming never reruns it.
 */
export function usSeries(
  view: UsView,
  input: Pick<UsInput, 'daily' | 'incidents' | 'stateYears'>,
  base: UsBase = usBase(view, input),
): UsSeries {
  const { filtered, measure, notReporting } = base;
  const outcome =
    view.method === null || measure !== 'count'
      ? null
      : detectionOutcome(
          runMethod(
            view.method,
            base.counts,
            base.dates,
            { ...impliedParams(view.method, view.resolution), ...view.params },
            // The figure shows no p-value: its rows carry the baseline, bound, alarm and ratio.
            { pValues: false },
          ),
        );
  const detected = outcome?.kind === 'ok' ? outcome.rows : null;
  const rows =
    detected === null
      ? base.rows
      : base.rows.map((row, i): FigureRow => {
          const d = detected[i];
          const expected = d?.expected ?? null;
          const { value } = row;
          return {
            ...row,
            expected,
            upper: d?.upper ?? null,
            alarm: d?.alarm ?? null,
            ratio: value !== null && expected !== null && expected > 0 ? value / expected : null,
          };
        });
  return { filtered, measure, rows, outcome, notReporting };
}

/** Returns sorted years as runs of consecutive years. */
function yearRuns(years: readonly number[]): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last !== undefined && last.to === year - 1) runs[runs.length - 1] = { from: last.from, to: year };
    else runs.push({ from: year, to: year });
  }
  return runs;
}

/**
 * Returns the US figure's spec: the rows of the view's window from its whole series (computed here, or given from
 * `usSeries` when the caller keeps it across window changes), with titles, notes and provenance.
 */
export function usSpec(
  view: UsView,
  input: UsInput,
  series: UsSeries = usSeries(view, input),
): TimeSeriesSpec & { readonly problem: string | null } {
  const { filtered, measure, outcome } = series;
  const fromKey = periodKey(view.from, view.resolution);
  const toKey = periodKey(view.to, view.resolution);
  const rows = series.rows.filter((row) => row.period >= fromKey && row.period <= toKey);
  const unit = view.resolution === 'day' ? 'daily' : `${view.resolution}ly`;
  const what =
    measure === 'count' ? 'Anti-Muslim hate incidents' : 'Share of hate incidents that were anti-Muslim';
  const filterText = filtered
    ? `; only ${[
        view.filter.state,
        view.filter.offence,
        view.filter.singleBiasOnly ? 'single-bias incidents' : null,
      ]
        .filter((part) => part !== null)
        .join(', ')}`
    : '';
  const alarms = rows.filter((r) => r.alarm === true).length;
  const methodNote =
    outcome?.kind === 'ok' && view.method !== null
      ? [
          `Baseline: ${describeDetection(view.method, outcome.used)}, on ${unit} counts; ` +
            `${groupThousands(alarms)} ${view.resolution}${alarms === 1 ? '' : 's'} in view alarm.`,
        ]
      : [];
  return {
    view: 'us',
    title: `${what} reported to the FBI, United States`,
    subtitle:
      `${capitalise(unit)}, ${formatPeriod(view.from, 'day')} to ${formatPeriod(view.to, 'day')}${filterText}. ` +
      'Incidents by the day they happened; agencies report voluntarily, in numbers that change by year.',
    resolution: view.resolution,
    valueTitle: measure === 'count' ? `Incidents a ${view.resolution}` : 'Per cent of all hate incidents',
    valueLabel: measure === 'count' ? 'Reported incidents' : 'Share of all hate incidents',
    unit: measure === 'count' ? 'count' : 'percent',
    rows,
    from: view.from,
    to: view.to,
    events: input.events.filter((e) => e.regions.includes('us')),
    shades: series.notReporting.map((run) => ({
      from: `${run.from}-01-01`,
      to: `${run.to}-12-31`,
      label: 'Not reporting',
    })),
    story: null,
    baselineLabel: outcome?.kind === 'ok' ? 'Expected' : null,
    method:
      outcome?.kind === 'ok' && view.method !== null
        ? {
            name: view.method,
            label: methodNamed(view.method)?.label ?? view.method,
            reference: methodNamed(view.method)?.reference ?? null,
            params: outcome.used,
          }
        : null,
    notes: [...reportingNote(view, series), ...methodNote],
    sources: input.daily.sources,
    caveats: input.daily.caveats,
    dataVersion: input.dataVersion,
    link: input.link,
    problem: outcome?.kind === 'problem' ? outcome.message : null,
  };
}

/** Returns the note naming the years a filtered state did not report, when there are any. */
/** Returns the note on the years the filtered state did not report, if any (shaded in the figure). */
export function reportingNote(view: UsView, series: UsSeries): string[] {
  if (series.notReporting.length === 0 || view.filter.state === null) return [];
  const years = series.notReporting
    .map((r) => (r.from === r.to ? `${r.from}` : `${r.from}–${r.to}`))
    .join(', ');
  return [
    `Not reporting (shaded): ${view.filter.state}’s agencies sent the FBI no hate crime incident of any bias in ` +
      `${years}; those years are missing, not 0, and no baseline uses them.`,
  ];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

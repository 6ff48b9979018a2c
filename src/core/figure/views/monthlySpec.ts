import { respectComparableFrom } from '../../baselines/comparableFrom';
import { trailingMeans } from '../../baselines/trailingWindows';
import { dayNumber } from '../../dates';
import { compareWithBaseline } from '../../series/compareWithBaseline';
import { periodBounds } from '../../series/periods';
import type { Series } from '../../series/series';
import type { HoView, LondonView } from '../../view/view';
import { formatPeriod, formatValue } from '../labels';
import type { TimeSeriesSpec } from '../timeSeriesFigure';
import type { FigureRow } from '../types';
import type { FigureContext, HoInput, LondonInput } from './figureInputs';

/** The month of the story (the London Bridge attack, 3 June 2017), called out where a series holds it. */
export const STORY_MONTH = '2017-06';

/** The months of the story's year before its month: what its "daily average" for 2017 can be checked against. */
export const STORY_YEAR_BEFORE = { from: '2017-01', to: '2017-05' } as const;

/** Months in the trailing mean a monthly series is compared with. */
export const MONTHLY_WINDOW = 12;

/** Returns a monthly series' rows against the mean of the 12 months before (never reaching before `comparableFrom`). */
export function monthlyRows(series: Series, comparableFrom: string | null): FigureRow[] {
  const baseline = trailingMeans(
    series.points.map((p) => p.count),
    MONTHLY_WINDOW,
  );
  const dates = series.points.map((p) => p.date);
  const comparable =
    comparableFrom === null ? baseline : respectComparableFrom(baseline, dates, comparableFrom);
  return compareWithBaseline(series.points, comparable).map((row) => {
    const { first, last } = periodBounds(row.date, 'month');
    return {
      period: row.date,
      start: first,
      end: last,
      x: (dayNumber(first) + dayNumber(last) + 1) / 2,
      value: row.observed,
      count: row.observed,
      allCount: null,
      expected: row.expected,
      upper: null,
      alarm: null,
      ratio: row.ratio,
    };
  });
}

/** The words of a monthly figure: its title and subtitle, and (offences by default) what its values count. */
export interface MonthlyText {
  readonly title: string;
  readonly subtitle: string;
  readonly valueTitle?: string;
  readonly valueLabel?: string;
  readonly notes?: readonly string[];
}

/** Returns the spec of a monthly figure: the series, its trailing mean, the UK events, the story's month. */
export function monthlySpec(
  view: string,
  series: Series,
  comparableFrom: string | null,
  context: FigureContext,
  text: MonthlyText,
): TimeSeriesSpec {
  const rows = monthlyRows(series, comparableFrom);
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first === undefined || last === undefined) throw new RangeError(`${series.name} has no months`);
  const story = rows.find((r) => r.period === STORY_MONTH);
  const shade =
    comparableFrom !== null && first.period < comparableFrom
      ? [
          {
            from: first.start,
            to: periodBounds(
              rows.filter((r) => r.period < comparableFrom).at(-1)?.period ?? first.period,
              'month',
            ).last,
            label: 'Recorded differently',
          },
        ]
      : [];
  return {
    view,
    title: text.title,
    subtitle: text.subtitle,
    resolution: 'month',
    valueTitle: text.valueTitle ?? 'Offences a month',
    valueLabel: text.valueLabel ?? 'Recorded',
    unit: 'count',
    rows,
    from: first.start,
    to: last.end,
    events: context.events.filter((e) => e.regions.includes('uk')),
    shades: shade,
    story:
      story?.value == null
        ? null
        : {
            period: STORY_MONTH,
            text:
              `${formatPeriod(STORY_MONTH, 'month')}: ${formatValue(story.value, 'count')}` +
              (story.ratio === null ? '' : `, ×${story.ratio.toFixed(2)} its baseline`),
          },
    baselineLabel: `Mean of the ${MONTHLY_WINDOW} months before`,
    method: null,
    notes: [...(text.notes ?? [])],
    sources: series.sources,
    caveats: series.caveats,
    dataVersion: context.dataVersion,
    link: context.link,
  };
}

/** Returns the Home Office figure's spec. */
export function hoSpec(_view: HoView, input: HoInput): TimeSeriesSpec {
  const points = input.series.points;
  return monthlySpec('ho', input.series, null, input, {
    title: 'Racially or religiously aggravated offences, England and Wales',
    subtitle:
      `Recorded by the police each month, ${formatPeriod(points[0]?.date ?? '', 'month')} to ` +
      `${formatPeriod(points[points.length - 1]?.date ?? '', 'month')}, against the mean of the ${MONTHLY_WINDOW} months before.`,
  });
}

/** Returns the London figure's spec for the view's area (London when the area is unknown: see `londonArea`). */
export function londonSpec(view: LondonView, input: LondonInput): TimeSeriesSpec {
  const area = londonArea(view, input);
  const series = input.byArea.get(area);
  if (series === undefined) throw new RangeError('the London series has no London rows');
  const comparable =
    input.comparableFrom === null
      ? ''
      : ` Months before ${formatPeriod(input.comparableFrom, 'month')} were recorded differently and are not compared.`;
  return monthlySpec('london', series, input.comparableFrom, input, {
    title: `Race or religious aggravated public fear, alarm or distress: ${area}`,
    subtitle:
      `Offences the Metropolitan Police recorded each month, against the mean of the ${MONTHLY_WINDOW} months before. ` +
      `Not an Islamophobic series.${comparable}`,
  });
}

/** Returns the view's area when the series has it, else London. */
export function londonArea(view: LondonView, input: Pick<LondonInput, 'byArea'>): string {
  return input.byArea.has(view.area) ? view.area : 'London';
}

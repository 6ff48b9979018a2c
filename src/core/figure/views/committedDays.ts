import { formatIsoDate } from '../../dates';
import type { Source } from '../../provenance';
import type { BarSpec } from '../barFigure';

/** A day's count by recording date, with the days its crimes were committed on (as an official answer gives them). */
export interface CommittedDays {
  readonly recordedOn: string;
  readonly recorded: number;
  /** When the answer giving the days was published. */
  readonly publishedAt: string;
  readonly byDayCommitted: readonly { readonly date: string; readonly count: number }[];
  readonly sources: readonly Source[];
}

/** Returns the bar chart of the crimes recorded on one day by the day each was committed, earliest first. */
export function committedDaysSpec(
  days: CommittedDays,
  context: { readonly dataVersion: string; readonly link: string },
): BarSpec {
  const recordedOn = formatIsoDate(days.recordedOn);
  const byDay = [...days.byDayCommitted].sort((a, b) => a.date.localeCompare(b.date));
  return {
    view: 'committed',
    title: `The ${days.recorded} Islamophobic crimes recorded on ${recordedOn}, by the day each was committed`,
    subtitle: `As the Mayor of London’s written answer of ${formatIsoDate(days.publishedAt)} gives them.`,
    valueTitle: 'Crimes committed that day',
    bars: byDay.map((day) => ({ id: day.date, label: formatIsoDate(day.date), value: day.count })),
    reference: null,
    columns: [
      { name: 'committed_on', description: 'The day the crime was committed', unit: 'ISO date' },
      {
        name: 'crimes',
        description: `Crimes recorded on ${days.recordedOn} committed that day`,
        unit: 'count',
      },
    ],
    rows: byDay.map((day) => [day.date, day.count]),
    notes: [],
    sources: days.sources,
    caveats: [],
    dataVersion: context.dataVersion,
    link: context.link,
  };
}

/** Returns, in words, what a day's count by recording date means once its crimes are placed on the days committed. */
export function recordingSpikeReading(days: CommittedDays): string {
  const onTheDay = days.byDayCommitted.find((d) => d.date === days.recordedOn)?.count ?? 0;
  const busiest = [...days.byDayCommitted].sort((a, b) => b.count - a.count || a.date.localeCompare(b.date));
  const [first, second] = busiest;
  const top =
    first === undefined
      ? ''
      : second === undefined
        ? ` ${first.count} were committed on ${formatIsoDate(first.date)}.`
        : ` The most were committed on ${formatIsoDate(first.date)} (${first.count}) and ` +
          `${formatIsoDate(second.date)} (${second.count}).`;
  return (
    `Of the ${days.recorded} crimes recorded on ${formatIsoDate(days.recordedOn)}, ${onTheDay} were committed that ` +
    `day.${top} The spike of ${formatIsoDate(days.recordedOn)} is a spike of recording: the police count a crime on ` +
    'the day they record it, and by the day committed the crimes cluster on the days after the attack.'
  );
}

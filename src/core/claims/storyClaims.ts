import { dayNumber, formatIsoDate, isoDayOf } from '../dates';
import { formatCount, formatRatio } from '../format';
import { STORY_MONTH, STORY_YEAR_BEFORE } from '../figure/views/monthlySpec';
import { STORY_FORCE, STORY_SPIKE } from '../view/view';
import { dailyAverage, monthAgainstBaseline, type PoliceForce } from '../series/policeForces';

/** How far the public data bear a claim out: never stronger than the evidence. */
export type Verdict = 'supported' | 'consistent, not verifiable with public data' | 'contradicted';

/** One claim of the story, checked: what it says, the verdict, and what the data we hold can and cannot say. */
export interface ClaimCheck {
  readonly id: string;
  /** The claim in the article's words. */
  readonly claim: string;
  readonly verdict: Verdict;
  /** What the numbers we hold say about it, a sentence each. */
  readonly evidence: readonly string[];
  /** What they cannot say. */
  readonly cannot: string;
  /** What data would settle it. */
  readonly wouldSettle: string;
}

/** A later official count of the story's day by recording date. */
export interface RecordedCount {
  readonly recorded: number;
  readonly committedOnTheDay: number;
  readonly byDayCommitted: readonly { readonly date: string; readonly count: number }[] | null;
  readonly publishedAt: string;
}

/** What the claims are checked against: the Met's monthly Islamophobic series and the day's reported counts. */
export interface StoryClaimsInput {
  readonly met: PoliceForce;
  /** The story's count of the day, the daily average it was set against, and the day of the attack before it. */
  readonly reported: {
    readonly date: string;
    readonly observed: number;
    readonly expected: number;
    readonly attackDate: string;
  };
  readonly recorded: readonly RecordedCount[];
}

const DAILY_SERIES =
  'The Met’s daily counts of Islamophobic incidents and crimes for 2013–2017, by recording date and by the day ' +
  'committed, which are not published.';

/** What the claims need of a reported spike: its day, its event, its first version and its later counts. */
export interface ClaimSpike {
  readonly id: string;
  readonly date: string;
  readonly event: string;
  readonly versions: readonly { readonly observed: number; readonly expected: number }[];
  readonly recordingVersions: readonly RecordedCount[];
}

/**
 * Returns the story's claims checked against the data as loaded: the Met's series among the forces, the story's spike
 * among the reported figures and its attack among the events; none when one of them is missing.
 */
export function storyClaimsFrom(
  forces: readonly PoliceForce[],
  spikes: readonly ClaimSpike[],
  events: readonly { readonly id: string; readonly date: string }[],
): ClaimCheck[] {
  const met = forces.find((f) => f.id === STORY_FORCE);
  const spike = spikes.find((s) => s.id === STORY_SPIKE);
  const first = spike?.versions[0];
  const attack = events.find((e) => e.id === spike?.event);
  if (met === undefined || spike === undefined || first === undefined || attack === undefined) return [];
  return storyClaims({
    met,
    reported: {
      date: spike.date,
      observed: first.observed,
      expected: first.expected,
      attackDate: attack.date,
    },
    recorded: spike.recordingVersions,
  });
}

/** Returns the article's four claims about 6 June 2017, each with its verdict and evidence. */
export function storyClaims(input: StoryClaimsInput): ClaimCheck[] {
  const { met, reported } = input;
  const month = (id: string) => met.months.find((m) => m.month === id)?.muslimCrimes ?? null;
  const june = month(STORY_MONTH);
  const spring = dailyAverage(met, STORY_YEAR_BEFORE.from, STORY_YEAR_BEFORE.to);
  const compared = monthAgainstBaseline(met, STORY_MONTH);
  const months2017 = met.months.filter((m) => m.month.startsWith('2017') && m.muslimCrimes !== null);
  const higher2017 = months2017.filter((m) => june !== null && (m.muslimCrimes ?? 0) > june);
  const highestOfAll = june !== null && met.months.every((m) => (m.muslimCrimes ?? 0) <= june);
  const first = met.months[0]?.month ?? '';
  const later = input.recorded.map(
    (r) =>
      `${formatCount(r.recorded)} (${formatIsoDate(r.publishedAt)}, ${r.committedOnTheDay} committed that day)`,
  );
  const detailed = input.recorded.find((r) => r.byDayCommitted !== null);
  // The days after the attack, up to the day of the count.
  const dayAfter = isoDayOf(dayNumber(reported.attackDate) + 1);
  const afterAttack =
    detailed?.byDayCommitted == null
      ? null
      : detailed.byDayCommitted
          .filter((d) => d.date >= dayAfter && d.date <= reported.date)
          .reduce((sum, d) => sum + d.count, 0);
  const paris = month('2015-11');
  return [
    {
      id: 'twenty-against-three-and-a-half',
      claim: `${reported.observed} recorded on June 6 – compared with a daily average of ${reported.expected}`,
      verdict: 'consistent, not verifiable with public data',
      evidence: [
        spring === null
          ? 'The Met’s monthly series lacks a month of January to May 2017.'
          : `The Met’s monthly series gives ${formatCount(spring.perDay, 2)} Islamophobic crimes a day from ` +
            `January to May 2017 (${formatCount(spring.total)} in ${spring.days} days), close to the ` +
            `${reported.expected} reported.`,
        `The Met later gave the day’s count by recording date as ${later.join(' and ')}: the versions disagree.`,
      ],
      cannot: 'The monthly series cannot show a single day; the story counted incidents, the series crimes.',
      wouldSettle: DAILY_SERIES,
    },
    {
      id: 'highest-of-2017',
      claim: 'It was the highest daily tally for 2017',
      verdict:
        june !== null && higher2017.length === 0
          ? 'consistent, not verifiable with public data'
          : 'contradicted',
      evidence: [
        june === null
          ? 'The Met’s monthly series lacks June 2017.'
          : higher2017.length === 0
            ? `June 2017 (${formatCount(june)}) is the highest month of 2017 in the Met’s monthly series` +
              (highestOfAll
                ? `, and of the whole series, ${formatIsoDate(first)} to ${formatIsoDate(met.months.at(-1)?.month ?? '')}.`
                : '.')
            : `${higher2017.length} months of 2017 are higher than June in the Met’s monthly series.`,
      ],
      cannot: 'A highest month does not make a highest day: the days of 2017 are not published.',
      wouldSettle: DAILY_SERIES,
    },
    {
      id: 'higher-than-paris-and-rigby',
      claim:
        'higher than the numbers registered after the Paris attacks in November 2015, and the murder of Lee Rigby in May 2013',
      verdict:
        paris !== null && june !== null && june <= paris
          ? 'contradicted'
          : 'consistent, not verifiable with public data',
      evidence: [
        paris === null || june === null
          ? 'The Met’s monthly series lacks November 2015 or June 2017.'
          : `By month, June 2017 (${formatCount(june)}) is higher than November 2015, the month of the Paris ` +
            `attacks (${formatCount(paris)}).`,
        `May 2013 is before the series starts (${formatIsoDate(first)}): the Lee Rigby comparison cannot be checked.`,
      ],
      cannot: 'The days after each attack are not published, and the series does not reach back to 2013.',
      wouldSettle: DAILY_SERIES,
    },
    {
      id: 'spike-after-london-bridge',
      claim: 'a spike in the number of Islamophobic incidents in the wake of the London Bridge outrage',
      verdict:
        compared.kind === 'ok' && compared.test.ratioInterval.lower > 1
          ? 'supported'
          : 'consistent, not verifiable with public data',
      evidence: [
        compared.kind === 'ok'
          ? `June 2017: ${formatCount(compared.observed)} Islamophobic crimes recorded, ` +
            `${formatRatio(compared.test.ratio, 2)} the mean of the 12 months before (95% interval ` +
            `${formatRatio(compared.test.ratioInterval.lower, 2)} to ${formatRatio(compared.test.ratioInterval.upper, 2)}).`
          : `June 2017 cannot be set against its baseline: ${compared.reason}.`,
        ...(afterAttack === null || detailed === undefined
          ? []
          : [
              `Of the ${detailed.recorded} crimes recorded on ${dayMonth(reported.date)}, ${afterAttack} were ` +
                `committed from ${dayRange(dayAfter, reported.date)}, ` +
                'the days after the attack: the rise is in crimes committed, not only in recording.',
            ]),
      ],
      cannot:
        'Crimes recorded are not all incidents, and recording can rise with attention as well as with hate.',
      wouldSettle: 'Victimisation surveys or reports to third parties (e.g. Tell MAMA) for the same weeks.',
    },
  ];
}

/** Returns "6 June" for an ISO day. */
function dayMonth(day: string): string {
  return formatIsoDate(day).replace(/ \d{4}$/, '');
}

/** Returns "4 to 6 June" for two days of one month, else "31 May to 6 June". */
function dayRange(from: string, to: string): string {
  return from.slice(0, 7) === to.slice(0, 7)
    ? `${Number(from.slice(8))} to ${dayMonth(to)}`
    : `${dayMonth(from)} to ${dayMonth(to)}`;
}

import { hasIslamophobicCounts, type PoliceForce } from '../../series/policeForces';
import { makeSeries } from '../../series/series';
import { STORY_FORCE, type PoliceView } from '../../view/view';
import { formatPeriod } from '../labels';
import type { TimeSeriesSpec } from '../timeSeriesFigure';
import type { PoliceInput } from './figureInputs';
import { MONTHLY_WINDOW, monthlySpec } from './monthlySpec';

/** Returns the forces whose returns hold Islamophobic counts: the ones a police view can show. */
export function islamophobicForces(input: Pick<PoliceInput, 'forces'>): PoliceForce[] {
  return input.forces.filter(hasIslamophobicCounts);
}

/** Returns the view's force when its returns hold Islamophobic counts, else the Met's (the story's own). */
export function policeForce(view: PoliceView, input: Pick<PoliceInput, 'forces'>): PoliceForce {
  const forces = islamophobicForces(input);
  const force = forces.find((f) => f.id === view.force) ?? forces.find((f) => f.id === STORY_FORCE);
  if (force === undefined) throw new RangeError(`the police forces' series has no ${STORY_FORCE} rows`);
  return force;
}

/** Returns the figure's spec of a force's Islamophobic crimes, month by month, against the mean of the 12 before. */
export function policeSpec(view: PoliceView, input: PoliceInput): TimeSeriesSpec {
  const force = policeForce(view, input);
  const series = makeSeries({
    name: `uk-police-${force.id}`,
    title: `Islamophobic crimes recorded by the ${force.name}`,
    interval: 'month',
    points: force.months.map((m) => ({ date: m.month, count: m.muslimCrimes })),
    sources: input.sources,
    caveats: input.caveats,
  });
  const first = force.months[0]?.month ?? '';
  const last = force.months.at(-1)?.month ?? '';
  return monthlySpec('police', series, null, input, {
    title: `Islamophobic crimes recorded by the ${force.name}`,
    subtitle:
      `Crimes flagged as Islamophobic (anti-Muslim), by the month recorded, ${formatPeriod(first, 'month')} to ` +
      `${formatPeriod(last, 'month')}, against the mean of the ${MONTHLY_WINDOW} months before. Forces flag such ` +
      'crimes differently: compare a force with itself over time.',
    valueTitle: 'Crimes a month',
    valueLabel: 'Islamophobic crimes recorded',
  });
}

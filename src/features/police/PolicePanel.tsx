import { formatIsoDate } from '../../core/dates';
import { STORY_MONTH, STORY_YEAR_BEFORE } from '../../core/figure/views/monthlySpec';
import { islamophobicForces, policeForce, policeSpec } from '../../core/figure/views/policeSpec';
import { formatCount, formatProbability, formatRatio } from '../../core/format';
import { dailyAverage, monthAgainstBaseline, type PoliceForce } from '../../core/series/policeForces';
import { STORY_FORCE, STORY_SPIKE, type PoliceView } from '../../core/view/view';
import { ForceRanking } from './ForceRanking';
import { usePoliceForces } from '../../data/queries/policeForces';
import { useReportedFigures } from '../../data/queries/reportedFigures';
import { MonthlySeriesView } from '../../ui/figure/MonthlySeriesView';
import { useFigureContext } from '../../ui/figure/useFigureContext';
import { CopyLink } from '../../ui/page/CopyLink';
import { useReportLinkIssues } from '../../ui/page/linkIssues';
import { setFrameSetting, useFrameSetting } from '../../ui/page/pageFrame';
import { QueryView } from '../../ui/QueryView';

/**
 * Islamophobic crime recorded by a police force, month by month (the Met's by default: the story's own series),
 * against the mean of the 12 months before, with June 2017 tested against it and the story's daily average checked.
 */
export function PolicePanel() {
  const forces = usePoliceForces();
  // The story's daily average as the reported figures give it, set beside what the Met's own series gives.
  const storyAverage =
    useReportedFigures().data?.spikes.find((s) => s.id === STORY_SPIKE)?.versions[0]?.expected ?? null;
  const force = useFrameSetting('force');
  const known = forces.data === undefined || islamophobicForces(forces.data).some((f) => f.id === force);
  useReportLinkIssues(
    'police',
    known
      ? []
      : [
          {
            param: 'force',
            value: force,
            message: 'no police force with Islamophobic counts has that id',
            used: STORY_FORCE,
          },
        ],
  );
  const view: PoliceView = { view: 'police', force: known ? force : STORY_FORCE };
  const context = useFigureContext(view);
  const setForce = (next: string) => setFrameSetting('force', next, 'police');
  return (
    <section aria-labelledby="police-heading" className="panel">
      <h2 id="police-heading">Islamophobic crime recorded by the police, month by month</h2>
      <CopyLink view={view} />
      <QueryView
        what="the police forces' series"
        reserve={640}
        query={forces}
        isEmpty={(d) => d.forces.length === 0}
      >
        {(loaded) => {
          const shown = policeForce(view, loaded);
          return (
            <>
              <label className="control">
                Police force{' '}
                <select value={shown.id} onChange={(e) => setForce(e.target.value)}>
                  {islamophobicForces(loaded).map((f) => (
                    <option key={f.id} value={f.id}>
                      {f.name}
                    </option>
                  ))}
                </select>
              </label>
              <StoryMonth force={shown} storyAverage={storyAverage} />
              <MonthlySeriesView view={view} spec={policeSpec(view, { ...context, ...loaded })} />
              <ForceRanking forces={loaded.forces} month={STORY_MONTH} shown={shown.id} />
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

/** June 2017 against the 12 months before, with its exact interval; for the Met, the story's 3.5 a day checked. */
function StoryMonth({
  force,
  storyAverage,
}: {
  readonly force: PoliceForce;
  /** The story's reported daily average, or null until the reported figures load. */
  readonly storyAverage: number | null;
}) {
  const compared = monthAgainstBaseline(force, STORY_MONTH);
  const spring =
    force.id === STORY_FORCE && storyAverage !== null
      ? dailyAverage(force, STORY_YEAR_BEFORE.from, STORY_YEAR_BEFORE.to)
      : null;
  return (
    <div className="panel-note" data-testid="story-month">
      {compared.kind === 'ok' ? (
        <p>
          <strong>{formatIsoDate(STORY_MONTH)}</strong>: {formatCount(compared.observed)} Islamophobic crimes
          recorded, against a mean of {formatCount(compared.expected, 1)} a month in the{' '}
          {compared.baselineMonths} months before: {formatRatio(compared.test.ratio, 2)} (95% interval{' '}
          {formatRatio(compared.test.ratioInterval.lower, 2)} to{' '}
          {formatRatio(compared.test.ratioInterval.upper, 2)}, exact; p ={' '}
          {formatProbability(compared.test.pValue)}).
        </p>
      ) : (
        <p>
          {formatIsoDate(STORY_MONTH)} cannot be set against a baseline: {compared.reason}.
        </p>
      )}
      {spring !== null && (
        <p data-testid="daily-average">
          The story&rsquo;s &ldquo;daily average of {storyAverage}&rdquo; for 2017: this series gives{' '}
          {formatCount(spring.perDay, 2)} a day from January to May 2017 ({formatCount(spring.total)} crimes
          in {spring.days} days), close to it, though the story counted incidents and this series counts
          crimes.
        </p>
      )}
      <p>
        Counted by the month the force recorded each crime, not the day it was committed (the FBI&rsquo;s
        series counts by the day of the incident).
      </p>
    </div>
  );
}

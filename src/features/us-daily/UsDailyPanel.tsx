import { isIsoDay } from '../../core/dates';
import { formatCount } from '../../core/format';
import { periodBounds, RESOLUTIONS, type Resolution } from '../../core/series/periods';
import { useDailyCounts } from '../../data/queries/dailyCounts';
import { useEvents } from '../../data/queries/events';
import { QueryView } from '../../ui/QueryView';
import { SourceLine } from '../../ui/SourceLine';
import { useUrlParam } from '../../ui/useUrlParam';
import { UsDailyChart } from './UsDailyChart';
import { type Measure, usDailyModel } from './usDailyModel';

const SERIES = 'fbi-anti-muslim-daily';
const FIRST_DAY = '1991-01-01';
const LAST_DAY = '2023-12-31';

const PRESETS: readonly { label: string; from: string; to: string; resolution: Resolution }[] = [
  { label: 'All, 1991–2023', from: FIRST_DAY, to: LAST_DAY, resolution: 'month' },
  { label: 'Autumn 2001', from: '2001-08-01', to: '2001-12-31', resolution: 'day' },
  { label: 'Nov 2015 – Mar 2017', from: '2015-11-01', to: '2017-03-31', resolution: 'week' },
  { label: 'Christchurch, 2019', from: '2019-02-01', to: '2019-05-31', resolution: 'day' },
  { label: 'October 2023', from: '2023-09-01', to: '2023-12-31', resolution: 'day' },
];

const isResolution = (value: string): value is Resolution =>
  (RESOLUTIONS as readonly string[]).includes(value);

/** The FBI's daily anti-Muslim incidents 1991–2023, zoomable to any window, as counts or as a share of all. */
export function UsDailyPanel() {
  const data = useDailyCounts(SERIES);
  const events = useEvents();
  const [resolutionParam, setResolution] = useUrlParam('us.res', 'month');
  const [measureParam, setMeasure] = useUrlParam('us.measure', 'count');
  const [fromParam, setFrom] = useUrlParam('us.from', FIRST_DAY);
  const [toParam, setTo] = useUrlParam('us.to', LAST_DAY);
  const resolution: Resolution = isResolution(resolutionParam) ? resolutionParam : 'month';
  const measure: Measure = measureParam === 'share' ? 'share' : 'count';
  const from = isIsoDay(fromParam) ? fromParam : FIRST_DAY;
  const to = isIsoDay(toParam) && toParam >= from ? toParam : LAST_DAY;
  return (
    <section aria-labelledby="us-heading" className="panel">
      <h2 id="us-heading">United States: anti-Muslim hate incidents reported to the FBI, 1991–2023</h2>
      <QueryView what="the US daily series" query={data} isEmpty={(d) => d.days.length === 0}>
        {(loaded) => {
          const model = usDailyModel(
            loaded.days,
            (events.data ?? []).filter((e) => e.regions.includes('us')),
            { resolution, measure, from, to },
          );
          const unit = resolution === 'day' ? 'daily' : `${resolution}ly`;
          return (
            <>
              <p className="panel-note warning">
                Agencies report to the FBI voluntarily, and how many do changes from year to year: a rise in
                counts can be a rise in reporting. The share of all hate incidents corrects for that in part.
              </p>
              <div className="controls">
                <label className="control">
                  Shown{' '}
                  <select value={resolution} onChange={(e) => setResolution(e.target.value)}>
                    {RESOLUTIONS.map((r) => (
                      <option key={r} value={r}>
                        {r === 'day' ? 'daily' : `${r}ly`}
                      </option>
                    ))}
                  </select>
                </label>
                <fieldset className="control">
                  <legend>Measure</legend>
                  <label>
                    <input
                      type="radio"
                      name="us-measure"
                      checked={measure === 'count'}
                      onChange={() => setMeasure('count')}
                    />{' '}
                    Anti-Muslim incidents
                  </label>{' '}
                  <label>
                    <input
                      type="radio"
                      name="us-measure"
                      checked={measure === 'share'}
                      onChange={() => setMeasure('share')}
                    />{' '}
                    Share of all hate incidents
                  </label>
                </fieldset>
                <label className="control">
                  From{' '}
                  <input
                    type="date"
                    value={from}
                    min={FIRST_DAY}
                    max={LAST_DAY}
                    onChange={(e) => setFrom(e.target.value)}
                  />
                </label>
                <label className="control">
                  To{' '}
                  <input
                    type="date"
                    value={to}
                    min={FIRST_DAY}
                    max={LAST_DAY}
                    onChange={(e) => setTo(e.target.value)}
                  />
                </label>
              </div>
              <div className="presets" role="group" aria-label="Zoom to">
                {PRESETS.map((preset) => (
                  <button
                    key={preset.label}
                    type="button"
                    onClick={() => {
                      setFrom(preset.from);
                      setTo(preset.to);
                      setResolution(preset.resolution);
                    }}
                  >
                    {preset.label}
                  </button>
                ))}
              </div>
              <UsDailyChart
                model={model}
                measure={measure}
                label={`Line chart: ${unit} ${measure === 'count' ? 'anti-Muslim incidents' : 'share of all hate incidents that were anti-Muslim'}, ${from} to ${to}, with events marked; drag the brush to zoom`}
                onWindowChange={(start, end) => {
                  setFrom(periodBounds(start.date, resolution).first);
                  setTo(periodBounds(end.date, resolution).last);
                }}
              />
              {model.peak?.value != null && (
                <p className="panel-note">
                  Highest {resolution} in the window: {model.peak.date}, {formatCount(model.peak.count ?? 0)}{' '}
                  anti-Muslim incidents of {formatCount(model.peak.allCount ?? 0)} hate incidents.
                </p>
              )}
              <ul className="caveats">
                {loaded.caveats.map((caveat) => (
                  <li key={caveat}>{caveat}</li>
                ))}
              </ul>
              <SourceLine sources={loaded.sources} />
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

import { RESOLUTIONS } from '../../core/series/periods';
import { FIRST_DAY, LAST_DAY, type Measure, type UsDailyState } from './useUsDailyState';

const PRESETS = [
  { label: 'All, 1991–2023', from: FIRST_DAY, to: LAST_DAY, resolution: 'month' },
  { label: 'Autumn 2001', from: '2001-08-01', to: '2001-12-31', resolution: 'day' },
  { label: 'Nov 2015 – Mar 2017', from: '2015-11-01', to: '2017-03-31', resolution: 'week' },
  { label: 'Christchurch, 2019', from: '2019-02-01', to: '2019-05-31', resolution: 'day' },
  { label: 'October 2023', from: '2023-09-01', to: '2023-12-31', resolution: 'day' },
] as const;

interface UsDailyControlsProps {
  readonly state: UsDailyState;
  /** The measure shown, which a filter may force to counts. */
  readonly measure: Measure;
  readonly shareDisabled: boolean;
}

/** The resolution, measure and window of the US chart, and presets that zoom to the events of note. */
export function UsDailyControls({ state, measure, shareDisabled }: UsDailyControlsProps) {
  const { resolution, from, to } = state;
  return (
    <>
      <div className="controls">
        <label className="control">
          Shown{' '}
          <select
            value={resolution}
            onChange={(e) => state.setResolution(e.target.value as typeof resolution)}
          >
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
              onChange={() => state.setMeasure('count')}
            />{' '}
            Anti-Muslim incidents
          </label>{' '}
          <label>
            <input
              type="radio"
              name="us-measure"
              disabled={shareDisabled}
              checked={measure === 'share'}
              onChange={() => state.setMeasure('share')}
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
            onChange={(e) => state.setWindow(e.target.value, to)}
          />
        </label>
        <label className="control">
          To{' '}
          <input
            type="date"
            value={to}
            min={FIRST_DAY}
            max={LAST_DAY}
            onChange={(e) => state.setWindow(from, e.target.value)}
          />
        </label>
      </div>
      <div className="presets" role="group" aria-label="Zoom to">
        {PRESETS.map((preset) => (
          <button
            key={preset.label}
            type="button"
            onClick={() => {
              state.setView({ from: preset.from, to: preset.to, resolution: preset.resolution });
            }}
          >
            {preset.label}
          </button>
        ))}
      </div>
    </>
  );
}

import { useMemo } from 'react';
import { isIsoDay } from '../../core/dates';
import { type IncidentFilter, isFiltering } from '../../core/series/incidentCounts';
import { RESOLUTIONS, type Resolution } from '../../core/series/periods';
import { useUrlParam } from '../../ui/useUrlParam';
import { type DetectionSettings, parseDetectionSettings } from '../../ui/detection/detectionSettings';

import { US_FIRST_DAY as FIRST_DAY, US_LAST_DAY as LAST_DAY } from '../../core/view/view';

export { FIRST_DAY, LAST_DAY };

/** What the chart plots: anti-Muslim incidents, or their share of all hate incidents. */
export type Measure = 'count' | 'share';

const isResolution = (value: string): value is Resolution =>
  (RESOLUTIONS as readonly string[]).includes(value);

/** The US explorer's whole state, read from and written to the page URL (`us.*` parameters). */
export interface UsDailyState {
  readonly resolution: Resolution;
  readonly measure: Measure;
  readonly from: string;
  readonly to: string;
  readonly detection: DetectionSettings;
  /** True once the reader asked to filter incidents: the incident-level file loads then, not before. */
  readonly filterOpen: boolean;
  readonly filter: IncidentFilter;
  readonly setResolution: (value: Resolution) => void;
  readonly setMeasure: (value: Measure) => void;
  readonly setWindow: (from: string, to: string) => void;
  readonly setMethodText: (method: string | null, params: string | null) => void;
  readonly setFilterOpen: (open: boolean) => void;
  readonly setFilter: (filter: IncidentFilter) => void;
}

/** Returns the explorer's state from the URL, with invalid values replaced by defaults. */
export function useUsDailyState(): UsDailyState {
  const [resolutionText, setResolution] = useUrlParam('us.res', 'month');
  const [measureText, setMeasure] = useUrlParam('us.measure', 'count');
  const [fromText, setFrom] = useUrlParam('us.from', FIRST_DAY);
  const [toText, setTo] = useUrlParam('us.to', LAST_DAY);
  const [methodText, setMethod] = useUrlParam('us.method', '');
  const [paramsText, setParams] = useUrlParam('us.params', '');
  const [filterText, setFilterText] = useUrlParam('us.filter', '');
  const [stateText, setStateText] = useUrlParam('us.state', '');
  const [offenceText, setOffenceText] = useUrlParam('us.offence', '');
  const [singleText, setSingleText] = useUrlParam('us.single', '');
  const filter = useMemo(
    () => ({ state: stateText || null, offence: offenceText || null, singleBiasOnly: singleText === '1' }),
    [stateText, offenceText, singleText],
  );
  const detection = useMemo(() => parseDetectionSettings(methodText, paramsText), [methodText, paramsText]);
  const from = isIsoDay(fromText) ? fromText : FIRST_DAY;
  return {
    resolution: isResolution(resolutionText) ? resolutionText : 'month',
    measure: measureText === 'share' ? 'share' : 'count',
    from,
    to: isIsoDay(toText) && toText >= from ? toText : LAST_DAY,
    detection,
    filterOpen: filterText === '1' || isFiltering(filter),
    filter,
    setResolution,
    setMeasure,
    setWindow: (nextFrom, nextTo) => {
      setFrom(nextFrom);
      setTo(nextTo);
    },
    setMethodText: (method, params) => {
      setMethod(method);
      setParams(params);
    },
    setFilterOpen: (open) => setFilterText(open ? '1' : null),
    setFilter: (next) => {
      setStateText(next.state);
      setOffenceText(next.offence);
      setSingleText(next.singleBiasOnly ? '1' : null);
    },
  };
}

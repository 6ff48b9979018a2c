import type { HoInput, LondonInput, UsInput } from '../core/figure/views/figureInputs';
import { isFiltering } from '../core/series/incidentCounts';
import type { HoView, LondonView, UsView, View } from '../core/view/view';
import type { DataReader } from './dataReader';
import { readAreaMonthly } from './readers/areaMonthly';
import { readDailyCounts } from './readers/dailyCounts';
import { readDataPackage } from './readers/dataPackage';
import { readEvents } from './readers/events';
import { readIncidents } from './readers/incidents';
import { readMonthlySeries } from './readers/monthlySeries';
import { RESOURCES } from './resources';

/** The data a view's figure is built from, read through `read` (fetch in the browser, the file system in Node). */
export type FigureInputsOf<V extends View> = V extends UsView
  ? UsInput
  : V extends HoView
    ? HoInput
    : V extends LondonView
      ? LondonInput
      : never;

/** Returns the inputs of a view's figure: its series, the events, the data version and the view's address. */
export async function readFigureInputs<V extends View>(
  view: V,
  read: DataReader,
  link: string,
): Promise<FigureInputsOf<V>> {
  const dataPackage = await readDataPackage(read);
  const events = await readEvents(dataPackage, read);
  const context = { events, dataVersion: dataPackage.contentHash, link };
  const inputs = await (async (): Promise<UsInput | HoInput | LondonInput> => {
    switch (view.view) {
      case 'us': {
        const daily = await readDailyCounts(RESOURCES.usDaily, dataPackage, read);
        const incidents = isFiltering(view.filter)
          ? (await readIncidents(RESOURCES.usIncidents, dataPackage, read)).incidents
          : null;
        return { ...context, daily, incidents };
      }
      case 'ho':
        return { ...context, series: await readMonthlySeries(RESOURCES.hoMonthly, dataPackage, read) };
      case 'london': {
        const { byArea, comparableFrom } = await readAreaMonthly(RESOURCES.londonMonthly, dataPackage, read);
        return { ...context, byArea, comparableFrom };
      }
    }
  })();
  return inputs as FigureInputsOf<V>;
}

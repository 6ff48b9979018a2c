import type { ViewData } from '../core/figure/views/figureInputs';
import { isFiltering } from '../core/series/incidentCounts';
import type { View } from '../core/view/view';
import type { DataReader } from './dataReader';
import { readAreaMonthly } from './readers/areaMonthly';
import { readDailyCounts } from './readers/dailyCounts';
import { readDataPackage } from './readers/dataPackage';
import { readEvents } from './readers/events';
import { readIncidents } from './readers/incidents';
import { readMonthlySeries } from './readers/monthlySeries';
import { RESOURCES } from './resources';

/** Returns the inputs of a view's figure: its series, the events, the data version and the view's address. */
export async function readFigureInputs(view: View, read: DataReader, link: string): Promise<ViewData> {
  const dataPackage = await readDataPackage(read);
  const events = await readEvents(dataPackage, read);
  const context = { events, dataVersion: dataPackage.contentHash, link };
  switch (view.view) {
    case 'us': {
      const daily = await readDailyCounts(RESOURCES.usDaily, dataPackage, read);
      const incidents = isFiltering(view.filter)
        ? (await readIncidents(RESOURCES.usIncidents, dataPackage, read)).incidents
        : null;
      return { kind: 'us', view, input: { ...context, daily, incidents } };
    }
    case 'ho':
      return {
        kind: 'ho',
        view,
        input: { ...context, series: await readMonthlySeries(RESOURCES.hoMonthly, dataPackage, read) },
      };
    case 'london': {
      const { byArea, comparableFrom } = await readAreaMonthly(RESOURCES.londonMonthly, dataPackage, read);
      return { kind: 'london', view, input: { ...context, byArea, comparableFrom } };
    }
  }
}

import type { ViewData } from '../core/figure/views/figureInputs';
import { isFiltering } from '../core/series/incidentCounts';
import type { View } from '../core/view/view';
import type { DataReader } from './dataReader';
import { readDataPackage } from './readers/dataPackage';
import { readEvents } from './readers/events';
import { RESOURCES } from './resources';

/**
 * Returns the inputs of a view's figure: its series, the events, the data version and the view's address. Each
 * view's reader loads only for that view, so an embed fetches the code of its own data alone.
 */
export async function readFigureInputs(view: View, read: DataReader, link: string): Promise<ViewData> {
  const dataPackage = await readDataPackage(read);
  const events = await readEvents(dataPackage, read);
  const context = { events, dataVersion: dataPackage.contentHash, link };
  switch (view.view) {
    case 'us': {
      const [{ readDailyCounts }, { readIncidents }, { readStateYears }] = await Promise.all([
        import('./readers/dailyCounts'),
        import('./readers/incidents'),
        import('./readers/stateYears'),
      ]);
      const daily = await readDailyCounts(RESOURCES.usDaily, dataPackage, read);
      const incidents = isFiltering(view.filter)
        ? (await readIncidents(RESOURCES.usIncidents, dataPackage, read)).incidents
        : null;
      const stateYears =
        view.filter.state !== null ? await readStateYears(RESOURCES.usStateYears, dataPackage, read) : null;
      return { kind: 'us', view, input: { ...context, daily, incidents, stateYears } };
    }
    case 'ho': {
      const { readMonthlySeries } = await import('./readers/monthlySeries');
      const series = await readMonthlySeries(RESOURCES.hoMonthly, dataPackage, read);
      return { kind: 'ho', view, input: { ...context, series } };
    }
    case 'london': {
      const { readAreaMonthly } = await import('./readers/areaMonthly');
      const { byArea, comparableFrom } = await readAreaMonthly(RESOURCES.londonMonthly, dataPackage, read);
      return { kind: 'london', view, input: { ...context, byArea, comparableFrom } };
    }
    case 'police': {
      const { readPoliceForces } = await import('./readers/policeForces');
      return { kind: 'police', view, input: { ...context, ...(await readPoliceForces(dataPackage, read)) } };
    }
    case 'national':
    case 'reported':
    case 'versions': {
      const { readReportedFigures } = await import('./readers/reportedFigures');
      const input = { ...context, ...(await readReportedFigures(dataPackage, read)) };
      if (view.view === 'national') return { kind: 'national', view, input };
      if (view.view === 'reported') return { kind: 'reported', view, input };
      return { kind: 'versions', view, input };
    }
  }
}

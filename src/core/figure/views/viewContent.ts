import type { ViewData } from './figureInputs';
import type { ViewContent } from './content';
import { hoSpec, londonSpec } from './monthlySpec';
import { nationalSpec } from './nationalSpec';
import { policeSpec } from './policeSpec';
import { reportedTable, versionsTable } from './reportedTables';
import { usSpec } from './usSpec';

/** Returns what a view shows, from its data. */
export function viewContent(data: ViewData): ViewContent {
  switch (data.kind) {
    case 'us':
      return { kind: 'time', spec: usSpec(data.view, data.input) };
    case 'ho':
      return { kind: 'time', spec: hoSpec(data.view, data.input) };
    case 'london':
      return { kind: 'time', spec: londonSpec(data.view, data.input) };
    case 'police':
      return { kind: 'time', spec: policeSpec(data.view, data.input) };
    case 'national':
      return { kind: 'bar', spec: nationalSpec(data.view, data.input) };
    case 'reported':
      return { kind: 'table', view: 'reported', table: reportedTable(data.input) };
    case 'versions':
      return { kind: 'table', view: 'versions', table: versionsTable(data.view, data.input) };
  }
}

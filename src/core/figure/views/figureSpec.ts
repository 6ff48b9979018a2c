import type { TimeSeriesSpec } from '../timeSeriesFigure';
import type { ViewData } from './figureInputs';
import { hoSpec, londonSpec } from './monthlySpec';
import { usSpec } from './usSpec';

/** Returns the figure spec of a view from its data. */
export function figureSpec(data: ViewData): TimeSeriesSpec {
  switch (data.kind) {
    case 'us':
      return usSpec(data.view, data.input);
    case 'ho':
      return hoSpec(data.view, data.input);
    case 'london':
      return londonSpec(data.view, data.input);
  }
}

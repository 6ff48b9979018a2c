import type { View } from '../../view/view';
import type { TimeSeriesSpec } from '../timeSeriesFigure';
import type { HoInput, LondonInput, UsInput } from './figureInputs';
import { hoSpec, londonSpec } from './monthlySpec';
import { usSpec } from './usSpec';

/** The data each view needs, keyed by view. */
export interface ViewInputs {
  readonly us: UsInput;
  readonly ho: HoInput;
  readonly london: LondonInput;
}

/** Returns the figure spec of a view from its data. */
export function figureSpec<V extends View>(view: V, input: ViewInputs[V['view']]): TimeSeriesSpec {
  switch (view.view) {
    case 'us':
      return usSpec(view, input as UsInput);
    case 'ho':
      return hoSpec(view, input as HoInput);
    case 'london':
      return londonSpec(view, input as LondonInput);
  }
}

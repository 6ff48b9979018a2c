import type { TimeSeriesSpec } from '../../core/figure/timeSeriesFigure';
import type { HoInput, LondonInput, UsInput } from '../../core/figure/views/figureInputs';
import { hoSpec, londonSpec } from '../../core/figure/views/monthlySpec';
import type { View } from '../../core/view/view';
import { monthlyView, viewNameOf } from '../../core/view/viewName';

/** A view and how to build its figure's spec from the data it reads. */
export interface EmbedSpec {
  readonly view: View;
  readonly specOf: (inputs: UsInput | HoInput | LondonInput) => TimeSeriesSpec;
}

/**
 * Returns the view an embed's address names and its spec builder. The US series (its link parser and the detection
 * engine) loads only for a US view, so a Home Office or London embed never fetches that code.
 */
export async function embedSpec(query: string): Promise<EmbedSpec> {
  const { name } = viewNameOf(query);
  if (name === 'us') {
    const [{ parseView }, { usSpec }] = await Promise.all([
      import('../../core/view/viewQuery'),
      import('../../core/figure/views/usSpec'),
    ]);
    const { view } = parseView(query);
    if (view.view !== 'us') throw new Error('expected a US view');
    return { view, specOf: (inputs) => usSpec(view, inputs as UsInput) };
  }
  const view = monthlyView(name, query);
  return {
    view,
    specOf: (inputs) =>
      view.view === 'ho' ? hoSpec(view, inputs as HoInput) : londonSpec(view, inputs as LondonInput),
  };
}

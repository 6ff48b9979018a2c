import type { TimeSeriesSpec } from '../../core/figure/timeSeriesFigure';
import type { ViewData } from '../../core/figure/views/figureInputs';
import { hoSpec, londonSpec } from '../../core/figure/views/monthlySpec';
import type { View } from '../../core/view/view';
import { monthlyView, viewNameOf } from '../../core/view/viewName';

/** A view and how to build its figure's spec from the data it reads. */
export interface EmbedSpec {
  readonly view: View;
  readonly specOf: (data: ViewData) => TimeSeriesSpec;
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
    return {
      view,
      specOf: (data) => {
        if (data.kind !== 'us') throw new Error('expected the data of the US series');
        return usSpec(data.view, data.input);
      },
    };
  }
  const view = monthlyView(name, query);
  return {
    view,
    specOf: (data) => {
      if (data.kind === 'ho') return hoSpec(data.view, data.input);
      if (data.kind === 'london') return londonSpec(data.view, data.input);
      throw new Error('expected the data of a monthly series');
    },
  };
}

import type { ViewContent } from '../../core/figure/views/content';
import type { ViewData } from '../../core/figure/views/figureInputs';
import { hoSpec, londonSpec } from '../../core/figure/views/monthlySpec';
import type { View } from '../../core/view/view';
import { fixedView, viewNameOf } from '../../link/viewName';

/** A view and how to build what it shows from the data it reads. */
export interface EmbedSpec {
  readonly view: View;
  readonly contentOf: (data: ViewData) => ViewContent;
}

/**
 * Returns the view an embed's address names and its content builder. The US series (its link parser and the
 * detection engine) and the national comparison (its tests) load only for their own view, so a Home Office or London
 * embed never fetches that code. A table has no chart to embed: its builder throws, and the embed says so.
 */
export async function embedSpec(query: string): Promise<EmbedSpec> {
  const { name } = viewNameOf(query);
  if (name === 'us') {
    const [{ parseView }, { usSpec }] = await Promise.all([
      import('../../link/viewQuery'),
      import('../../core/figure/views/usSpec'),
    ]);
    const { view } = parseView(query);
    if (view.view !== 'us') throw new Error('expected a US view');
    return { view, contentOf: (data) => ({ kind: 'time', spec: usSpec(view, expect(data, 'us').input) }) };
  }
  const view = fixedView(name, query);
  if (view.view === 'police') {
    const { policeSpec } = await import('../../core/figure/views/policeSpec');
    return {
      view,
      contentOf: (data) => ({ kind: 'time', spec: policeSpec(view, expect(data, 'police').input) }),
    };
  }
  if (view.view === 'national') {
    const { nationalSpec } = await import('../../core/figure/views/nationalSpec');
    return {
      view,
      contentOf: (data) => ({ kind: 'bar', spec: nationalSpec(view, expect(data, 'national').input) }),
    };
  }
  return {
    view,
    contentOf: (data) => {
      if (data.kind === 'ho') return { kind: 'time', spec: hoSpec(data.view, data.input) };
      if (data.kind === 'london') return { kind: 'time', spec: londonSpec(data.view, data.input) };
      throw new RangeError('this view is a table, with no chart to embed: open the full view for its data');
    },
  };
}

function expect<K extends ViewData['kind']>(data: ViewData, kind: K): Extract<ViewData, { kind: K }> {
  if (data.kind !== kind) throw new Error(`expected the data of the ${kind} view, got ${data.kind}`);
  return data as Extract<ViewData, { kind: K }>;
}

import { type ComponentProps, lazy, Suspense } from 'react';

const FigureActions = lazy(() => import('./FigureActions').then((m) => ({ default: m.FigureActions })));

/** The downloads, citation and embed of a chart, loaded in their own chunk so the first chart never waits for them. */
export function LazyFigureActions(props: ComponentProps<typeof FigureActions>) {
  return (
    <Suspense fallback={<p className="panel-note">Loading downloads…</p>}>
      <FigureActions {...props} />
    </Suspense>
  );
}

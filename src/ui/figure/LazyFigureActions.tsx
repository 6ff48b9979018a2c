import { type ComponentProps, lazy, Suspense, useEffect, useState } from 'react';

const FigureActions = lazy(() => import('./FigureActions').then((m) => ({ default: m.FigureActions })));

/**
 * The downloads, citation and embed of a chart, in their own chunk, fetched once the page is idle: the first chart
 * never waits for them.
 */
export function LazyFigureActions(props: ComponentProps<typeof FigureActions>) {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => setIdle(true), { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(() => setIdle(true), 0);
    return () => clearTimeout(handle);
  }, []);
  const loading = <p className="panel-note">Loading downloads…</p>;
  return idle ? (
    <Suspense fallback={loading}>
      <FigureActions {...props} />
    </Suspense>
  ) : (
    loading
  );
}

import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { ViewContent } from '../../core/figure/views/content';
import { viewQuery } from '../../link/formatView';
import { type DataReader, fetchReader } from '../../data/dataReader';
import { fetchDataFile } from '../../data/fetchDataFile';
import { readFigureInputs } from '../../data/readFigureInputs';
import { useElementWidth } from '../../ui/figure/useElementWidth';
import { siteAddress } from '../../ui/figure/viewLink';
import type { EmbedOptions } from './embedOptions';
import type { EmbedSpec } from './embedSpec';
import { watchSize } from './postSize';
import { TimeSeriesEmbed } from './TimeSeriesEmbed';
import { useColourScheme } from './useColourScheme';

type Loaded = Awaited<ReturnType<typeof readFigureInputs>>;

// Only a bar chart's embed loads the bar figure's code.
const BarEmbed = lazy(() => import('./BarEmbed').then((m) => ({ default: m.BarEmbed })));

/** One figure for a host page, in the host's colour scheme: loads the view's data, then draws its chart. */
export function EmbedView({ embed, options }: { readonly embed: EmbedSpec; readonly options: EmbedOptions }) {
  const { view, contentOf } = embed;
  const theme = useColourScheme(options.theme);
  const [inputs, setInputs] = useState<Loaded | Error | null>(null);
  const [ref, width] = useElementWidth<HTMLDivElement>(window.innerWidth || 600);
  const link = `${siteAddress().replace(/embed\.html$/, '')}?${viewQuery(view)}`;
  useEffect(() => {
    const read: DataReader =
      options.version === null
        ? fetchReader()
        : (name) => fetchDataFile(`versions/${options.version}/${name}`);
    readFigureInputs(view, read, link).then(setInputs, (error: unknown) =>
      setInputs(error instanceof Error ? error : new Error(String(error))),
    );
  }, [view, link, options.version]);
  useEffect(() => watchSize(options.id), [options.id]);
  const content = useMemo((): ViewContent | Error | null => {
    if (inputs === null || inputs instanceof Error) return inputs;
    try {
      return contentOf(inputs);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }, [contentOf, inputs]);
  if (content instanceof Error)
    return (
      <p role="alert" className="embed-error">
        The chart could not be loaded: {content.message}
      </p>
    );
  const loading = (
    <div ref={ref} role="status" className="embed-status">
      Loading the chart…
    </div>
  );
  if (content === null || content.kind === 'table') return loading;
  return (
    <main className={`embed embed-${theme}`}>
      {content.kind === 'bar' ? (
        <Suspense fallback={loading}>
          <BarEmbed spec={content.spec} width={width} theme={theme} frameRef={ref} />
        </Suspense>
      ) : (
        <TimeSeriesEmbed spec={content.spec} width={width} theme={theme} frameRef={ref} />
      )}
      <p className="embed-link">
        <a href={link} target="_blank" rel="noopener">
          Open the full view, with its data, downloads and sources
        </a>
      </p>
    </main>
  );
}

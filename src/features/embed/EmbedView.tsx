import { useEffect, useMemo, useState } from 'react';
import { rowAtPixel, rowReadout } from '../../core/figure/readout';
import { px, scaleX } from '../../core/figure/scales';
import { THEMES } from '../../core/figure/theme';
import { timeSeriesFigure } from '../../core/figure/timeSeriesFigure';
import { viewQuery } from '../../core/view/formatView';
import { type DataReader, fetchReader } from '../../data/dataReader';
import { fetchDataFile } from '../../data/fetchDataFile';
import { readFigureInputs } from '../../data/readFigureInputs';
import { FigureSvg } from '../../figure/FigureSvg';
import { useElementWidth } from '../../ui/figure/useElementWidth';
import { siteAddress } from '../../ui/figure/viewLink';
import type { EmbedOptions } from './embedOptions';
import type { EmbedSpec } from './embedSpec';
import { watchSize } from './postSize';
import { useColourScheme } from './useColourScheme';

type Loaded = Awaited<ReturnType<typeof readFigureInputs>>;

/** One figure for a host page: drawn as SVG in the host's scheme, with a readout, a text alternative and its table. */
export function EmbedView({ embed, options }: { readonly embed: EmbedSpec; readonly options: EmbedOptions }) {
  const { view, specOf } = embed;
  const theme = useColourScheme(options.theme);
  const [inputs, setInputs] = useState<Loaded | Error | null>(null);
  const [ref, width] = useElementWidth<HTMLDivElement>(window.innerWidth || 600);
  const [selected, setSelected] = useState<number | null>(null);
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
  const spec = useMemo(
    () => (inputs === null || inputs instanceof Error ? null : specOf(inputs)),
    [specOf, inputs],
  );
  const figure = useMemo(
    () => (spec === null ? null : timeSeriesFigure(spec, { width, theme })),
    [spec, width, theme],
  );
  if (inputs instanceof Error)
    return (
      <p role="alert" className="embed-error">
        The chart could not be loaded: {inputs.message}
      </p>
    );
  if (spec === null || figure === null)
    return (
      <div ref={ref} role="status" className="embed-status">
        Loading the chart…
      </div>
    );
  const row = selected === null ? undefined : figure.rows[selected];
  const move = (index: number) => setSelected(Math.max(0, Math.min(figure.rows.length - 1, index)));
  const colours = THEMES[theme];
  return (
    <main className={`embed embed-${theme}`}>
      <div
        ref={ref}
        className="embed-figure"
        tabIndex={0}
        role="group"
        aria-label={`${figure.summary} Use the arrow keys to read each ${spec.resolution}.`}
        onPointerMove={(e) => {
          const box = e.currentTarget.getBoundingClientRect();
          const index = rowAtPixel(figure, e.clientX - box.left);
          if (index >= 0) setSelected(index);
        }}
        onPointerLeave={() => setSelected(null)}
        onKeyDown={(e) => {
          const step = { ArrowLeft: -1, ArrowRight: 1, PageUp: -10, PageDown: 10 }[e.key];
          if (step !== undefined) move((selected ?? (step > 0 ? -1 : figure.rows.length)) + step);
          else if (e.key === 'Home') move(0);
          else if (e.key === 'End') move(figure.rows.length - 1);
          else return;
          e.preventDefault();
        }}
      >
        <FigureSvg figure={figure} background={false} />
        {row !== undefined && (
          <svg className="embed-marker" width={figure.width} height={figure.height} aria-hidden="true">
            <line
              x1={px(scaleX(figure, row.x))}
              x2={px(scaleX(figure, row.x))}
              y1={figure.plot.y}
              y2={figure.plot.y + figure.plot.height}
              stroke={colours.text}
              strokeOpacity={0.5}
            />
          </svg>
        )}
      </div>
      <p className="embed-readout" aria-live="polite">
        {row === undefined
          ? `Point at the chart, or focus it and use the arrow keys, to read each ${spec.resolution}.`
          : rowReadout(spec, row)}
      </p>
      <p className="embed-link">
        <a href={link} target="_blank" rel="noopener">
          Open the full view, with its data, downloads and sources
        </a>
      </p>
      <table className="visually-hidden">
        <caption>
          {spec.title}: every {spec.resolution} of the chart
        </caption>
        <thead>
          <tr>
            <th scope="col">{spec.resolution}</th>
            <th scope="col">{spec.valueLabel}</th>
            <th scope="col">Expected</th>
          </tr>
        </thead>
        <tbody>
          {figure.rows.length <= 2000 &&
            figure.rows.map((r) => (
              <tr key={r.period}>
                <th scope="row">{r.period}</th>
                <td>{r.value ?? 'missing'}</td>
                <td>{r.expected ?? ''}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </main>
  );
}

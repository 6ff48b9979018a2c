import { type RefObject, useState } from 'react';
import { rowAtPixel, rowReadout } from '../../core/figure/readout';
import { px, scaleX } from '../../core/figure/scales';
import { THEMES, type ThemeName } from '../../core/figure/theme';
import { timeSeriesFigure, type TimeSeriesSpec } from '../../core/figure/timeSeriesFigure';
import { FigureSvg } from '../../figure/FigureSvg';

interface TimeSeriesEmbedProps {
  readonly spec: TimeSeriesSpec;
  readonly width: number;
  readonly theme: ThemeName;
  /** The element whose width the figure is laid out at. */
  readonly frameRef: RefObject<HTMLDivElement | null>;
}

/** A time series for a host page: the SVG figure, a readout by pointer or arrow keys, and its table for screen readers. */
export function TimeSeriesEmbed({ spec, width, theme, frameRef: ref }: TimeSeriesEmbedProps) {
  const [selected, setSelected] = useState<number | null>(null);
  const figure = timeSeriesFigure(spec, { width, theme });
  const row = selected === null ? undefined : figure.rows[selected];
  const move = (index: number) => setSelected(Math.max(0, Math.min(figure.rows.length - 1, index)));
  const colours = THEMES[theme];
  return (
    <>
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
      {/* A table sizes to its content whatever its width says: the wrapper keeps it from widening the page. */}
      <div className="visually-hidden">
        <table>
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
      </div>
    </>
  );
}

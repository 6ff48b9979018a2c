import { type RefObject, useState } from 'react';
import { barFigure, type BarSpec } from '../../core/figure/barFigure';
import { barReadout } from '../../core/figure/readout';
import type { ThemeName } from '../../core/figure/theme';
import { BarFigureSvg } from '../../figure/BarFigureSvg';

interface BarEmbedProps {
  readonly spec: BarSpec;
  readonly width: number;
  readonly theme: ThemeName;
  /** The element whose width the figure is laid out at. */
  readonly frameRef: RefObject<HTMLDivElement | null>;
}

/** A bar chart for a host page: the SVG figure, a readout by pointer or arrow keys, and its table for screen readers. */
export function BarEmbed({ spec, width, theme, frameRef }: BarEmbedProps) {
  const [selected, setSelected] = useState<number | null>(null);
  const figure = barFigure(spec, { width, theme });
  const bar = selected === null ? undefined : spec.bars[selected];
  const count = spec.bars.length;
  const move = (index: number) => setSelected(Math.max(0, Math.min(count - 1, index)));
  return (
    <>
      <div
        ref={frameRef}
        className="embed-figure"
        tabIndex={0}
        role="group"
        aria-label={`${figure.summary} Use the arrow keys to read each bar.`}
        onPointerMove={(e) => {
          const y = e.clientY - e.currentTarget.getBoundingClientRect().top;
          const index = Math.floor((y - figure.plot.y) / figure.band.height);
          setSelected(index >= 0 && index < count ? index : null);
        }}
        onPointerLeave={() => setSelected(null)}
        onKeyDown={(e) => {
          const step = { ArrowUp: -1, ArrowLeft: -1, ArrowDown: 1, ArrowRight: 1 }[e.key];
          if (step !== undefined) move((selected ?? (step > 0 ? -1 : count)) + step);
          else if (e.key === 'Home') move(0);
          else if (e.key === 'End') move(count - 1);
          else return;
          e.preventDefault();
        }}
      >
        <BarFigureSvg figure={figure} background={false} />
      </div>
      <p className="embed-readout" aria-live="polite">
        {bar === undefined
          ? 'Point at a bar, or focus the chart and use the arrow keys, to read it.'
          : barReadout(spec, bar)}
      </p>
      {/* A table sizes to its content whatever its width says: the wrapper keeps it from widening the page. */}
      <div className="visually-hidden">
        <table>
          <caption>{spec.title}</caption>
          <thead>
            <tr>
              <th scope="col">Bar</th>
              <th scope="col">{spec.valueTitle}</th>
            </tr>
          </thead>
          <tbody>
            {spec.bars.map((b) => (
              <tr key={b.id}>
                <th scope="row">{b.label}</th>
                <td>{b.value === null ? 'not reported' : b.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

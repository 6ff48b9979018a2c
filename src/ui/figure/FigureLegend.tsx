import type { Figure } from '../../core/figure/types';

/** The figure's legend as a list: each mark and what it stands for. */
export function FigureLegend({ figure }: { readonly figure: Figure }) {
  if (figure.legend.length < 2) return null;
  return (
    <ul className="figure-legend" aria-label="Legend">
      {figure.legend.map((entry) => (
        <li key={entry.label} className={`legend-${entry.mark}`}>
          {entry.label}
        </li>
      ))}
    </ul>
  );
}

import { formatCount, formatProbability, formatRatio } from '../../core/format';
import type { Source } from '../../core/provenance';
import { spikeTest } from '../../core/stats/spikeTest';
import type { SpikeFigure } from '../../data/schemas/reportedFigures';
import { LazyFigureActions } from '../../ui/figure/LazyFigureActions';
import { reportedTableContent } from '../../ui/figure/reportedTableContent';
import { SourceLinks } from '../../ui/SourceLinks';
import type { ReportedInput } from '../../core/figure/views/reportedInputs';
import type { VersionsView } from '../../core/view/view';

interface SpikeVersionsProps {
  readonly figure: SpikeFigure;
  readonly pick: (ids: readonly string[]) => Source[];
  /** The reported figures with the data version and the view's link, for the table's downloads. */
  readonly reported: ReportedInput;
}

/** A table of every version of a figure the sources give, each with its own ratio and probability. */
export function SpikeVersions({ figure, pick, reported }: SpikeVersionsProps) {
  const view: VersionsView = { view: 'versions', spike: figure.id };
  return (
    <>
      <div className="table-scroll">
        <table className="versions">
          <caption>
            Every version the sources give ({figure.versions.length})
            {figure.versions.length > 1 ? ': they disagree' : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Recorded</th>
              <th scope="col">Daily average</th>
              <th scope="col">Ratio</th>
              <th scope="col">P(≥ recorded)</th>
              <th scope="col">Wording</th>
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody>
            {figure.versions.map((version) => {
              const test = spikeTest(version.observed, version.expected);
              return (
                <tr key={`${version.observed}/${version.expected}`}>
                  <td>{formatCount(version.observed)}</td>
                  <td>{formatCount(version.expected, 2)}</td>
                  <td>{formatRatio(test.ratio, 2)}</td>
                  <td>{formatProbability(test.pValue)}</td>
                  <td>{version.wording === null ? '—' : `“${version.wording}”`}</td>
                  <td>
                    <SourceLinks sources={pick(version.sources)} separator=", " />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <LazyFigureActions view={view} kind="table" content={() => reportedTableContent(view, reported)} />
    </>
  );
}

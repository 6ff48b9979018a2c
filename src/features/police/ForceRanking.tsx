import { formatIsoDate } from '../../core/dates';
import { formatCount, formatRatio } from '../../core/format';
import { forcesAgainstBaseline, type PoliceForce } from '../../core/series/policeForces';

interface ForceRankingProps {
  readonly forces: readonly PoliceForce[];
  readonly month: string;
  /** The force the chart shows, marked in the table. */
  readonly shown: string;
}

/** Every force's month against its own 12 months before, ranked by the rate ratio, with rates per 100,000. */
export function ForceRanking({ forces, month, shown }: ForceRankingProps) {
  const rows = forcesAgainstBaseline(forces, month);
  return (
    <details className="force-ranking">
      <summary>
        Every force&rsquo;s {formatIsoDate(month)} against its own baseline ({rows.length} forces)
      </summary>
      <p className="panel-note warning">
        Forces define and flag Islamophobic crime differently: read each ratio against the force&rsquo;s own
        past, and the rates per 100,000 as a rough guide, not a league table.
      </p>
      <div className="table-scroll">
        <table>
          <caption>
            Islamophobic crimes recorded in {formatIsoDate(month)} by each force, against the mean of its 12
            months before, highest ratio first
          </caption>
          <thead>
            <tr>
              <th scope="col">Force</th>
              <th scope="col">{formatIsoDate(month)}</th>
              <th scope="col">Mean of the 12 months before</th>
              <th scope="col">Ratio (95% interval, exact)</th>
              <th scope="col">Per 100,000 people</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ force, compared, perHundredThousand }) => (
              <tr key={force.id} aria-current={force.id === shown ? 'true' : undefined}>
                <th scope="row">{force.name}</th>
                {compared.kind === 'ok' ? (
                  <>
                    <td>{formatCount(compared.observed)}</td>
                    <td>{formatCount(compared.expected, 1)}</td>
                    <td>
                      {formatRatio(compared.test.ratio, 2)} (
                      {formatRatio(compared.test.ratioInterval.lower, 2)} to{' '}
                      {formatRatio(compared.test.ratioInterval.upper, 2)})
                    </td>
                  </>
                ) : (
                  <td colSpan={3}>Not compared: {compared.reason}.</td>
                )}
                <td>{perHundredThousand === null ? '—' : formatCount(perHundredThousand, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

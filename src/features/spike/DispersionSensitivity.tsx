import { formatCount, formatProbability } from '../../core/format';
import { spikeTest } from '../../core/stats/spikeTest';
import { OVERDISPERSED } from '../../core/stats/dispersions';

/** Dispersions shown: 1 is the Poisson case; the Met's daily counts are not public, so their own is unknown. */
const DISPERSIONS = [1, ...OVERDISPERSED] as const;

/** How the probability of the day changes if daily counts vary more than a Poisson count would. */
export function DispersionSensitivity({
  observed,
  expected,
}: {
  readonly observed: number;
  readonly expected: number;
}) {
  return (
    <div className="table-scroll">
      <table className="sensitivity">
        <caption>
          If days vary more than Poisson: P(≥ {observed} | {formatCount(expected, 2)} expected) when the
          variance is φ times the mean (negative binomial)
        </caption>
        <thead>
          <tr>
            <th scope="row">φ</th>
            {DISPERSIONS.map((phi) => (
              <th key={phi} scope="col">
                {phi === 1 ? '1 (Poisson)' : phi}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Probability</th>
            {DISPERSIONS.map((phi) => {
              const test = spikeTest(observed, expected, 0.95, phi === 1 ? {} : { dispersion: phi });
              return <td key={phi}>{formatProbability(test.negativeBinomial?.pValue ?? test.pValue)}</td>;
            })}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

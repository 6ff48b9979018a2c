import { type ClaimCheck, storyClaimsFrom, type Verdict } from '../../core/claims/storyClaims';
import { useEvents } from '../../data/queries/events';
import { usePoliceForces } from '../../data/queries/policeForces';
import { useReportedFigures } from '../../data/queries/reportedFigures';
import { QueryView } from '../../ui/QueryView';

/** The article's claims about 6 June 2017, one by one: the verdict, the numbers behind it, and what would settle it. */
export function ClaimsPanel() {
  const forces = usePoliceForces();
  const figures = useReportedFigures();
  const events = useEvents();
  return (
    <section aria-labelledby="claims-heading" className="panel">
      <h2 id="claims-heading">The story&rsquo;s claims, checked</h2>
      <p className="panel-note">
        Each claim of the article about 6 June 2017, against the public data this dashboard holds: the
        Met&rsquo;s monthly Islamophobic crime and its later counts of the day. A verdict is never stronger
        than that evidence.
      </p>
      <QueryView what="the police forces' series" query={forces}>
        {(loadedForces) => (
          <QueryView what="the reported figures" query={figures}>
            {(loadedFigures) => (
              <QueryView what="the events" query={events}>
                {(loadedEvents) => (
                  <ClaimList
                    claims={storyClaimsFrom(loadedForces.forces, loadedFigures.spikes, loadedEvents)}
                  />
                )}
              </QueryView>
            )}
          </QueryView>
        )}
      </QueryView>
    </section>
  );
}

/** The claims, each quoted, with its verdict, evidence, limits and what would settle it. */
function ClaimList({ claims }: { readonly claims: readonly ClaimCheck[] }) {
  return (
    <ol className="claims">
      {claims.map((claim) => (
        <li key={claim.id} data-testid={`claim-${claim.id}`}>
          <blockquote>&ldquo;{claim.claim}&rdquo;</blockquote>
          <p>
            <strong className={`verdict verdict-${VERDICT_CLASS[claim.verdict]}`}>
              {claim.verdict.charAt(0).toUpperCase() + claim.verdict.slice(1)}
            </strong>
          </p>
          <ul>
            {claim.evidence.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
          <p className="panel-note">
            What the data cannot say: {claim.cannot} What would settle it: {claim.wouldSettle}
          </p>
        </li>
      ))}
    </ol>
  );
}

/** The style of each verdict: a claim supported, contradicted, or left open by the public data. */
const VERDICT_CLASS: Readonly<Record<Verdict, string>> = {
  supported: 'supported',
  'consistent, not verifiable with public data': 'open',
  contradicted: 'contradicted',
};

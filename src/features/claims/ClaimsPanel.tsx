import { storyClaims, type ClaimCheck } from '../../core/claims/storyClaims';
import type { PoliceForces } from '../../data/queries/policeForces';
import { usePoliceForces } from '../../data/queries/policeForces';
import { type SourcedReportedFigures, useReportedFigures } from '../../data/queries/reportedFigures';
import { QueryView } from '../../ui/QueryView';
import { STORY_FORCE, STORY_SPIKE } from '../../core/view/view';

/** The article's claims about 6 June 2017, one by one: the verdict, the numbers behind it, and what would settle it. */
export function ClaimsPanel() {
  const forces = usePoliceForces();
  const figures = useReportedFigures();
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
            {(loadedFigures) => <ClaimList claims={claimsOf(loadedForces, loadedFigures)} />}
          </QueryView>
        )}
      </QueryView>
    </section>
  );
}

/** Returns the claims checked against the Met's series and the story's spike, or none when either is missing. */
function claimsOf(forces: PoliceForces, figures: SourcedReportedFigures): ClaimCheck[] {
  const met = forces.forces.find((f) => f.id === STORY_FORCE);
  const spike = figures.spikes.find((s) => s.id === STORY_SPIKE);
  const first = spike?.versions[0];
  if (met === undefined || spike === undefined || first === undefined) return [];
  return storyClaims({
    met,
    reported: { date: spike.date, observed: first.observed, expected: first.expected },
    recorded: spike.recordingVersions,
  });
}

function ClaimList({ claims }: { readonly claims: readonly ClaimCheck[] }) {
  return (
    <ol className="claims">
      {claims.map((claim) => (
        <li key={claim.id} data-testid={`claim-${claim.id}`}>
          <blockquote>&ldquo;{claim.claim}&rdquo;</blockquote>
          <p>
            <strong
              className={`verdict verdict-${claim.verdict === 'supported' ? 'supported' : claim.verdict === 'contradicted' ? 'contradicted' : 'open'}`}
            >
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

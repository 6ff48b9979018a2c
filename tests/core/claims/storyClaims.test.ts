import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourcesDir } from '../../../scripts/data/rawFiles';
import { storyClaimsFrom } from '../../../src/core/claims/storyClaims';
import { readDataPackage } from '../../../src/data/readers/dataPackage';
import { readEvents } from '../../../src/data/readers/events';
import { readPoliceForces } from '../../../src/data/readers/policeForces';
import { readReportedFigures } from '../../../src/data/readers/reportedFigures';

const read = (name: string) => readFile(new URL(`../../../data/${name}`, import.meta.url), 'utf8');
const article = readFile(join(sourcesDir(), 'article.txt'), 'utf8');
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The claims checked against the shipped data: the Met's monthly series and the reported figures of 6 June. */
async function checkedClaims() {
  const pkg = await readDataPackage(read);
  const [{ forces }, figures, events] = await Promise.all([
    readPoliceForces(pkg, read),
    readReportedFigures(pkg, read),
    readEvents(pkg, read),
  ]);
  const claims = storyClaimsFrom(forces, figures.spikes, events);
  if (claims.length === 0) throw new Error('no Met series, spike or attack');
  return claims;
}

describe('the story’s claims, checked against the data we hold', () => {
  it('quotes each claim word for word from the article', async () => {
    const text = normalise(await article);
    for (const claim of await checkedClaims()) expect(text).toContain(normalise(claim.claim));
  });

  it('gives each claim a verdict no stronger than its evidence', async () => {
    const claims = await checkedClaims();
    expect(claims.map((c) => [c.id, c.verdict])).toEqual([
      ['twenty-against-three-and-a-half', 'consistent, not verifiable with public data'],
      ['highest-of-2017', 'consistent, not verifiable with public data'],
      ['higher-than-paris-and-rigby', 'consistent, not verifiable with public data'],
      ['spike-after-london-bridge', 'supported'],
    ]);
    const [average, highest, paris, spike] = claims.map((c) => c.evidence.join(' '));
    expect(average).toContain('3.58 Islamophobic crimes a day from January to May 2017 (540 in 151 days)');
    expect(average).toContain(
      '23 (13 July 2017, 6 committed that day) and 21 (14 September 2017, 5 committed',
    );
    expect(highest).toContain('June 2017 (367) is the highest month of 2017');
    expect(paris).toContain('higher than November 2015, the month of the Paris attacks (162)');
    expect(paris).toContain('the Lee Rigby comparison cannot be checked');
    expect(spike).toMatch(/×3\.45 the mean of the 12 months before \(95% interval ×3\.07 to ×3\.88\)/);
    expect(spike).toContain('Of the 23 crimes recorded on 6 June, 19 were committed from 4 to 6 June');
  });
});

import type { Source } from '../../src/core/provenance';
import type { TriggerEvent } from '../../src/data/schemas/events';
import type { Quote } from '../../src/data/schemas/quotes';
import type { ReportedFigures } from '../../src/data/schemas/reportedFigures';

/** The shared text files that curated entries quote from. */
export interface SharedTexts {
  readonly 'reported-figures.md': string;
  readonly 'article.txt': string;
}

interface Evidence {
  readonly file: keyof SharedTexts;
  readonly text: string;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Returns every problem in the curated entries: unknown ids, and quotes or evidence not found word for word. */
export function verifyCuration(
  texts: SharedTexts,
  sources: readonly Source[],
  events: readonly TriggerEvent[],
  quotes: readonly Quote[],
  figures: ReportedFigures,
): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(sources.map((s) => s.id));
  const eventIds = new Set(events.map((e) => e.id));
  const checkSources = (where: string, ids: readonly string[]) => {
    for (const id of ids) if (!sourceIds.has(id)) problems.push(`${where}: unknown source "${id}"`);
  };
  const checkEvent = (where: string, id: string) => {
    if (!eventIds.has(id)) problems.push(`${where}: unknown event "${id}"`);
  };
  const checkEvidence = (where: string, evidence: Evidence) => {
    if (!normalise(texts[evidence.file]).includes(normalise(evidence.text))) {
      problems.push(`${where}: "${evidence.text}" is not in ${evidence.file}`);
    }
  };
  for (const event of events) {
    checkSources(`event ${event.id}`, event.sources);
    if (event.evidence !== null) checkEvidence(`event ${event.id}`, event.evidence);
  }
  for (const quote of quotes) {
    checkSources(`quote ${quote.id}`, [quote.source]);
    checkEvent(`quote ${quote.id}`, quote.event);
    quote.paragraphs.forEach((text, i) =>
      checkEvidence(`quote ${quote.id}, paragraph ${i + 1}`, { file: 'article.txt', text }),
    );
    if (quote.context !== null)
      checkEvidence(`quote ${quote.id}, context`, { file: 'article.txt', text: quote.context });
  }
  for (const spike of figures.spikes) {
    checkEvent(`figure ${spike.id}`, spike.event);
    spike.versions.forEach((version, i) => {
      checkSources(`figure ${spike.id}, version ${i + 1}`, version.sources);
      checkEvidence(`figure ${spike.id}, version ${i + 1}`, version.evidence);
    });
    spike.dayVersions.forEach((day) => {
      checkSources(`figure ${spike.id}, day ${day.label}`, day.sources);
      checkEvidence(`figure ${spike.id}, day ${day.label}`, day.evidence);
    });
    spike.recordingVersions.forEach((version) => {
      const where = `figure ${spike.id}, ${version.recorded} recorded`;
      checkSources(where, version.sources);
      checkEvidence(where, version.evidence);
      problems.push(...committedDayProblems(where, spike.date, version));
    });
  }
  for (const entry of figures.periodComparisons) {
    checkSources(`period comparison ${entry.id}`, entry.sources);
    if (entry.event !== null) checkEvent(`period comparison ${entry.id}`, entry.event);
    checkEvidence(`period comparison ${entry.id}`, entry.evidence);
  }
  for (const comparison of figures.comparisons) {
    checkSources(`comparison ${comparison.id}`, comparison.sources);
    checkEvidence(`comparison ${comparison.id}, expected`, comparison.expectedEvidence);
    checkEvidence(`comparison ${comparison.id}, week change`, comparison.weekChangeEvidence);
    for (const entry of comparison.counts) {
      checkEvent(`comparison ${comparison.id}`, entry.event);
      checkEvidence(`comparison ${comparison.id}, ${entry.event}`, entry.evidence);
    }
  }
  return problems;
}

/** Returns what does not add up in a count by the day committed: its days must sum to the count, the day's to its share. */
export function committedDayProblems(
  where: string,
  day: string,
  version: ReportedFigures['spikes'][number]['recordingVersions'][number],
): string[] {
  if (version.byDayCommitted === null) return [];
  const problems: string[] = [];
  const total = version.byDayCommitted.reduce((sum, entry) => sum + entry.count, 0);
  if (total !== version.recorded)
    problems.push(`${where}: the days committed sum to ${total}, not ${version.recorded}`);
  const onTheDay = version.byDayCommitted.find((entry) => entry.date === day)?.count ?? 0;
  if (onTheDay !== version.committedOnTheDay)
    problems.push(`${where}: ${onTheDay} committed on ${day}, not ${version.committedOnTheDay}`);
  return problems;
}

import { EVENTS } from '../curation/events';
import { QUOTES } from '../curation/quotes';
import { REPORTED_FIGURES } from '../curation/reportedFigures';
import { CITED } from './licences';
import type { DerivedFile } from './resource';
import { findSource, frictionlessSource, json } from './resource';

const curatedSources = (ids: Iterable<string>) =>
  [...new Set(ids)].map((id) => frictionlessSource(findSource(id)));

/** Returns the curated JSON files (reported figures, events, quotes) with their descriptions. */
export function curatedFiles(): DerivedFile[] {
  return [
    {
      path: 'reported-figures.json',
      content: json(REPORTED_FIGURES),
      meta: {
        name: 'reported-figures',
        title: 'Figures reported by police and press, every version',
        description:
          'Reported daily counts against reported daily averages, and counts after each 2017 attack, as published.',
        format: 'json',
        mediatype: 'application/json',
        sources: curatedSources([
          ...REPORTED_FIGURES.spikes.flatMap((s) =>
            [...s.versions, ...s.dayVersions, ...s.recordingVersions].flatMap((v) => v.sources),
          ),
          ...REPORTED_FIGURES.comparisons.flatMap((c) => c.sources),
        ]),
        licenses: [CITED],
        caveats: [
          'Reported figures, not a recorded series: no public daily series of the Met’s Islamophobic incidents exists.',
        ],
        derivedFrom: [],
      },
    },
    {
      path: 'events.json',
      content: json({ events: EVENTS }),
      meta: {
        name: 'events',
        title: 'Trigger events of the story',
        description: 'Each event with its date, place, one line and sources.',
        format: 'json',
        mediatype: 'application/json',
        sources: curatedSources(EVENTS.flatMap((e) => e.sources)),
        licenses: [CITED],
        caveats: [],
        derivedFrom: [],
      },
    },
    {
      path: 'quotes.json',
      content: json({ quotes: QUOTES }),
      meta: {
        name: 'quotes',
        title: 'Quotes from the article',
        description: 'Word for word from the article, checked against its text at build time.',
        format: 'json',
        mediatype: 'application/json',
        sources: curatedSources(QUOTES.map((q) => q.source)),
        licenses: [CITED],
        caveats: [],
        derivedFrom: [],
      },
    },
  ];
}

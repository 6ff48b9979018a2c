import type { TriggerEvent } from '../../src/data/schemas/events';

/** The events of the story; `evidence` must appear word for word in the named shared source file. */
export const EVENTS: readonly TriggerEvent[] = [
  {
    id: 'lee-rigby',
    date: '2013-05-22',
    name: 'Murder of Lee Rigby',
    place: 'London, UK',
    description:
      'The murder of Lee Rigby in London, named by the Met as an earlier peak of Islamophobic incidents.',
    sources: ['article', 'independent-2017-06-08'],
    evidence: { file: 'reported-figures.md', text: 'the murder of Lee Rigby (22 May 2013)' },
  },
  {
    id: 'paris-2015',
    date: '2015-11-13',
    name: 'Paris attacks',
    place: 'Paris, France',
    description: 'Terrorist attacks in Paris, named by the Met as an earlier peak of Islamophobic incidents.',
    sources: ['article', 'independent-2017-06-08'],
    evidence: { file: 'reported-figures.md', text: 'the Paris attacks (13 November 2015)' },
  },
  {
    id: 'westminster-2017',
    date: '2017-03-22',
    name: 'Westminster attack',
    place: 'London, UK',
    description: 'Terrorist attack at Westminster, the first of the four 2017 attacks in the NPCC’s figures.',
    sources: ['npcc-2017-08-10'],
    evidence: { file: 'reported-figures.md', text: 'Westminster (22 March 2017) 234' },
  },
  {
    id: 'manchester-2017',
    date: '2017-05-22',
    name: 'Manchester Arena attack',
    place: 'Manchester, UK',
    description:
      'Bombing at Manchester Arena; Greater Manchester Police reported a rise in Islamophobic reports after it.',
    sources: ['npcc-2017-08-10'],
    evidence: { file: 'reported-figures.md', text: 'Manchester Arena (22 May 2017) 273' },
  },
  {
    id: 'london-bridge-2017',
    date: '2017-06-03',
    name: 'London Bridge attack',
    place: 'London, UK',
    description:
      'Terrorist attack at London Bridge; three days later the Met recorded 20 Islamophobic incidents in a day.',
    sources: ['article', 'npcc-2017-08-10'],
    evidence: { file: 'reported-figures.md', text: 'the London Bridge attack "on June 3"' },
  },
  {
    id: 'finsbury-park-2017',
    date: '2017-06-19',
    name: 'Finsbury Park attack',
    place: 'London, UK',
    description:
      'Van attack on worshippers near Finsbury Park Mosque, “quite clearly an attack on Muslims” (Cressida Dick).',
    sources: ['article', 'npcc-2017-08-10'],
    evidence: {
      file: 'reported-figures.md',
      text: 'the van attack near Finsbury Park Mosque (19 June 2017)',
    },
  },
];

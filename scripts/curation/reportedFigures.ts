import type { ReportedFigures } from '../../src/data/schemas/reportedFigures';

const MAIN_PAGES = ['article', 'independent-2017-06-08', 'standard-2017-06-07', 'alaraby-2017-06-08'];
const WIRE = ['wire-copy-2017-06'];
const MD = 'reported-figures.md' as const;

const dayVersions = [
  {
    label: 'Tuesday',
    sources: ['independent-2017-06-08', 'alaraby-2017-06-08'],
    evidence: { file: MD, text: '"Provisional statistics for 6 June" and "Tuesday"' },
  },
  {
    label: 'Monday',
    sources: ['standard-2017-06-07', 'tellmama-2017-06'],
    evidence: { file: MD, text: '"Monday" (Evening Standard, 7 June 2017; Tell MAMA, quoting the Standard)' },
  },
  { label: 'Wednesday', sources: WIRE, evidence: { file: MD, text: '"Wednesday" (one wire copy)' } },
];

/** The Mayor's written answers on the 6 June 2017 count: by recording date, and by the day each crime was committed. */
const recordingVersions = [
  {
    recorded: 23,
    committedOnTheDay: 6,
    byDayCommitted: [
      { date: '2017-02-02', count: 1 },
      { date: '2017-05-31', count: 1 },
      { date: '2017-06-01', count: 1 },
      { date: '2017-06-02', count: 1 },
      { date: '2017-06-04', count: 6 },
      { date: '2017-06-05', count: 7 },
      { date: '2017-06-06', count: 6 },
    ],
    note: null,
    publishedAt: '2017-07-13',
    sources: ['london-assembly-2017-2725'],
    evidence: {
      file: MD,
      text:
        '"A total of 23 Islamophobic hate crimes were recorded on 6th June 2017. Of those, six were committed on ' +
        '6th June." The others were committed on 2 February 2017 (1), 31 May 2017 (1), 1 June 2017 (1), 2 June 2017 ' +
        '(1), 4 June 2017 (6) and 5 June 2017 (7).',
    },
  },
  {
    recorded: 21,
    committedOnTheDay: 5,
    byDayCommitted: null,
    note:
      '14 of the 21 were racially or religiously aggravated Public Fear, Alarm or Distress (Public Order Act); the ' +
      'count is by the date the record was loaded onto the Crime Recording system.',
    publishedAt: '2017-09-14',
    sources: ['london-assembly-2017-3517'],
    evidence: {
      file: MD,
      text:
        '"There were 21 offences recorded on 6th June 2017 that were flagged as Islamophobic hate crime." The count ' +
        'is by "the date the record was loaded onto the Crime Recording system"; five of the offences occurred that ' +
        'day, many earlier, often "due to an incident reported to an officer at night being recorded the next day". ' +
        '14 of the 21 were racially or religiously aggravated Public Fear, Alarm or Distress (Public Order Act).',
    },
  },
];

/** The press and police figures of ../shared/sources/reported-figures.md, with every version they give. */
export const REPORTED_FIGURES: ReportedFigures = {
  spikes: [
    {
      id: 'mps-islamophobic-2017-06-06',
      label: 'Islamophobic incidents',
      publisher: 'Metropolitan Police (provisional, via the Mayor of London’s office)',
      area: 'London',
      date: '2017-06-06',
      event: 'london-bridge-2017',
      expectedLabel: '2017 daily average so far that year',
      versions: [
        {
          observed: 20,
          expected: 3.5,
          wording: 'a fivefold increase',
          sources: MAIN_PAGES,
          evidence: {
            file: MD,
            text: 'Islamophobic incidents recorded on 6 June 2017: 20. 2017 daily average so far that year: 3.5',
          },
        },
        {
          observed: 20,
          expected: 3.45,
          wording: null,
          sources: WIRE,
          evidence: { file: MD, text: '(one wire copy: 3.45)' },
        },
      ],
      dayVersions,
      recordingVersions,
    },
    {
      id: 'mps-racist-2017-06-06',
      label: 'Racist incidents',
      publisher: 'Metropolitan Police (provisional, via the Mayor of London’s office)',
      area: 'London',
      date: '2017-06-06',
      event: 'london-bridge-2017',
      expectedLabel: '2017 daily average',
      versions: [
        {
          observed: 54,
          expected: 38,
          wording: 'a 40 per cent increase',
          sources: MAIN_PAGES.filter((id) => id !== 'article'),
          evidence: { file: MD, text: '54 against a 2017 daily average of 38, "a 40 per cent increase"' },
        },
        {
          observed: 53,
          expected: 37,
          wording: '39 per cent',
          sources: WIRE,
          evidence: { file: MD, text: '(one wire copy: 53 against 37, "39 per cent")' },
        },
      ],
      dayVersions,
      recordingVersions: [],
    },
  ],
  comparisons: [
    {
      id: 'npcc-2017-two-days-after',
      label: 'Hate crimes recorded two days after each 2017 attack',
      publisher: 'National Police Chiefs’ Council',
      area: 'England, Wales and Northern Ireland',
      timing: 'two days after each attack',
      expected: 171,
      expectedLabel: 'average hate crimes a day in 2016 (higher at weekends)',
      expectedEvidence: { file: MD, text: 'Average in 2016: 171 hate crimes a day (higher at weekends).' },
      counts: [
        {
          event: 'westminster-2017',
          count: 234,
          weekChangePercent: 12,
          evidence: { file: MD, text: 'Westminster (22 March 2017) 234' },
        },
        {
          event: 'manchester-2017',
          count: 273,
          weekChangePercent: 50,
          evidence: { file: MD, text: 'Manchester Arena (22 May 2017) 273' },
        },
        {
          event: 'london-bridge-2017',
          count: 319,
          weekChangePercent: 34,
          evidence: { file: MD, text: 'London Bridge (3 June 2017) 319' },
        },
        {
          event: 'finsbury-park-2017',
          count: 223,
          weekChangePercent: -7,
          evidence: { file: MD, text: 'Finsbury Park (19 June 2017) 223' },
        },
      ],
      weekChangeEvidence: {
        file: MD,
        text: '+12% Westminster, +50% Manchester, +34% London Bridge, −7% Finsbury Park',
      },
      sources: ['npcc-2017-08-10', 'bbc-2017-08-10'],
    },
  ],
  periodComparisons: [
    {
      id: 'gmp-islamophobic-month-after-manchester',
      label: 'Islamophobic hate crimes and incidents',
      publisher: 'Greater Manchester Police',
      area: 'Greater Manchester',
      event: 'manchester-2017',
      period: 'the month after the attack',
      observed: 224,
      comparison: 37,
      comparisonLabel: 'the same period of 2016',
      wording: 'a 505% increase',
      caveat: null,
      sources: ['bbc-2017-06-22'],
      evidence: {
        file: MD,
        text: 'Islamophobic hate crimes and incidents reported in the month after the attack: 224, against 37 in the same period of 2016 ("a 505% increase")',
      },
    },
    {
      id: 'gmp-religious-month-after-manchester',
      label: 'Religious hate crimes, Islamophobia included',
      publisher: 'Greater Manchester Police',
      area: 'Greater Manchester',
      event: 'manchester-2017',
      period: 'the four weeks after the attack',
      observed: 366,
      comparison: 92,
      comparisonLabel: 'the same four weeks of 2016',
      wording: null,
      caveat: null,
      sources: ['bbc-2017-06-22'],
      evidence: { file: MD, text: 'Religious hate crimes, Islamophobia included: 92 → 366' },
    },
    {
      id: 'mps-religious-three-weeks-after-7-7',
      label: 'Religious hate crimes',
      publisher: 'Metropolitan Police',
      area: 'London',
      event: 'london-7-july-2005',
      period: 'the three weeks after 7 July 2005',
      observed: 269,
      comparison: 40,
      comparisonLabel: 'the same period of 2004',
      wording: null,
      caveat: 'Faith hate crimes had just begun to be recorded separately from racial incidents.',
      sources: ['bbc-2005-08-03'],
      evidence: {
        file: MD,
        text: 'Religious hate crimes in London in the three weeks after 7 July 2005: 269, against 40 in the same period of 2004.',
      },
    },
    {
      id: 'mps-islamophobic-rolling-year-2018',
      label: 'Islamophobic crime, rolling twelve months',
      publisher: 'Metropolitan Police (Mayor’s Office for Policing and Crime figures)',
      area: 'London',
      event: null,
      period: 'the year to January 2018',
      observed: 1678,
      comparison: 1205,
      comparisonLabel: 'the year to January 2017',
      wording: null,
      caveat: null,
      sources: ['mopac-2018'],
      evidence: { file: MD, text: 'Year to January 2017: 1,205; year to January 2018: 1,678' },
    },
  ],
};

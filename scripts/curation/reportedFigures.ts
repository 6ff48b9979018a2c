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
};

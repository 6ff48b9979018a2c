import type { Source } from '../../src/core/provenance';

const PRESS = 'Publisher’s copyright; figures and short quotations cited for reporting and research.';
const GLA =
  'Greater London Authority website; figures and short quotations cited for reporting and research (licence not stated on the page as recorded).';
const PRESS_TITLE_NOTE =
  'The headline was not recorded: the title in square brackets describes the page, which its address identifies.';
const MAYOR_FIGURES =
  'Provisional figures released by the Mayor of London’s office on 7–8 June 2017; no public daily series of the Met’s Islamophobic incidents exists.';

/** Every source the shipped data cites, curated from ../shared/sources and ../shared/data/PROVENANCE.md. */
export const SOURCES: readonly Source[] = [
  {
    id: 'article',
    publisher: 'Publisher not stated',
    title: 'Met Police chief: We’ll do “everything in our power to protect you”',
    url: null,
    date: '2017-06',
    licence: PRESS,
    caveats: [
      'The article’s source line is empty as published: it is cited by its title.',
      'Publication date not stated; June 2017 follows from the text (“earlier this month”, the Finsbury Park attack of 19 June 2017).',
      MAYOR_FIGURES,
    ],
  },
  {
    id: 'independent-2017-06-08',
    publisher: 'The Independent',
    title: '[London Bridge attack: rise in Islamophobic hate crimes]',
    url: 'https://independent.co.uk/news/uk/crime/london-bridge-attack-latest-rise-islamophobic-hate-crimes-borough-market-stabbing-terror-police-a7777451.html',
    date: '2017-06-08',
    licence: PRESS,
    caveats: [
      PRESS_TITLE_NOTE,
      MAYOR_FIGURES,
      'Gives the day as “Provisional statistics for 6 June” and “Tuesday”.',
    ],
  },
  {
    id: 'standard-2017-06-07',
    publisher: 'Evening Standard',
    title: '[Mayor Sadiq Khan reveals rise in hate crime in London after Bridge attack]',
    url: 'https://standard.co.uk/news/london/mayor-sadiq-khan-reveals-rise-in-hate-crime-in-london-after-bridge-attack-a3559236.html',
    date: '2017-06-07',
    licence: PRESS,
    caveats: [PRESS_TITLE_NOTE, MAYOR_FIGURES, 'Gives the day as “Monday”.'],
  },
  {
    id: 'london-assembly-2017-2725',
    publisher: 'Mayor of London, written answer to Mayor’s Questions (London Assembly)',
    title: 'Hate Crime (10), Mayor’s Question Time, 13 July 2017, question 2017/2725',
    url: 'https://www.london.gov.uk/questions/2017/2725',
    date: '2017-07-13',
    licence: GLA,
    caveats: [
      'Counts Islamophobic hate crimes by the day the Metropolitan Police recorded them, and gives the day each was committed.',
    ],
  },
  {
    id: 'london-assembly-2017-3517',
    publisher: 'Mayor of London, written answer to Mayor’s Questions (London Assembly)',
    title: 'Hate Crime (1), Mayor’s Question Time, 14 September 2017, question 2017/3517',
    url: 'https://www.london.gov.uk/questions/2017/3517',
    date: '2017-09-14',
    licence: GLA,
    caveats: [
      'Counts offences flagged as Islamophobic by the date the record was loaded onto the Crime Recording system.',
    ],
  },
  {
    id: 'alaraby-2017-06-08',
    publisher: 'Al Araby',
    title: '[Anti-Muslim crimes spike in London after attack: Mayor]',
    url: 'https://alaraby.co.uk/english/news/2017/6/8/anti-muslim-crimes-spike-in-london-after-attack-mayor',
    date: '2017-06-08',
    licence: PRESS,
    caveats: [PRESS_TITLE_NOTE, MAYOR_FIGURES, 'Gives the day as “Tuesday”.'],
  },
  {
    id: 'tellmama-2017-06',
    publisher: 'Tell MAMA',
    title: '[Mayor’s office reveals hate crime spike after London Bridge terror attack]',
    url: 'https://tellmamauk.org/mayors-office-reveals-hate-crime-spike-after-london-bridge-terror-attack/',
    date: '2017-06',
    licence: PRESS,
    caveats: [PRESS_TITLE_NOTE, 'Quotes the Evening Standard, and so gives the day as “Monday”.'],
  },
  {
    id: 'wire-copy-2017-06',
    publisher: 'news4desi.com (one wire copy)',
    title: '[Wire copy of the Mayor’s office figures]',
    url: 'https://news4desi.com/?p=5152',
    date: '2017-06',
    licence: PRESS,
    caveats: [
      PRESS_TITLE_NOTE,
      'reported-figures.md attributes the 3.45, the 53 against 37 (“39 per cent”) and “Wednesday” to “one wire copy”; this is the one wire page it lists.',
    ],
  },
  {
    id: 'npcc-2017-08-10',
    publisher: 'National Police Chiefs’ Council',
    title: 'Latest hate crime figures covering the period of 2017 UK terrorist attacks published',
    url: 'https://news.npcc.police.uk/releases/latest-hate-crime-figures-covering-the-period-of-2017-uk-terrorist-attacks-published',
    date: '2017-08-10',
    licence: PRESS,
    caveats: [
      'All hate crime reported to forces in England, Wales and Northern Ireland, not Islamophobic incidents alone.',
      'The 2016 average of 171 a day is higher at weekends; “These spikes returned to average levels within days.”',
    ],
  },
  {
    id: 'bbc-2017-08-10',
    publisher: 'BBC News',
    title: '[Report of the NPCC hate crime figures for the 2017 attacks]',
    url: 'https://bbc.co.uk/news/uk-40891774',
    date: '2017-08-10',
    licence: PRESS,
    caveats: [PRESS_TITLE_NOTE, 'Reports the same NPCC release.'],
  },
  {
    id: 'home-office-hosb2419',
    publisher: 'Home Office',
    title: 'Hate crime, England and Wales, 2018 to 2019 (Statistical Bulletin 24/19), Figure 2',
    url: 'https://www.gov.uk/government/statistics/hate-crime-england-and-wales-2018-to-2019',
    date: '2019-10-15',
    licence: 'Open Government Licence v3.0',
    caveats: [
      'Racially or religiously aggravated offences recorded by the police in England and Wales: all strands, not Islamophobic offences alone.',
      'Police recorded crime: changes in recording practice and in reporting, not only in offending, move the series.',
      'Raw sheet taken from the public repository BBC-Data-Unit/hatecrime-2019 (commit d3927caa0cf1569efc57aaa91714dadef6757fe8), saved as CSV with values unchanged.',
    ],
  },
  {
    id: 'fbi-hate-crime-2024',
    publisher:
      'Federal Bureau of Investigation, Criminal Justice Information Services, US Department of Justice',
    title:
      'Uniform Crime Reporting, Hate Crime Statistics, incident-level master file (hate_crime.zip), data years 1991–2023',
    url: 'https://cde.ucr.cjis.gov',
    date: '2024-09-23',
    licence: 'Work of the US federal government, public domain',
    caveats: [
      'Published through the Crime Data Explorer: Documents & Downloads, Hate Crime, hate_crime.zip.',
      'Agencies report voluntarily and the number reporting changes by year.',
      'Counts are incidents, not offences or victims.',
      'Releases differ slightly: anti-Muslim incidents in 2015 are 260 in the 2021 release, 258 in the 2024 one.',
      'The FBI’s own annual tables count single-bias and multi-bias incidents separately, so a total that includes multi-bias incidents can exceed the published single-bias figure.',
      'Raw file converted to CSV, values unchanged, from the R data file hate_crime.rds in the public repository sujingwenkim/US-hate-crime (commit a3704b98941c4d1fa60964cfc47ec18b16dd2658).',
    ],
  },
  {
    id: 'mps-recorded-crime-borough',
    publisher: 'Metropolitan Police Service, published on the London Datastore',
    title:
      'MPS Recorded Crime: Geographic Breakdown, borough level (historical), April 2010 to February 2024',
    url: 'https://data.london.gov.uk/dataset/recorded_crime_summary',
    date: '2024-02',
    licence: 'Open Government Licence v2.0',
    caveats: [
      'Publication date not recorded; 2024-02 is the last month the table covers.',
      'Minor class “RACE OR RELIGIOUS AGG PUBLIC FEAR” (racially or religiously aggravated public fear, alarm or distress): NOT an Islamophobic series.',
      'Values before about mid-2012 are far lower (34 London-wide in April 2010, about 400 by July 2012), which looks like a recording change: baselines should not reach back across it.',
      'Raw table from the public repository fenneh/london-crime-data (path data/recorded-crime-borough-historical.parquet, commit 8ea9f76a519a2007f245771c6b2fe4cd631f8ada), saved as CSV with values unchanged.',
    ],
  },
  {
    id: 'uk-police-foi-salah',
    publisher:
      'Ala’ Alrababa’h, William Marble, Salma Mousa and Alexandra Siegel (replication archive on Harvard Dataverse)',
    title:
      'Replication data for “Can Exposure to Celebrities Reduce Prejudice? The Effect of Mohamed Salah on Islamophobic Behaviors and Attitudes”, American Political Science Review 115(4), 2021, 1111–1128 (doi 10.1017/S0003055421000423): monthly hate crime and Islamophobic crime recorded by police forces in England',
    url: 'https://doi.org/10.7910/DVN/2JKWNS',
    date: '2021',
    licence: 'CC0 1.0 (Dataverse default; not verified)',
    caveats: [
      'Cite the article (Alrababa’h, Marble, Mousa and Siegel, American Political Science Review 115(4), 2021, 1111–1128, doi 10.1017/S0003055421000423) and the replication data (Harvard Dataverse, doi 10.7910/DVN/2JKWNS).',
      'Compiled by the authors from freedom-of-information requests to each force: one file a force, as each force returned it.',
      'Forces define and flag hate crime and Islamophobic (anti-Muslim) crime differently: compare a force with itself over time, not forces with each other in levels.',
      'Counts are by the month the crime was recorded, not the month it was committed.',
      'Licence not verified: CC0 1.0 is Harvard Dataverse’s default for deposited data, but the dataset’s own terms page could not be checked, and the mirror carries no licence file.',
      'Publication date: the article’s year; the deposit’s own date was not recorded. Raw files from the public mirror wpmarble/salah (path data/hate-crimes/, commit 1e6b7b9eede0d5ee1d16aa66e2ea352218ed746b), copied byte for byte.',
    ],
  },
  {
    id: 'bbc-2005-08-03',
    publisher: 'BBC News',
    title: '[Report of the Met’s faith hate crime figures after 7 July 2005]',
    url: 'https://news.bbc.co.uk/2/hi/uk_news/england/london/4740015.stm',
    date: '2005-08-03',
    licence: PRESS,
    caveats: [
      PRESS_TITLE_NOTE,
      'Faith hate crimes had just begun to be recorded separately from racial incidents (the Met’s own caveat).',
    ],
  },
  {
    id: 'bbc-2017-06-22',
    publisher: 'BBC News',
    title: '[Report of Greater Manchester Police’s hate crime figures after the Manchester Arena attack]',
    url: 'https://bbc.co.uk/news/uk-england-manchester-40368668',
    date: '2017-06-22',
    licence: PRESS,
    caveats: [
      PRESS_TITLE_NOTE,
      'Hate crimes and incidents reported to one force in the month after the attack.',
    ],
  },
  {
    id: 'mopac-2018',
    publisher: 'Mayor’s Office for Policing and Crime',
    title: 'Islamophobic crime in London, rolling twelve months (figures as reported in 2018)',
    url: null,
    date: '2018',
    licence: PRESS,
    caveats: ['No address was recorded for this report: the figures are as reported in 2018.'],
  },
  ...encyclopediaEntries([
    ['september-11', 'September 11 attacks', 'September_11_attacks'],
    ['7-july-2005', '7 July 2005 London bombings', '7_July_2005_London_bombings'],
    ['san-bernardino', '2015 San Bernardino attack', '2015_San_Bernardino_attack'],
    [
      'eu-referendum',
      '2016 United Kingdom European Union membership referendum',
      '2016_United_Kingdom_European_Union_membership_referendum',
    ],
    [
      'us-election-2016',
      '2016 United States presidential election',
      '2016_United_States_presidential_election',
    ],
    ['executive-order-13769', 'Executive Order 13769', 'Executive_Order_13769'],
    ['christchurch', 'Christchurch mosque shootings', 'Christchurch_mosque_shootings'],
    ['october-7', 'October 7 attacks', 'October_7_attacks'],
  ]),
];

/** Returns Wikipedia entries used only to date events that the shared sources do not cover. */
function encyclopediaEntries(entries: readonly (readonly [string, string, string])[]): Source[] {
  return entries.map(([id, title, page]) => ({
    id: `encyclopedia-${id}`,
    publisher: 'Wikipedia',
    title,
    url: `https://en.wikipedia.org/wiki/${page}`,
    date: '2026-11',
    licence: 'Creative Commons Attribution-ShareAlike 4.0',
    caveats: [
      'Used for the event’s date, place and one line only, not for any count; the date is the day of the event, not of a later backlash.',
      'The build cannot fetch this page to check it: the event date is the widely reported day, and the date of this entry is when it was cited here.',
    ],
  }));
}

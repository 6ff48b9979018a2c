import type { UkPoliceReportFile } from '../rawFiles';
import type { ReportColumn } from './parseReport';

/** How one police force's monthly return is laid out, as published, and what the build calls the force. */
export interface PoliceForceSpec {
  /** The force's id in data/: the county value of its file with hyphens for underscores (west_marcia corrected). */
  readonly id: string;
  /** The force's own name. */
  readonly name: string;
  /** Its file under uk-police-foi/police-reports/, as published. */
  readonly file: UkPoliceReportFile;
  /** The county value every row of the file carries, as published. */
  readonly county: string;
  /** The force's county name in uk-police-foi/police-area-population.csv, as published. */
  readonly populationCounty: string;
  /** The file's columns, in their published order. */
  readonly columns: readonly ReportColumn[];
}

/** The columns of most returns, in their order. */
export const STANDARD_COLUMNS: readonly ReportColumn[] = ['date', 'hate_crimes', 'muslim_crimes', 'county'];

/**
 * Every police force of uk-police-foi/police-reports/, one file each, named explicitly: the file, the county value its
 * rows carry, the county name the population file gives it, and its columns. The build fails on a row or a header
 * that does not match.
 */
export const POLICE_FORCES: readonly PoliceForceSpec[] = [
  {
    id: 'avon-somerset',
    name: 'Avon and Somerset Constabulary',
    file: 'avon-somerset_clean.csv',
    county: 'avon_somerset',
    populationCounty: 'avon_somerset',
    columns: STANDARD_COLUMNS,
  },
  {
    id: 'bedfordshire',
    name: 'Bedfordshire Police',
    file: 'bedfordshire_clean.csv',
    county: 'bedfordshire',
    populationCounty: 'bedfordshire',
    columns: STANDARD_COLUMNS,
  },
  {
    id: 'cambridgeshire',
    name: 'Cambridgeshire Constabulary',
    file: 'cambridgeshire_clean.csv',
    county: 'cambridgeshire',
    populationCounty: 'cambridgeshire',
    columns: STANDARD_COLUMNS,
  },
  // The file name is spelled “chesire”, as published; its rows say cheshire.
  {
    id: 'cheshire',
    name: 'Cheshire Constabulary',
    file: 'chesire_clean.csv',
    county: 'cheshire',
    populationCounty: 'cheshire',
    columns: STANDARD_COLUMNS,
  },
  {
    id: 'cleveland',
    name: 'Cleveland Police',
    file: 'cleveland_clean.csv',
    county: 'cleveland',
    populationCounty: 'cleveland',
    columns: STANDARD_COLUMNS,
  },
  // Columns in another order, as published: date,muslim_crimes,hate_crimes,county.
  {
    id: 'derbyshire',
    name: 'Derbyshire Constabulary',
    file: 'derbyshire_clean.csv',
    county: 'derbyshire',
    populationCounty: 'derbyshire',
    columns: ['date', 'muslim_crimes', 'hate_crimes', 'county'],
  },
  {
    id: 'dorset',
    name: 'Dorset Police',
    file: 'dorset_clean.csv',
    county: 'dorset',
    populationCounty: 'dorset',
    columns: STANDARD_COLUMNS,
  },
  {
    id: 'durham',
    name: 'Durham Constabulary',
    file: 'durham_clean.csv',
    county: 'durham',
    populationCounty: 'durham',
    columns: STANDARD_COLUMNS,
  },
  {
    id: 'hampshire',
    name: 'Hampshire Constabulary',
    file: 'hampshire_clean.csv',
    county: 'hampshire',
    populationCounty: 'hampshire',
    columns: STANDARD_COLUMNS,
  },
  {
    id: 'hertfordshire',
    name: 'Hertfordshire Constabulary',
    file: 'hertfordshire_clean.csv',
    county: 'hertfordshire',
    populationCounty: 'hertfordshire',
    columns: STANDARD_COLUMNS,
  },
  {
    id: 'humberside',
    name: 'Humberside Police',
    file: 'humberside_clean.csv',
    county: 'humberside',
    populationCounty: 'humberside',
    columns: STANDARD_COLUMNS,
  },
  {
    id: 'kent',
    name: 'Kent Police',
    file: 'kent_clean.csv',
    county: 'kent',
    populationCounty: 'kent',
    columns: STANDARD_COLUMNS,
  },
  {
    id: 'lancashire',
    name: 'Lancashire Constabulary',
    file: 'lancashire_clean.csv',
    county: 'lancashire',
    populationCounty: 'lancashire',
    columns: STANDARD_COLUMNS,
  },
  {
    id: 'leicestershire',
    name: 'Leicestershire Police',
    file: 'leicestershire_clean.csv',
    county: 'leicestershire',
    populationCounty: 'leicestershire',
    columns: STANDARD_COLUMNS,
  },
  {
    id: 'lincolnshire',
    name: 'Lincolnshire Police',
    file: 'lincolnshire_clean.csv',
    county: 'lincolnshire',
    populationCounty: 'lincolnshire',
    columns: STANDARD_COLUMNS,
  },
  {
    id: 'london',
    name: 'Metropolitan Police Service',
    file: 'london_clean.csv',
    county: 'london',
    populationCounty: 'london',
    columns: STANDARD_COLUMNS,
  },
  {
    id: 'manchester',
    name: 'Greater Manchester Police',
    file: 'manchester_clean.csv',
    county: 'manchester',
    populationCounty: 'manchester',
    columns: STANDARD_COLUMNS,
  },
  {
    id: 'merseyside',
    name: 'Merseyside Police',
    file: 'merseyside_clean.csv',
    county: 'merseyside',
    populationCounty: 'merseyside',
    columns: STANDARD_COLUMNS,
  },
  {
    id: 'norfolk',
    name: 'Norfolk Constabulary',
    file: 'norfolk_clean.csv',
    county: 'norfolk',
    populationCounty: 'norfolk',
    columns: STANDARD_COLUMNS,
  },
  {
    id: 'south-yorkshire',
    name: 'South Yorkshire Police',
    file: 'south-yorkshire_clean.csv',
    county: 'south-yorkshire',
    populationCounty: 'south-yorkshire',
    columns: STANDARD_COLUMNS,
  },
  {
    id: 'staffordshire',
    name: 'Staffordshire Police',
    file: 'staffordshire_clean.csv',
    county: 'staffordshire',
    populationCounty: 'staffordshire',
    columns: STANDARD_COLUMNS,
  },
  {
    id: 'suffolk',
    name: 'Suffolk Constabulary',
    file: 'suffolk_clean.csv',
    county: 'suffolk',
    populationCounty: 'suffolk',
    columns: STANDARD_COLUMNS,
  },
  {
    id: 'surrey',
    name: 'Surrey Police',
    file: 'surrey_clean.csv',
    county: 'surrey',
    populationCounty: 'surrey',
    columns: STANDARD_COLUMNS,
  },
  // No muslim_crimes column, as published: the force's Islamophobic counts are missing, not 0.
  {
    id: 'thames-valley',
    name: 'Thames Valley Police',
    file: 'thames-valley_clean.csv',
    county: 'thames-valley',
    populationCounty: 'thames-valley',
    columns: ['date', 'hate_crimes', 'county'],
  },
  // The file is named *_crimes_clean.csv, as published.
  {
    id: 'warwickshire',
    name: 'Warwickshire Police',
    file: 'warwickshire_crimes_clean.csv',
    county: 'warwickshire',
    populationCounty: 'warwickshire',
    columns: STANDARD_COLUMNS,
  },
  // Named *_crimes_clean.csv; its rows, and the population file, spell the county “west_marcia”, as published.
  {
    id: 'west-mercia',
    name: 'West Mercia Police',
    file: 'west_mercia_crimes_clean.csv',
    county: 'west_marcia',
    populationCounty: 'west_marcia',
    columns: STANDARD_COLUMNS,
  },
  {
    id: 'west-midlands',
    name: 'West Midlands Police',
    file: 'west_midlands_clean.csv',
    county: 'west_midlands',
    populationCounty: 'west_midlands',
    columns: STANDARD_COLUMNS,
  },
  {
    id: 'west-yorkshire',
    name: 'West Yorkshire Police',
    file: 'west_yorkshire_clean.csv',
    county: 'west_yorkshire',
    populationCounty: 'west_yorkshire',
    columns: STANDARD_COLUMNS,
  },
];

import type { Resource } from '../../src/data/schemas/dataPackage';

type Licence = Resource['licenses'][number];

/** Open Government Licence v3.0 (Home Office tables). */
export const OGL3: Licence = {
  name: 'OGL-UK-3.0',
  title: 'Open Government Licence v3.0',
  path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
};

/** Open Government Licence v2.0 (London Datastore, MPS recorded crime). */
export const OGL2: Licence = {
  name: 'OGL-UK-2.0',
  title: 'Open Government Licence v2.0',
  path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/2/',
};

/** Public domain: a work of the US federal government (FBI hate crime data). */
export const US_GOVERNMENT_WORK: Licence = {
  name: 'other-pd',
  title: 'Public domain: work of the US federal government',
};

/** Figures and short quotations cited from named publishers. */
export const CITED: Licence = {
  name: 'cited-figures',
  title: 'Figures and short quotations cited from the publishers named in sources',
};

/**
 * CC0 1.0, as shown for the police forces' FOI returns (Harvard Dataverse's default for deposited data): the dataset's
 * own terms page could not be checked, so the title says so; always cite the article and the Dataverse DOI.
 */
export const CC0_DATAVERSE_UNVERIFIED: Licence = {
  name: 'CC0-1.0',
  title: 'CC0 1.0 (Dataverse default; not verified)',
  path: 'https://creativecommons.org/publicdomain/zero/1.0/',
};

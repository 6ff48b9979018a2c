/** The citations of a view, from its metadata: plain text, BibTeX, CITATION.cff and RIS. */
export { shortVersion } from './citationParts';
export { citeBibtex } from './citeBibtex';
export { citeCff } from './citeCff';
export { citePlain } from './citePlain';
export { citeRis } from './citeRis';

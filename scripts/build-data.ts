import { resolve } from 'node:path';
import { writeDataFiles } from './data/build';
import { REPO_ROOT } from './data/rawFiles';
import { pruneVersion } from './data/versions';

/**
 * `npm run data [-- --check | --prune <version>]`: derives data/ from the raw public files, keeping the version it
 * replaces under data/versions/; --check fails if data/ is out of date; --prune removes a kept version.
 */
const check = process.argv.includes('--check');
const prune = process.argv.indexOf('--prune');
const started = performance.now();
try {
  if (prune >= 0) {
    pruneVersion(resolve(REPO_ROOT, 'data'), process.argv[prune + 1] ?? '');
    console.log(`removed data/versions/${process.argv[prune + 1] ?? ''}`);
    process.exit(0);
  }
  const changed = writeDataFiles(resolve(REPO_ROOT, 'data'), check);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (check && changed.length > 0) {
    console.error(`data/ is out of date (run npm run data): ${changed.join(', ')}`);
    process.exit(1);
  }
  console.log(
    `${check ? 'checked' : 'wrote'} data/ in ${seconds} s; ${changed.length === 0 ? 'no file changed' : `changed: ${changed.join(', ')}`}`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

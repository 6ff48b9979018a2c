import { resolve } from 'node:path';
import { writeDataFiles } from './data/build';
import { REPO_ROOT } from './data/rawFiles';

/** `npm run data [-- --check]`: derives data/ from the raw public files; --check fails if data/ is out of date. */
const check = process.argv.includes('--check');
const started = performance.now();
try {
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

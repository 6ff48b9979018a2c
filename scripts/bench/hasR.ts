import { spawnSync } from 'node:child_process';

/** Returns true when `Rscript` runs on this machine (R and r-cran-surveillance from Debian's packages). */
export function hasR(): boolean {
  return spawnSync('Rscript', ['--version'], { stdio: 'ignore' }).status === 0;
}

import { type ChildProcess, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

// `npm run test:stress [-- --compare] [-- --per-core N]`: runs the README's test command (`npm test`) while every
// core is kept busy by other processes (N node busy-loops per core, 2 by default), and prints its wall time.
// With --compare it first runs the same command on the quiet machine, so both wall times come from one run.

/** Returns the value after a flag in argv, or the fallback. */
function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at < 0 ? NaN : Number(process.argv[at + 1]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Starts `count` processes that each keep one core busy until killed. */
function startBusyLoops(count: number): ChildProcess[] {
  return Array.from({ length: count }, () =>
    spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
  );
}

/** Runs `npm test` with the output shown, and returns its exit code and wall time in seconds. */
function runTests(): Promise<{ code: number; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['test'], { stdio: 'inherit' });
    child.on('exit', (code) => resolve({ code: code ?? 1, seconds: (performance.now() - started) / 1000 }));
  });
}

const cores = availableParallelism();
const perCore = option('--per-core', 2);
const results: string[] = [];

if (process.argv.includes('--compare')) {
  const quiet = await runTests();
  results.push(`quiet machine: npm test exited ${quiet.code} in ${quiet.seconds.toFixed(0)} s`);
  if (quiet.code !== 0) {
    console.log(results.join('\n'));
    process.exit(quiet.code);
  }
}

const loops = startBusyLoops(cores * perCore);
const stop = () => loops.forEach((loop) => loop.kill('SIGKILL'));
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});
const loaded = await runTests();
stop();
results.push(
  `busy machine (${loops.length} busy-loop processes on ${cores} cores): npm test exited ${loaded.code} ` +
    `in ${loaded.seconds.toFixed(0)} s`,
);
console.log(results.join('\n'));
process.exit(loaded.code);

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli, runCliAsync } from './runCli';

// What the commands throw is set by each test: the boundary in main must turn any error into one line and exit 2.
const thrown = vi.hoisted(() => ({ value: undefined as unknown }));

vi.mock('../../../scripts/cli/detect', () => ({
  detectCommand: () => {
    throw thrown.value;
  },
}));
vi.mock('../../../scripts/cli/figure', () => ({
  figureCommand: () => Promise.reject(thrown.value),
}));

describe('main(argv, io) at the boundary: an error that is not bad input', () => {
  beforeEach(() => {
    thrown.value = undefined;
  });

  it.each([
    [
      new RangeError('Invalid array length'),
      'backlash: detect: could not complete: RangeError: Invalid array length\n',
    ],
    [
      new TypeError("Cannot read properties of undefined (reading 'x')"),
      "backlash: detect: could not complete: TypeError: Cannot read properties of undefined (reading 'x')\n",
    ],
    [new Error('plain'), 'backlash: detect: could not complete: plain\n'],
    ['a string', 'backlash: detect: could not complete: a string\n'],
    [42, 'backlash: detect: could not complete: 42\n'],
  ] as const)('detect throwing %s prints one line, no stack, and exits 2', (error, stderr) => {
    thrown.value = error;
    expect(runCli(['detect', '--input', 'x.csv'])).toEqual({ code: 2, stdout: '', stderr });
  });

  it('keeps the message on one line, escapes control characters and shortens a long one', () => {
    thrown.value = new RangeError(`line one\nline two\r\n\u001b[31mred${'x'.repeat(2000)}`);
    const run = runCli(['detect']);
    expect(run.stderr).toMatch(
      /^backlash: detect: could not complete: RangeError: line one line two \\u001b\[31mredx+…\n$/,
    );
    expect(run.stderr.length).toBeLessThan(600);
    expect(run.stderr).not.toContain('    at ');
    expect(run.code).toBe(2);
  });

  it('catches an object whose conversion to text throws', () => {
    thrown.value = {
      toString() {
        throw new Error('no');
      },
    };
    expect(runCli(['detect']).stderr).toBe(
      'backlash: detect: could not complete: an error that cannot be shown\n',
    );
  });

  it('escapes terminal codes in a message of bad input too, and keeps its lines', () => {
    expect(runCli(['\u001b[2Jwipe'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'backlash: unknown command “\\u001b[2Jwipe” (commands: detect, spike, figure; see --help)\n',
    });
  });

  it('catches a rejection of the asynchronous figure command the same way', async () => {
    thrown.value = new TypeError('fetch failed');
    expect(await runCliAsync(['figure', '--view', 'x'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'backlash: figure: could not complete: TypeError: fetch failed\n',
    });
  });
});

import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** The header every fixture file of scripts/r/detection-fixtures.R carries. */
export interface FixtureFile<Case> {
  readonly description: string;
  readonly r: string;
  readonly surveillance: string;
  readonly generatedBy: string;
  readonly cases: readonly Case[];
}

/** Returns a parsed fixture file from tests/fixtures/r/. */
export function readFixture<Case>(name: string): FixtureFile<Case> {
  const url = new URL(`../../fixtures/r/${name}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as FixtureFile<Case>;
}

/** Returns the named case, failing the test when it is absent. */
export function caseNamed<Case extends { readonly name: string }>(
  cases: readonly Case[],
  name: string,
): Case {
  const found = cases.find((c) => c.name === name);
  if (found === undefined) throw new Error(`no fixture case named ${name}`);
  return found;
}

/** Asserts a number equals R's to 1e-6 (relative above 1), or that both are missing (R's NA). */
export function expectCloseToR(
  actual: number | null | undefined,
  expected: number | null,
  what: string,
): void {
  if (expected === null) {
    expect(actual, what).toBeNull();
    return;
  }
  expect(actual, what).not.toBeNull();
  expect(Math.abs((actual ?? NaN) - expected), what).toBeLessThanOrEqual(
    1e-6 * Math.max(1, Math.abs(expected)),
  );
}

/** Asserts a probability equals R's to 1e-6 relative (tiny tails included), or both are missing. */
export function expectProbabilityCloseToR(
  actual: number | null | undefined,
  expected: number | null,
  what: string,
): void {
  expectCloseToR(actual, expected, what);
  if (expected !== null && expected > 0)
    expect(Math.abs((actual ?? NaN) - expected) / expected, what).toBeLessThanOrEqual(1e-6);
}

import { type MethodName, type ParamValues, runMethod } from '../../core/detection/methods';
import type { DetectionRow } from '../../core/detection/types';

/** A method's rows on a plotted series, or why it gave none, in words for the reader. */
export type DetectionOutcome =
  | { readonly kind: 'ok'; readonly rows: readonly DetectionRow[]; readonly used: ParamValues }
  | { readonly kind: 'problem'; readonly message: string };

/** Returns the method's rows over counts and their dates (period keys), or a sentence saying why there are none. */
export function runDetection(
  method: MethodName,
  params: ParamValues,
  counts: readonly (number | null)[],
  dates: readonly string[],
): DetectionOutcome {
  const result = runMethod(method, counts, dates, params);
  switch (result.kind) {
    case 'ok':
      return { kind: 'ok', rows: result.rows, used: result.params };
    case 'invalid-params':
      return { kind: 'problem', message: result.issues.map((i) => `${i.param}: ${i.message}`).join('; ') };
    case 'insufficient-data':
      return {
        kind: 'problem',
        message: `Too little data for this method: it needs ${result.need} points, the series has ${result.have}.`,
      };
    case 'zero-variance':
      return {
        kind: 'problem',
        message: 'The reference counts do not vary, so this method cannot set a bound.',
      };
    case 'not-available':
    case 'unsuitable-series':
      return { kind: 'problem', message: result.message };
  }
}

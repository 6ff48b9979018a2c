import { type MethodName, methodNamed, type ParamValues } from './methods';
import type { MethodResult } from './methods';
import type { DetectionRow } from './types';

/** Returns "EARS C2: baseline = 7, alpha = 0.001, …; as R’s surveillance::earsC" with every value the run used. */
export function describeDetection(method: MethodName, used: ParamValues): string {
  const definition = methodNamed(method);
  if (definition === undefined) return method;
  const values = definition.params.map(
    (spec) => `${spec.name} = ${used[spec.name] === null ? 'auto' : String(used[spec.name])}`,
  );
  const reference = definition.reference === null ? '' : `; as R’s ${definition.reference}`;
  return `${definition.label}: ${values.join(', ')}${reference}`;
}

/** A method's rows on a series, or why it gave none, in words for a reader. */
export type DetectionOutcome =
  | { readonly kind: 'ok'; readonly rows: readonly DetectionRow[]; readonly used: ParamValues }
  | { readonly kind: 'problem'; readonly message: string };

/** Returns a method's result as rows, or as a sentence saying why there are none. */
export function detectionOutcome(result: MethodResult): DetectionOutcome {
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

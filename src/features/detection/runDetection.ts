import { type DetectionOutcome, detectionOutcome } from '../../core/detection/describeDetection';
import { type MethodName, type ParamValues, runMethod } from '../../core/detection/methods';

export type { DetectionOutcome } from '../../core/detection/describeDetection';

/** Returns the method's rows over counts and their dates (period keys), or a sentence saying why there are none. */
export function runDetection(
  method: MethodName,
  params: ParamValues,
  counts: readonly (number | null)[],
  dates: readonly string[],
): DetectionOutcome {
  return detectionOutcome(runMethod(method, counts, dates, params));
}

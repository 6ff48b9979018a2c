export { cusum } from './cusum';
export type { CusumOptions, CusumResult, CusumTransform } from './cusum';
export { earsC, firstComputableRow } from './ears';
export type { EarsMethod, EarsOptions, EarsResult } from './ears';
export { normalQuantile, normalUpperTail } from './normal';
export type {
  Counts,
  DatedCounts,
  DetectionFailure,
  DetectionRow,
  DetectionSeries,
  InsufficientData,
  ZeroVariance,
} from './types';

export { farringtonFlexible } from './farringtonFlexible';
export type { FarringtonResult, FarringtonRow, FarringtonRowReason } from './farringtonFlexible';
export type {
  FarringtonOptions,
  FarringtonPowerTransform,
  FarringtonThresholdMethod,
  ResolvedFarringtonOptions,
} from './options';

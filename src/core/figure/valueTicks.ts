import { formatValue } from './labels';
import type { Tick } from './types';

/** Returns a "nice" step (1, 2 or 5 × 10^k, whole for counts) giving about `target` steps up to `max`. */
export function niceStep(max: number, target: number, whole: boolean): number {
  const raw = max / Math.max(1, target);
  // The power of ten at or below raw, by exact multiplication (the engine's log10 may differ in its last bit).
  let power = 1;
  while (power > raw) power /= 10;
  while (power * 10 <= raw) power *= 10;
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw) ?? 10 * power;
  return whole ? Math.max(1, Math.round(step)) : step;
}

/** Returns the value axis from 0 to the first nice tick at or above `max`, with about `target` ticks. */
export function valueTicks(
  max: number,
  target: number,
  unit: 'count' | 'percent',
): { domain: readonly [number, number]; ticks: Tick[] } {
  const top = max > 0 ? max : 1;
  const step = niceStep(top, target, unit === 'count');
  const steps = Math.ceil(top / step - 1e-9);
  const ticks = Array.from({ length: steps + 1 }, (_, i) => {
    const value = Number((i * step).toPrecision(12));
    return { value, label: formatValue(value, unit) };
  });
  return { domain: [0, steps * step], ticks };
}

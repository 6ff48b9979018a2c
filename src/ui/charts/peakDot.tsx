import { ReferenceDot } from 'recharts';

/** Returns the dot and label that mark the highest point of a chart at category `x`. */
export function peakDot(x: string, y: number, label: string) {
  return (
    <ReferenceDot
      x={x}
      y={y}
      r={5}
      fill="#b03a2e"
      stroke="none"
      label={{ value: label, position: 'top', fontSize: 12, fontWeight: 600 }}
    />
  );
}

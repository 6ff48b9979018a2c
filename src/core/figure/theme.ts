/** The two colour schemes a figure can be drawn in. */
export type ThemeName = 'light' | 'dark';

/** The colours of a figure's marks and text. */
export interface ThemeColours {
  /** Behind the figure; 'none' leaves it transparent (the embed on a host page). */
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly axis: string;
  readonly observed: string;
  readonly expected: string;
  readonly band: string;
  readonly alarm: string;
  readonly event: string;
  readonly eventText: string;
  readonly shade: string;
  readonly peak: string;
}

/** Colours of both schemes; text contrast is at least 4.5:1 and marks 3:1 against the background. */
export const THEMES: Readonly<Record<ThemeName, ThemeColours>> = {
  light: {
    background: '#ffffff',
    text: '#1a1a1a',
    muted: '#595959',
    grid: '#e3e3e3',
    axis: '#767676',
    observed: '#1f4e79',
    expected: '#5c5c5c',
    band: '#a8c4e0',
    alarm: '#b03a2e',
    event: '#b03a2e',
    eventText: '#8a2a20',
    shade: '#d9d9d9',
    peak: '#b03a2e',
  },
  dark: {
    background: '#16181d',
    text: '#ececec',
    muted: '#b3b3b3',
    grid: '#33363d',
    axis: '#8f8f8f',
    observed: '#7fb2e5',
    expected: '#c2c2c2',
    band: '#2f4d6b',
    alarm: '#ff8a7a',
    event: '#ff8a7a',
    eventText: '#ffb3a8',
    shade: '#3a3d44',
    peak: '#ff8a7a',
  },
};

/** The one typeface of every figure: Source Sans 3 (OFL), bundled, so text has the same width everywhere. */
export const FONT_FAMILY = 'Source Sans 3';

/**
 * Returns the font-family list for text of a weight. The semibold file names its family "Source Sans 3 SemiBold":
 * a browser finds weight 600 through the @font-face rules of "Source Sans 3", resvg (PNGs) by that family name.
 */
export function fontFamilyFor(weight: number): string {
  return weight >= 600
    ? `'${FONT_FAMILY} SemiBold', '${FONT_FAMILY}', sans-serif`
    : `'${FONT_FAMILY}', sans-serif`;
}

/** Type sizes (px) and weights of a figure's text. */
export const TYPE = {
  title: { size: 18, weight: 600, line: 23 },
  subtitle: { size: 13, weight: 400, line: 17 },
  legend: { size: 12, weight: 400, line: 16 },
  tick: { size: 12, weight: 400, line: 14 },
  event: { size: 11, weight: 400, line: 14 },
  annotation: { size: 12, weight: 600, line: 14 },
  note: { size: 11, weight: 400, line: 14 },
} as const;

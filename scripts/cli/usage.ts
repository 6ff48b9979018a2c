import { DETECTION_METHODS } from '../../src/core/detection/methods';
import type { ParamSpec } from '../../src/core/detection/params';
import { describeRange } from '../../src/core/detection/params';
import { MAX_COUNT } from '../../src/core/stats/countLimit';
import { MAX_LINE_CHARS, MAX_ROWS } from './inputLimits';

/** Returns the `backlash --help` text, with every method and its parameters from the registry. */
export function usageText(): string {
  const methods = DETECTION_METHODS.map((method) => {
    const status = method.available ? '' : ' (not available yet)';
    const params = method.params.map(
      (p) => `      ${p.name} = ${String(p.default)}: ${allowed(p)}. ${p.description}`,
    );
    return [`  ${method.name}${status}: ${method.description}`, ...params].join('\n');
  });
  return `Usage:
  backlash detect --method <method> --input <file.csv> [--param name=value ...] [--format csv|json]
  backlash spike --observed <count> --expected <mean> [--dispersion <phi>] [--confidence 0.95]
  backlash figure --view '<a view's query>' [--view …] [--views <file>] --format svg|png|csv|json|pack --out <file>
                  [--width 800] [--scale 1|2|4] [--theme light|dark] [--site <the site's address>]
  backlash --help

detect  reads a CSV file with a header naming "date" and "count" (other columns are ignored): one row per
        consecutive day (YYYY-MM-DD) or month (YYYY-MM), an empty count for a missing value. It prints one row
        per input row: date, observed, expected, upper, alarm, statistic, pValue (empty in CSV, null in JSON,
        where the row has too little history). --format csv (the default) or json. The file is read as a stream:
        at most ${MAX_ROWS.toLocaleString('en-GB')} rows after the header and ${MAX_LINE_CHARS.toLocaleString('en-GB')} characters a line, counts from 0 to
        ${MAX_COUNT.toLocaleString('en-GB')}, UTF-8 text.
spike   prints the ratio, excess, exact Poisson p-value, mid-p, and exact (Garwood) count and ratio intervals
        of one count against an expected value, as JSON; with --dispersion phi (variance / mean, >= 1) also
        the negative-binomial tail. Counts and expected values up to ${MAX_COUNT.toLocaleString('en-GB')}, phi up to 100.
figure  writes the figure of a view (the query of a link to the dashboard, e.g. 'view=us&us.res=day'), the same
        bytes as the page's download: svg, png (--scale), csv, json, or a pack (a ZIP with all of them, a README
        and the citation). Several --view (or a --views file, one per line) write into the --out folder.

Bad input (unknown command, method or parameter, a value out of its range, an unreadable file or a bad row) is
reported on standard error with exit code 2, naming the file, row and field or the parameter, its range and value.

Methods and their parameters (name = default: allowed values):
${methods.join('\n')}
`;
}

function allowed(spec: ParamSpec): string {
  switch (spec.type) {
    case 'boolean':
      return 'true or false';
    case 'choice':
      return spec.choices.map((c) => c.value).join(', ');
    default:
      return describeRange(spec);
  }
}

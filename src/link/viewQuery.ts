import * as z from 'zod/mini';
import { isMethodName, type MethodName, methodNamed, type ParamValues } from '../core/detection/methods';
import { parseParam } from '../core/detection/params';
import { RESOLUTIONS, type Resolution } from '../core/series/periods';
import {
  measureSchema,
  nameSchema,
  passes,
  resolutionSchema,
  switchSchema,
  usDaySchema,
} from './querySchemas';
import { readPageFrame, type Reject, type ViewIssue } from './pageLink';
import {
  DEFAULT_US_VIEW,
  type PageState,
  US_FIRST_DAY,
  US_LAST_DAY,
  type UsView,
  type View,
} from '../core/view/view';
import { fixedView, VIEW_NAMES, viewNameOf } from './viewName';

export type { ViewIssue } from './pageLink';

/** `us.method=`: a detection method's name. */
const methodSchema = z.string().check(z.refine(isMethodName));

/** Returns the view a query string names (`view=us&us.res=day…`), and every value it could not use, with why. */
export function parseView(query: string): { readonly view: View; readonly issues: readonly ViewIssue[] } {
  const issues: ViewIssue[] = [];
  const reject: Reject = (param, value, message, used) => issues.push({ param, value, message, used });
  const { name, known, given } = viewNameOf(query);
  if (!known) reject('view', given, `expected one of ${VIEW_NAMES.join(', ')}`, 'the US series');
  if (name !== 'us') return { view: fixedView(name, query), issues };
  return { view: readUsView(new URLSearchParams(query), reject), issues };
}

/**
 * Returns the dashboard's state from its address: the US chart's view (its `us.*` values), London's area, whether
 * the US filter is open, and the panel a link points to (`view=`), with every value that could not be used.
 */
export function parsePage(query: string): {
  readonly state: PageState;
  readonly issues: readonly ViewIssue[];
} {
  const search = new URLSearchParams(query);
  const issues: ViewIssue[] = [];
  const reject: Reject = (param, value, message, used) => issues.push({ param, value, message, used });
  const frame = readPageFrame(search, reject);
  return { state: { ...frame, us: readUsView(search, reject) }, issues };
}

/** Returns the US view a link's `us.*` values describe, each validated by its schema, rejecting what fails. */
function readUsView(search: URLSearchParams, reject: Reject): UsView {
  const get = (key: string) => search.get(key);
  const resolutionText = get('us.res') ?? DEFAULT_US_VIEW.resolution;
  const resolution = passes(resolutionSchema, resolutionText)
    ? (resolutionText as Resolution)
    : (reject('us.res', resolutionText, `expected one of ${RESOLUTIONS.join(', ')}`, 'months'), 'month');
  const measureText = get('us.measure') ?? 'count';
  const measure = passes(measureSchema, measureText)
    ? (measureText as UsView['measure'])
    : (reject('us.measure', measureText, 'expected count or share', 'counts'), 'count');
  const day = (key: string, fallback: string) => {
    const text = get(key);
    if (text === null) return fallback;
    if (passes(usDaySchema, text)) return text;
    reject(key, text, `expected a day YYYY-MM-DD from ${US_FIRST_DAY} to ${US_LAST_DAY}`, fallback);
    return fallback;
  };
  const from = day('us.from', US_FIRST_DAY);
  let to = day('us.to', US_LAST_DAY);
  if (to < from) {
    reject('us.to', to, `expected a day on or after us.from (${from})`, US_LAST_DAY);
    to = US_LAST_DAY;
  }
  const methodText = get('us.method');
  const method =
    methodText === null || methodText === ''
      ? null
      : passes(methodSchema, methodText)
        ? (methodText as MethodName)
        : (reject('us.method', methodText, 'no such method', 'no baseline'), null);
  const params: Record<string, ParamValues[string]> = {};
  const paramsText = get('us.params') ?? '';
  if (method !== null)
    for (const pair of paramsText.split(';').filter((part) => part !== '')) {
      const equals = pair.indexOf('=');
      const key = equals < 0 ? pair : pair.slice(0, equals);
      const spec = methodNamed(method)?.params.find((p) => p.name === key);
      if (spec === undefined) {
        reject(`us.params`, pair, `${method} has no parameter “${key}”`, 'nothing');
        continue;
      }
      const parsed = parseParam(spec, equals < 0 ? '' : pair.slice(equals + 1));
      if (parsed.kind === 'ok') params[key] = parsed.value;
      else reject(`us.params`, pair, `${key}: ${parsed.message}`, 'the default');
    }
  else if (paramsText !== '')
    reject('us.params', paramsText, 'parameters need a method (us.method)', 'nothing');
  const name = (key: string) => {
    const text = get(key);
    if (text === null || text === '') return null;
    if (passes(nameSchema, text)) return text;
    reject(key, text, 'expected a name of at most 200 characters', 'all');
    return null;
  };
  const singleText = get('us.single');
  if (singleText !== null && !passes(switchSchema, singleText))
    reject('us.single', singleText, 'expected 1 or 0', 'single- and multi-bias');
  return {
    view: 'us',
    resolution,
    measure,
    from,
    to,
    method,
    params,
    filter: { state: name('us.state'), offence: name('us.offence'), singleBiasOnly: singleText === '1' },
  };
}

import { isIsoDay } from '../dates';
import { isMethodName, methodNamed } from '../detection/methods';
import type { ParamValues } from '../detection/methods';
import { parseParam } from '../detection/params';
import { RESOLUTIONS, type Resolution } from '../series/periods';
import { DEFAULT_US_VIEW, US_FIRST_DAY, US_LAST_DAY, type View } from './view';
import { monthlyView, VIEW_NAMES, viewNameOf } from './viewName';

/** A value of a link that could not be used: which parameter, what it said, what is expected, what was used instead. */
export interface ViewIssue {
  readonly param: string;
  readonly value: string;
  readonly message: string;
  readonly used: string;
}

/** Returns the view a query string names (`view=us&us.res=day…`), and every value it could not use, with why. */
export function parseView(query: string): { readonly view: View; readonly issues: readonly ViewIssue[] } {
  const search = new URLSearchParams(query);
  const issues: ViewIssue[] = [];
  const get = (key: string) => search.get(key);
  const reject = (param: string, value: string, message: string, used: string) =>
    issues.push({ param, value, message, used });
  const { name, known, given } = viewNameOf(query);
  if (!known) reject('view', given, `expected one of ${VIEW_NAMES.join(', ')}`, 'the US series');
  if (name !== 'us') return { view: monthlyView(name, query), issues };

  const resolutionText = get('us.res') ?? DEFAULT_US_VIEW.resolution;
  const resolution = (RESOLUTIONS as readonly string[]).includes(resolutionText)
    ? (resolutionText as Resolution)
    : (reject('us.res', resolutionText, `expected one of ${RESOLUTIONS.join(', ')}`, 'months'), 'month');
  const measureText = get('us.measure') ?? 'count';
  const measure =
    measureText === 'count' || measureText === 'share'
      ? measureText
      : (reject('us.measure', measureText, 'expected count or share', 'counts'), 'count');
  const day = (key: string, fallback: string) => {
    const text = get(key);
    if (text === null) return fallback;
    if (isIsoDay(text) && text >= US_FIRST_DAY && text <= US_LAST_DAY) return text;
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
      : isMethodName(methodText)
        ? methodText
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
  return {
    view: {
      view: 'us',
      resolution,
      measure,
      from,
      to,
      method,
      params,
      filter: {
        state: get('us.state') || null,
        offence: get('us.offence') || null,
        singleBiasOnly: get('us.single') === '1',
      },
    },
    issues,
  };
}

import {
  isMethodName,
  type MethodName,
  methodNamed,
  type ParamIssue,
  type ParamValues,
} from '../../core/detection/methods';
import { parseParam } from '../../core/detection/params';

/** A method and the parameter values a reader set (the others take their defaults). */
export interface DetectionSettings {
  readonly method: MethodName | null;
  readonly params: ParamValues;
  /** Values in the URL that could not be used, with why. */
  readonly issues: readonly ParamIssue[];
}

/** Returns the settings written in the URL as `method` and `params` (`name=value;name=value`). */
export function parseDetectionSettings(methodText: string, paramsText: string): DetectionSettings {
  if (!isMethodName(methodText)) return { method: null, params: {}, issues: [] };
  const method = methodNamed(methodText);
  const params: Record<string, ParamValues[string]> = {};
  const issues: ParamIssue[] = [];
  for (const pair of paramsText.split(';').filter((part) => part.includes('='))) {
    const [name = '', text = ''] = pair.split('=');
    const spec = method?.params.find((p) => p.name === name);
    if (spec === undefined) {
      issues.push({ param: name, message: 'this method has no such parameter' });
      continue;
    }
    const parsed = parseParam(spec, text);
    if (parsed.kind === 'ok') params[name] = parsed.value;
    else issues.push({ param: parsed.param, message: parsed.message });
  }
  return { method: methodText, params, issues };
}

/** Returns parameter values as the URL writes them: `name=value;name=value`, in the method's order. */
export function formatDetectionParams(method: MethodName, params: ParamValues): string {
  const specs = methodNamed(method)?.params ?? [];
  return specs
    .filter((spec) => Object.hasOwn(params, spec.name))
    .map((spec) => `${spec.name}=${String(params[spec.name])}`)
    .join(';');
}

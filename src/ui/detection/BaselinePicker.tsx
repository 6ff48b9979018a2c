import { useId, useState } from 'react';
import {
  DETECTION_METHODS,
  type MethodName,
  methodNamed,
  type ParamLimit,
  type ParamValues,
} from '../../core/detection/methods';
import { checkLimit, type SeriesShape } from '../../core/detection/paramLimits';
import { type ParamSpec, type ParamValue, parseParam } from '../../core/detection/params';

interface BaselinePickerProps {
  readonly method: MethodName | null;
  readonly params: ParamValues;
  /** Values the page sets for this series (e.g. Farrington's rows per year for weeks), used for the limits. */
  readonly implied?: ParamValues;
  /** The shape of the series the method runs on: it sets how large each parameter may be. */
  readonly shape: SeriesShape;
  /** Called with the new method (null: none) and the parameter values the reader set. */
  readonly onChange: (method: MethodName | null, params: ParamValues) => void;
  readonly disabledReason?: string | null;
}

/** A select of every baseline method and a field for each of its parameters. */
export function BaselinePicker({
  method,
  params,
  implied = {},
  shape,
  onChange,
  disabledReason = null,
}: BaselinePickerProps) {
  const definition = method === null ? undefined : methodNamed(method);
  const limits = definition?.limitsOn(shape, { ...implied, ...params }) ?? {};
  return (
    <fieldset className="baseline-picker" disabled={disabledReason !== null}>
      <legend>Baseline and alarms</legend>
      <label className="control">
        Method{' '}
        <select
          value={method ?? ''}
          onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as MethodName), {})}
        >
          <option value="">None</option>
          {DETECTION_METHODS.map((m) => (
            <option key={m.name} value={m.name} disabled={!m.available}>
              {m.label}
              {m.available ? '' : ' (not ported yet)'}
            </option>
          ))}
        </select>
      </label>
      {disabledReason !== null && <p className="panel-note">{disabledReason}</p>}
      {definition && <p className="panel-note">{definition.description}</p>}
      {definition?.params.map((spec) => (
        <ParamField
          key={spec.name}
          spec={spec}
          limit={limits[spec.name]}
          value={Object.hasOwn(params, spec.name) ? (params[spec.name] ?? null) : spec.default}
          onChange={(value) => onChange(definition.name, { ...params, [spec.name]: value })}
        />
      ))}
    </fieldset>
  );
}

/** Returns null when the text is a value the parameter can take on this series, else what is wrong with it. */
function draftProblem(spec: ParamSpec, text: string, limit: ParamLimit | undefined): string | null {
  const parsed = parseParam(spec, text);
  if (parsed.kind !== 'ok') return parsed.message;
  return checkLimit(spec, parsed.value, limit);
}

function ParamField({
  spec,
  limit,
  value,
  onChange,
}: {
  spec: ParamSpec;
  limit: ParamLimit | undefined;
  value: ParamValue;
  onChange: (v: ParamValue) => void;
}) {
  const label = `${spec.label} (${spec.name})`;
  const errorId = useId();
  // A number field keeps what is being typed; only a value the parameter can take on this series reaches the
  // URL, so nothing runs with a value out of range.
  const [draft, setDraft] = useState<string | null>(null);
  if (spec.type === 'boolean') {
    return (
      <label className="control" title={spec.description}>
        <input type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />{' '}
        {label}
      </label>
    );
  }
  if (spec.type === 'choice') {
    return (
      <label className="control" title={spec.description}>
        {label}{' '}
        <select value={String(value)} onChange={(e) => onChange(e.target.value)}>
          {spec.choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
    );
  }
  const problem = draft === null ? null : draftProblem(spec, draft, limit);
  const max = limit === undefined ? spec.max : Math.min(limit.max, spec.max ?? Infinity);
  return (
    <label className="control" title={spec.description}>
      {label}{' '}
      <input
        type="number"
        value={draft ?? (value === null ? '' : String(value))}
        placeholder={spec.nullLabel ?? ''}
        min={spec.min}
        max={max}
        step={spec.type === 'integer' ? 1 : 'any'}
        aria-invalid={problem !== null}
        aria-describedby={problem === null ? undefined : errorId}
        onChange={(e) => {
          setDraft(e.target.value);
          const parsed = parseParam(spec, e.target.value);
          if (parsed.kind === 'ok' && draftProblem(spec, e.target.value, limit) === null)
            onChange(parsed.value);
        }}
        onBlur={() => {
          if (problem === null) setDraft(null);
        }}
      />
      {problem !== null && (
        <span id={errorId} role="alert" className="field-error">
          {spec.name}: {problem}; the chart keeps {value === null ? 'the automatic value' : String(value)}.
        </span>
      )}
    </label>
  );
}

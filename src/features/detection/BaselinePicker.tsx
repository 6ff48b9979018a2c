import { useState } from 'react';
import {
  DETECTION_METHODS,
  type MethodName,
  methodNamed,
  type ParamValues,
} from '../../core/detection/methods';
import { type ParamSpec, type ParamValue, parseParam } from '../../core/detection/params';

interface BaselinePickerProps {
  readonly method: MethodName | null;
  readonly params: ParamValues;
  /** Called with the new method (null: none) and the parameter values the reader set. */
  readonly onChange: (method: MethodName | null, params: ParamValues) => void;
  readonly disabledReason?: string | null;
}

/** A select of every baseline method and a field for each of its parameters. */
export function BaselinePicker({ method, params, onChange, disabledReason = null }: BaselinePickerProps) {
  const definition = method === null ? undefined : methodNamed(method);
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
          value={Object.hasOwn(params, spec.name) ? (params[spec.name] ?? null) : spec.default}
          onChange={(value) => onChange(definition.name, { ...params, [spec.name]: value })}
        />
      ))}
    </fieldset>
  );
}

function ParamField({
  spec,
  value,
  onChange,
}: {
  spec: ParamSpec;
  value: ParamValue;
  onChange: (v: ParamValue) => void;
}) {
  const label = `${spec.label} (${spec.name})`;
  // A number field keeps what is being typed; only a value the parameter can take reaches the URL.
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
  return (
    <label className="control" title={spec.description}>
      {label}{' '}
      <input
        type="number"
        value={draft ?? (value === null ? '' : String(value))}
        placeholder={spec.nullLabel ?? ''}
        min={spec.min}
        max={spec.max}
        step={spec.type === 'integer' ? 1 : 'any'}
        aria-invalid={draft !== null && parseParam(spec, draft).kind !== 'ok'}
        onChange={(e) => {
          setDraft(e.target.value);
          const parsed = parseParam(spec, e.target.value);
          if (parsed.kind === 'ok') onChange(parsed.value);
        }}
        onBlur={() => setDraft(null)}
      />
    </label>
  );
}

import type { Option } from '../lib/catalogs-context';

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly Option[];
  emptyLabel: string;
  hint?: string | null;
  disabled?: boolean;
};

// A value in the address that the list does not hold (a stale or shared
// link) stays visible as its raw code instead of silently vanishing.
export function SelectField(props: Props) {
  const { id, label, value, onChange, options, emptyLabel, hint } = props;
  const unknown = value !== '' && !options.some((o) => o.value === value);
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={props.disabled}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{emptyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {unknown && <option value={value}>{value}</option>}
      </select>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

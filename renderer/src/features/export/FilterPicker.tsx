/** A compact multi-select for one export filter: the chosen values as removable chips, plus a picker. */
export function FilterPicker({
  label,
  options,
  labels,
  value,
  onChange,
}: {
  label: string;
  options: string[];
  labels?: Record<string, string>;
  value: string[];
  onChange(next: string[]): void;
}) {
  const left = options.filter((o) => !value.includes(o));
  const name = (v: string) => labels?.[v] ?? v;
  return (
    <div className="filter-picker">
      <label>
        {label}
        <select
          aria-label={label}
          value=""
          disabled={left.length === 0}
          onChange={(e) => {
            if (e.target.value) onChange([...value, e.target.value]);
          }}
        >
          <option value="">
            {left.length ? `Any ${label.toLowerCase()}` : `No ${label.toLowerCase()} to choose`}
          </option>
          {left.map((o) => (
            <option key={o} value={o}>
              {name(o)}
            </option>
          ))}
        </select>
      </label>
      {value.length > 0 && (
        <ul className="chips" aria-label={`${label} filter`}>
          {value.map((v) => (
            <li key={v}>
              {name(v)}
              <button
                type="button"
                aria-label={`Remove ${label.toLowerCase()} ${name(v)}`}
                onClick={() => onChange(value.filter((x) => x !== v))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export interface DateRangeProps {
  readonly from: string;
  readonly to: string;
  readonly onChange: (range: { readonly from: string; readonly to: string }) => void;
  /** Shown under the fields, e.g. "At most 31 days". */
  readonly hint?: string;
  readonly error?: string | undefined;
}

/** Two labelled date inputs (`YYYY-MM-DD`). */
export function DateRange({ from, to, onChange, hint, error }: DateRangeProps) {
  return (
    <fieldset class="date-range" aria-invalid={error ? true : undefined}>
      <legend>Period</legend>
      <label>
        From{' '}
        <input
          type="date"
          value={from}
          max={to}
          onChange={(event) => {
            onChange({ from: event.currentTarget.value, to });
          }}
        />
      </label>
      <label>
        To{' '}
        <input
          type="date"
          value={to}
          min={from}
          onChange={(event) => {
            onChange({ from, to: event.currentTarget.value });
          }}
        />
      </label>
      {hint ? <span class="hint">{hint}</span> : null}
      {error ? (
        <span class="error" role="alert">
          {error}
        </span>
      ) : null}
    </fieldset>
  );
}

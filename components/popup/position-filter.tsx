import { useId } from 'preact/hooks';

export interface PositionFilterProps {
  readonly value: string;
  readonly onInput: (text: string) => void;
  readonly onApply: () => void;
}

/** "CTO, Head of Sales": filters domain prospects by position (applied on Enter or the button). */
export function PositionFilter({ value, onInput, onApply }: PositionFilterProps) {
  const id = useId();
  return (
    <form
      class="row filter"
      role="search"
      aria-label="Filter prospects"
      onSubmit={(event) => {
        event.preventDefault();
        onApply();
      }}
    >
      <label for={id} class="sr-only">
        Positions
      </label>
      <input
        id={id}
        class="grow"
        type="search"
        value={value}
        placeholder="Positions, e.g. CTO, Head of Sales"
        aria-describedby={`${id}-hint`}
        onInput={(event) => {
          onInput(event.currentTarget.value);
        }}
      />
      <span id={`${id}-hint`} class="sr-only">
        Separate positions with commas.
      </span>
      <button type="submit" class="btn btn-small">
        Filter
      </button>
    </form>
  );
}

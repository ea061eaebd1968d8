import { useId } from 'preact/hooks';

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly type?: 'text' | 'password' | 'url' | 'email' | 'number';
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly placeholder?: string;
  readonly autoComplete?: string;
  readonly required?: boolean;
}

/** A labelled input; its hint and error are announced through aria-describedby. */
export function TextField(props: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [props.hint ? hintId : '', props.error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type={props.type ?? 'text'}
        value={props.value}
        placeholder={props.placeholder}
        autoComplete={props.autoComplete ?? 'off'}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy || undefined}
        spellcheck={false}
        onInput={(event) => {
          props.onInput(event.currentTarget.value);
        }}
      />
      {props.hint ? (
        <span id={hintId} class="hint">
          {props.hint}
        </span>
      ) : null}
      {props.error ? (
        <span id={errorId} class="error">
          {props.error}
        </span>
      ) : null}
    </div>
  );
}

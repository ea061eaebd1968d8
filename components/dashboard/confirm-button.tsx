import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../ui/button';

export interface ConfirmButtonProps {
  readonly label: string;
  /** The question, e.g. "Delete campaign “Q3”? This cannot be undone." */
  readonly question: string;
  readonly confirmLabel?: string;
  readonly busy?: boolean;
  readonly onConfirm: () => void;
}

/** A destructive action behind an explicit second step; focus moves to the question and back. */
export function ConfirmButton({
  label,
  question,
  confirmLabel = label,
  busy = false,
  onConfirm,
}: ConfirmButtonProps) {
  const [isAsking, setAsking] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (isAsking) box.current?.focus();
  }, [isAsking]);
  const cancel = () => {
    setAsking(false);
    opener.current?.focus();
  };
  if (!isAsking) {
    return (
      <button
        ref={opener}
        type="button"
        class="btn btn-danger"
        disabled={busy}
        aria-busy={busy}
        onClick={() => {
          setAsking(true);
        }}
      >
        {label}
      </button>
    );
  }
  return (
    <div
      ref={box}
      class="confirm"
      role="alertdialog"
      aria-label={question}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') cancel();
      }}
    >
      <p>{question}</p>
      <div class="row">
        <Button
          variant="danger"
          busy={busy}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </Button>
        <Button onClick={cancel}>Cancel</Button>
      </div>
    </div>
  );
}

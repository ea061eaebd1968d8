import { useState } from 'preact/hooks';
import type { StepContent } from '../../lib/messaging/protocol/outreach';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';
import { ConfirmButton } from './confirm-button';
import { EmailText } from './email-text';

export interface ContentValues {
  readonly subject: string;
  readonly body: string;
  readonly plainText: boolean;
  readonly usage: 'active' | 'pause';
}

export interface ContentEditorProps {
  /** e.g. "E-mail step 1, variant A". */
  readonly label: string;
  /** The written content, or null when the slot is still empty. */
  readonly content: StepContent | null;
  readonly busy: boolean;
  readonly onSave: (values: ContentValues, isNew: boolean) => void;
  readonly onDelete: () => void;
}

/** Views one content slot as text, and writes or edits it. */
export function ContentEditor({ label, content, busy, onSave, onDelete }: ContentEditorProps) {
  const [isEditing, setEditing] = useState(false);
  const [subject, setSubject] = useState(content?.subject ?? '');
  const [body, setBody] = useState(content?.body ?? '');
  const [plainText, setPlainText] = useState(content?.plain_text ?? false);
  const [error, setError] = useState<string | undefined>();
  if (content && !isEditing) {
    return (
      <article aria-label={label}>
        <p>
          <strong>{label}:</strong> {content.subject}{' '}
          <span class="pill pill-muted">{content.usage === 'active' ? 'In use' : 'Paused'}</span>
        </p>
        <EmailText html={content.body} isPlainText={content.plain_text} label={`${label} body`} />
        <div class="row">
          <Button
            onClick={() => {
              setEditing(true);
            }}
          >
            Edit {label}
          </Button>
          <ConfirmButton
            label={`Delete ${label}`}
            question={`Delete the content of ${label}?`}
            busy={busy}
            onConfirm={onDelete}
          />
        </div>
      </article>
    );
  }
  const submit = (event: Event) => {
    event.preventDefault();
    if (subject.trim() === '' || body.trim() === '') {
      setError('Give a subject and a body.');
      return;
    }
    setError(undefined);
    onSave({ subject, body, plainText, usage: 'active' }, content === null);
    setEditing(false);
  };
  return (
    <form aria-label={`${content ? 'Edit' : 'Write'} ${label}`} onSubmit={submit}>
      {content ? null : <p class="muted">{label} has no content yet.</p>}
      <TextField
        label={`Subject (${label})`}
        value={subject}
        onInput={setSubject}
        error={error}
        hint="Variables such as {{first_name}} are filled in by Snov.io."
      />
      <div class="field">
        <label for={`body-${label}`}>Body ({label})</label>
        <textarea
          id={`body-${label}`}
          rows={6}
          value={body}
          onInput={(event) => {
            setBody(event.currentTarget.value);
          }}
        />
        <span class="hint">Written as HTML or text; shown back here as text only.</span>
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={plainText}
          onChange={(event) => {
            setPlainText(event.currentTarget.checked);
          }}
        />{' '}
        Send as plain text
      </label>
      <div class="row">
        <Button type="submit" variant="primary" busy={busy}>
          Save {label}
        </Button>
        {content ? (
          <Button
            onClick={() => {
              setEditing(false);
            }}
          >
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}

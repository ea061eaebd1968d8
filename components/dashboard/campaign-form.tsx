import { useState } from 'preact/hooks';
import type { SnovList } from '../../lib/messaging/protocol';
import type { DoNotEmailList, Schedule, SenderAccountSummary } from '../../lib/messaging/protocol/outreach';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';
import { CampaignScheduleFields } from './campaign-schedule-fields';

export interface CampaignFormValues {
  readonly title: string;
  readonly priority: 'low' | 'medium' | 'high';
  readonly emailAccounts: readonly number[];
  readonly scheduleId: number | null;
  readonly trackOpens: boolean;
  readonly trackClicks: boolean;
  readonly listId: number | null;
  readonly doNotEmailListId: number | null;
  readonly emailSteps: number;
  readonly delayDays: number;
}

export interface CampaignFormProps {
  /** `create` also asks for the list, the do-not-email list and the sequence shape. */
  readonly mode: 'create' | 'edit';
  readonly initial: CampaignFormValues;
  readonly lists: readonly SnovList[];
  readonly senders: readonly SenderAccountSummary[];
  readonly schedules: readonly Schedule[];
  readonly doNotEmailLists: readonly DoNotEmailList[];
  readonly busy: boolean;
  readonly onSubmit: (values: CampaignFormValues) => void;
}

/** Creates a campaign, or edits its settings. */
export function CampaignForm(props: CampaignFormProps) {
  const [values, setValues] = useState(props.initial);
  const [errors, setErrors] = useState<{ title?: string; listId?: string; emailAccounts?: string }>({});
  const patch = (change: Partial<CampaignFormValues>) => {
    setValues((current) => ({ ...current, ...change }));
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const found = {
      ...(values.title.trim() === '' ? { title: 'Give the campaign a name.' } : {}),
      ...(props.mode === 'create' && values.listId === null ? { listId: 'Pick the list to send to.' } : {}),
      ...(values.emailAccounts.length === 0 ? { emailAccounts: 'Pick at least one sender account.' } : {}),
    };
    setErrors(found);
    if (Object.keys(found).length === 0) props.onSubmit(values);
  };
  return (
    <form
      class="form-grid"
      aria-label={props.mode === 'create' ? 'New campaign' : 'Campaign settings'}
      onSubmit={submit}
      noValidate
    >
      <TextField
        label="Campaign name"
        value={values.title}
        onInput={(title) => {
          patch({ title });
        }}
        error={errors.title}
        required
      />
      {props.mode === 'create' ? (
        <div class="field">
          <label for="campaign-list">Prospect list</label>
          <select
            id="campaign-list"
            value={values.listId ?? ''}
            aria-invalid={errors.listId ? true : undefined}
            aria-describedby={errors.listId ? 'campaign-list-error' : undefined}
            onChange={(event) => {
              patch({ listId: Number(event.currentTarget.value) || null });
            }}
          >
            <option value="">Choose a list…</option>
            {props.lists.map((list) => (
              <option key={list.id} value={list.id}>
                {list.name} ({list.contacts} prospects)
              </option>
            ))}
          </select>
          {errors.listId ? (
            <span id="campaign-list-error" class="error">
              {errors.listId}
            </span>
          ) : null}
        </div>
      ) : null}
      <fieldset class="field" aria-invalid={errors.emailAccounts ? true : undefined}>
        <legend>Sender accounts</legend>
        {props.senders.length === 0 ? (
          <p class="muted">No sender accounts yet: add one under Sender accounts.</p>
        ) : null}
        {props.senders.map((sender) => (
          <label key={sender.id} class="check">
            <input
              type="checkbox"
              checked={values.emailAccounts.includes(sender.id)}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                patch({
                  emailAccounts: checked
                    ? [...values.emailAccounts, sender.id]
                    : values.emailAccounts.filter((id) => id !== sender.id),
                });
              }}
            />{' '}
            {sender.sender_name} &lt;{sender.email_from}&gt;{sender.valid ? '' : ' (connection failing)'}
          </label>
        ))}
        {errors.emailAccounts ? <span class="error">{errors.emailAccounts}</span> : null}
      </fieldset>
      <CampaignScheduleFields
        mode={props.mode}
        values={values}
        schedules={props.schedules}
        doNotEmailLists={props.doNotEmailLists}
        onChange={patch}
      />
      <Button type="submit" variant="primary" busy={props.busy}>
        {props.mode === 'create' ? 'Create campaign' : 'Save settings'}
      </Button>
    </form>
  );
}

import type { DoNotEmailList, Schedule } from '../../lib/messaging/protocol/outreach';
import type { CampaignFormValues } from './campaign-form';

export interface CampaignScheduleFieldsProps {
  readonly mode: 'create' | 'edit';
  readonly values: CampaignFormValues;
  readonly schedules: readonly Schedule[];
  readonly doNotEmailLists: readonly DoNotEmailList[];
  readonly onChange: (change: Partial<CampaignFormValues>) => void;
}

const toId = (value: string): number | null => Number(value) || null;

/** Schedule, priority, tracking and (when creating) the sequence shape and do-not-email list. */
export function CampaignScheduleFields({
  mode,
  values,
  schedules,
  doNotEmailLists,
  onChange,
}: CampaignScheduleFieldsProps) {
  return (
    <>
      <div class="field">
        <label for="campaign-schedule">Sending schedule</label>
        <select
          id="campaign-schedule"
          value={values.scheduleId ?? ''}
          onChange={(event) => {
            onChange({ scheduleId: toId(event.currentTarget.value) });
          }}
        >
          <option value="">Snov.io default</option>
          {schedules.map((schedule) => (
            <option key={schedule.id} value={schedule.id}>
              {schedule.name}
              {schedule.timezone ? ` (${schedule.timezone})` : ''}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="campaign-priority">Priority</label>
        <select
          id="campaign-priority"
          value={values.priority}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onChange({ priority: value === 'low' || value === 'high' ? value : 'medium' });
          }}
        >
          <option value="low">Low</option>
          <option value="medium">Medium</option>
          <option value="high">High</option>
        </select>
      </div>
      <fieldset class="field">
        <legend>Tracking</legend>
        <label class="check">
          <input
            type="checkbox"
            checked={values.trackOpens}
            onChange={(event) => {
              onChange({ trackOpens: event.currentTarget.checked });
            }}
          />{' '}
          Track opens
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={values.trackClicks}
            onChange={(event) => {
              onChange({ trackClicks: event.currentTarget.checked });
            }}
          />{' '}
          Track link clicks
        </label>
      </fieldset>
      {mode === 'create' ? (
        <>
          <div class="field">
            <label for="campaign-dne">Do-not-email list</label>
            <select
              id="campaign-dne"
              value={values.doNotEmailListId ?? ''}
              onChange={(event) => {
                onChange({ doNotEmailListId: toId(event.currentTarget.value) });
              }}
            >
              <option value="">None</option>
              {doNotEmailLists.map((list) => (
                <option key={list.id} value={list.id}>
                  {list.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="campaign-steps">E-mail steps</label>
            <input
              id="campaign-steps"
              type="number"
              min={1}
              max={5}
              value={values.emailSteps}
              onInput={(event) => {
                onChange({ emailSteps: Math.min(5, Math.max(1, Number(event.currentTarget.value) || 1)) });
              }}
            />
          </div>
          <div class="field">
            <label for="campaign-delay">Days between e-mails</label>
            <input
              id="campaign-delay"
              type="number"
              min={1}
              max={30}
              value={values.delayDays}
              onInput={(event) => {
                onChange({ delayDays: Math.min(30, Math.max(1, Number(event.currentTarget.value) || 1)) });
              }}
            />
          </div>
        </>
      ) : null}
    </>
  );
}

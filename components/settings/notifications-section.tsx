import { useId } from 'preact/hooks';

export interface NotificationsSectionProps {
  readonly enabled: boolean;
  readonly intervalMinutes: number;
  readonly onChange: (value: { enabled: boolean; intervalMinutes: number }) => void;
}

const INTERVALS = [5, 15, 30, 60, 180, 720, 1440];

/** Reply notifications: on/off and how often to check the campaigns for replies. */
export function NotificationsSection({ enabled, intervalMinutes, onChange }: NotificationsSectionProps) {
  const id = useId();
  const options = INTERVALS.includes(intervalMinutes)
    ? INTERVALS
    : [...INTERVALS, intervalMinutes].sort((a, b) => a - b);
  return (
    <div>
      <label class="row">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(event) => {
            onChange({ enabled: event.currentTarget.checked, intervalMinutes });
          }}
        />
        Notify me when a prospect replies to a campaign
      </label>
      <div class="field">
        <label for={id}>Check for replies every</label>
        <select
          id={id}
          value={String(intervalMinutes)}
          disabled={!enabled}
          onChange={(event) => {
            onChange({ enabled, intervalMinutes: Number(event.currentTarget.value) });
          }}
        >
          {options.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {minutes < 60 ? `${minutes} minutes` : minutes === 60 ? '1 hour' : `${minutes / 60} hours`}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

import type { EmailInfo, UnknownReason } from '../../lib/messaging/protocol/dto';

export interface EmailStatusProps {
  /** Null or undefined: never verified. */
  readonly info: Pick<EmailInfo, 'status' | 'reason'> | null | undefined;
  /** True while a verification is queued or running. */
  readonly checking?: boolean;
}

const REASONS: Record<UnknownReason, string> = {
  catchall: 'catch-all server',
  greylist: 'greylisted',
  banned: 'server refuses checks',
  connection_error: 'server did not answer',
  hidden_by_owner: 'hidden by owner',
};

/** The status in words; colour only reinforces it (WCAG 1.4.1). */
export function emailStatusWords(info: EmailStatusProps['info']): string {
  if (!info) return 'Not verified';
  switch (info.status) {
    case 'valid':
      return 'Valid';
    case 'not_valid':
      return 'Not valid';
    case 'unknown':
      return info.reason ? `Unknown: ${REASONS[info.reason]}` : 'Unknown';
    case 'unverified':
      return 'Not verified';
  }
}

function tone(info: EmailStatusProps['info']): string {
  switch (info?.status) {
    case 'valid':
      return 'pill-ok';
    case 'not_valid':
      return 'pill-bad';
    case 'unknown':
      return 'pill-warn';
    case 'unverified':
    case undefined:
      return 'pill-muted';
  }
}

/** A coloured pill that always says the status in words. */
export function EmailStatus({ info, checking = false }: EmailStatusProps) {
  if (checking) {
    return (
      <span class="pill pill-muted" aria-busy="true">
        Checking…
      </span>
    );
  }
  return <span class={`pill ${tone(info)}`}>{emailStatusWords(info)}</span>;
}

import type { EmailInfo } from '../../lib/messaging/protocol/dto';
import { EmailStatus } from './email-status';

export interface EmailRowProps {
  readonly email: string;
  readonly info: EmailInfo | null | undefined;
  readonly checking?: boolean;
  readonly onCopy: (email: string) => void;
  /** Omit to hide the Verify button (e.g. already verified). */
  readonly onVerify?: ((email: string) => void) | undefined;
}

/** One address: click to copy, its status in words, and a Verify action. */
export function EmailRow({ email, info, checking = false, onCopy, onVerify }: EmailRowProps) {
  const isVerified = Boolean(info && info.status !== 'unverified');
  return (
    <li class="email-row">
      <button
        type="button"
        class="link-button email-address"
        aria-label={`Copy ${email}`}
        title="Copy to clipboard"
        onClick={() => {
          onCopy(email);
        }}
      >
        {email}
      </button>
      <EmailStatus info={info} checking={checking} />
      {onVerify && !isVerified && !checking ? (
        <button
          type="button"
          class="btn btn-small"
          aria-label={`Verify ${email}`}
          onClick={() => {
            onVerify(email);
          }}
        >
          Verify
        </button>
      ) : null}
    </li>
  );
}

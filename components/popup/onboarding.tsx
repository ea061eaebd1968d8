import { Button } from '../ui/button';

export interface OnboardingProps {
  readonly onOpenSettings: () => void;
  readonly onTrySandbox: () => void;
}

/** First run: what Prospector does and how to connect it. */
export function Onboarding({ onOpenSettings, onTrySandbox }: OnboardingProps) {
  return (
    <section class="section onboarding" aria-labelledby="onboarding-heading">
      <h2 id="onboarding-heading">Connect your Snov.io account</h2>
      <p>
        Prospector shows who works at the company whose website you are on, finds and verifies their e-mails,
        and saves them to your Snov.io lists and campaigns.
      </p>
      <ol>
        <li>
          In Snov.io, open <strong>Account → API</strong> and copy your <strong>API User ID</strong> and{' '}
          <strong>API Secret</strong>.
        </li>
        <li>Paste them in Prospector's settings. They are checked with Snov.io before they are saved.</li>
      </ol>
      <div class="row wrap">
        <Button variant="primary" onClick={onOpenSettings}>
          Open settings
        </Button>
        <Button onClick={onTrySandbox}>Try the local sandbox</Button>
      </div>
      <p class="muted small">
        The sandbox is a fake Snov.io on your computer (npm run sandbox): no account, no credits spent.
      </p>
    </section>
  );
}

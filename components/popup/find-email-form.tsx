import { useState } from 'preact/hooks';
import type { ApiError } from '../../lib/errors';
import type { Prospect } from '../../lib/messaging/protocol/dto';
import { EmailStatus } from '../prospects/email-status';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';
import { ErrorBanner } from '../status/error-banner';
import { CreditCost } from './credit-cost';

export interface FindEmailFormProps {
  readonly domain: string;
  readonly busy: boolean;
  readonly error?: ApiError | undefined;
  readonly balance: number | null;
  /** The last finder answer, shown under the form. */
  readonly result?: Prospect | undefined;
  readonly onFind: (input: { firstName: string; lastName: string; domain: string }) => void;
}

/** First name, last name and domain (pre-filled from the page) → the e-mail finder. */
export function FindEmailForm(props: FindEmailFormProps) {
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [domain, setDomain] = useState(props.domain);
  const [errors, setErrors] = useState<{ first?: string; last?: string; domain?: string }>({});
  return (
    <form
      aria-label="Find e-mail"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const input = {
          firstName: firstName.trim(),
          lastName: lastName.trim(),
          domain: domain.trim().toLowerCase(),
        };
        const found = {
          ...(input.firstName ? {} : { first: 'Enter a first name.' }),
          ...(input.lastName ? {} : { last: 'Enter a last name.' }),
          ...(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(input.domain)
            ? {}
            : { domain: 'Enter a domain like acme.com.' }),
        };
        setErrors(found);
        if (Object.keys(found).length === 0) props.onFind(input);
      }}
    >
      <div class="grid-2">
        <TextField label="First name" value={firstName} onInput={setFirstName} error={errors.first} />
        <TextField label="Last name" value={lastName} onInput={setLastName} error={errors.last} />
      </div>
      <TextField label="Domain" value={domain} onInput={setDomain} error={errors.domain} />
      <CreditCost credits={1} balance={props.balance} what="only when an e-mail is found" />
      {props.error ? <ErrorBanner error={props.error} /> : null}
      {props.result ? (
        <p role="status" class="row wrap">
          {props.result.emails.length === 0
            ? `No e-mail found for ${props.result.name}.`
            : `${props.result.name}: ${props.result.emails[0]?.email ?? ''}`}
          {props.result.emails[0] ? <EmailStatus info={props.result.emails[0]} /> : null}
        </p>
      ) : null}
      <Button type="submit" variant="primary" busy={props.busy}>
        Find e-mail
      </Button>
    </form>
  );
}

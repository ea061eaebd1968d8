import { useState } from 'preact/hooks';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';

export interface FinderRequest {
  readonly firstName: string;
  readonly lastName: string;
  readonly domain: string;
}

export interface FinderFormProps {
  /** Pre-filled from the profile; the user may correct each field. */
  readonly initial: FinderRequest;
  readonly busy: boolean;
  readonly onFind: (request: FinderRequest) => void;
}

const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** "Find e-mail" by name and company domain, offered when enrichment found no address. */
export function FinderForm({ initial, busy, onFind }: FinderFormProps) {
  const [firstName, setFirstName] = useState(initial.firstName);
  const [lastName, setLastName] = useState(initial.lastName);
  const [domain, setDomain] = useState(initial.domain);
  const [errors, setErrors] = useState<{ first?: string; last?: string; domain?: string }>({});
  return (
    <form
      class="finder-form"
      aria-label="Find e-mail by name and company domain"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const request = {
          firstName: firstName.trim(),
          lastName: lastName.trim(),
          domain: domain.trim().toLowerCase(),
        };
        const found = {
          ...(request.firstName ? {} : { first: 'Enter a first name.' }),
          ...(request.lastName ? {} : { last: 'Enter a last name.' }),
          ...(DOMAIN.test(request.domain) ? {} : { domain: 'Enter the company domain, like acme.com.' }),
        };
        setErrors(found);
        if (Object.keys(found).length === 0) onFind(request);
      }}
    >
      <TextField label="First name" value={firstName} onInput={setFirstName} error={errors.first} />
      <TextField label="Last name" value={lastName} onInput={setLastName} error={errors.last} />
      <TextField label="Company domain" value={domain} onInput={setDomain} error={errors.domain} />
      <p class="small muted">Up to 1 credit, only when an e-mail is found.</p>
      <Button type="submit" busy={busy}>
        Find e-mail
      </Button>
    </form>
  );
}

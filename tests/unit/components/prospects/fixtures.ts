import type { Prospect } from '../../../../lib/messaging/protocol/dto';

/** A prospect with sensible defaults for component and store tests. */
export function prospect(key: string, overrides: Partial<Prospect> = {}): Prospect {
  return {
    key,
    name: `Person ${key}`,
    firstName: 'Person',
    lastName: key,
    position: 'CTO',
    companyDomain: 'acme-robotics.example',
    linkedinUrl: `https://www.linkedin.com/in/person-${key}`,
    emails: [{ email: `${key}@acme-robotics.example`, status: 'valid' }],
    ...overrides,
  };
}

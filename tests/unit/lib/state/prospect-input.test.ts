// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseEmailList, parsePositions, toProspectInput } from '../../../../lib/state/prospect-input';
import { prospect } from '../../components/prospects/fixtures';

describe('prospect input helpers', () => {
  it('splits positions', () => {
    expect(parsePositions(' CTO, Head of Sales ,,CTO')).toEqual(['CTO', 'Head of Sales']);
    expect(parsePositions(Array.from({ length: 12 }, (_, i) => `P${i}`).join(','))).toHaveLength(10);
  });

  it('reads a pasted list of 12 addresses', () => {
    const text = Array.from({ length: 12 }, (_, i) => `user${i}@acme.example`).join('\n');
    expect(parseEmailList(text).emails).toHaveLength(12);
    expect(parseEmailList('mailto:a@b.example, not-an-email').invalid).toEqual(['not-an-email']);
  });

  it('sends the fields it knows, with the best e-mail and custom fields', () => {
    const input = toProspectInput(
      prospect('k', {
        emails: [
          { email: 'no@acme.example', status: 'not_valid' },
          { email: 'yes@acme.example', status: 'unknown' },
        ],
        customFields: { Source: 'popup' },
        location: 'Berlin',
      }),
    );
    expect(input).toEqual({
      key: 'k',
      email: 'yes@acme.example',
      linkedinUrl: 'https://www.linkedin.com/in/person-k',
      firstName: 'Person',
      lastName: 'k',
      name: 'Person k',
      position: 'CTO',
      companyDomain: 'acme-robotics.example',
      locality: 'Berlin',
      customFields: { Source: 'popup' },
    });
  });

  it('drops non-http LinkedIn URLs and refuses a prospect with nothing to save', () => {
    expect(toProspectInput(prospect('x', { emails: [], linkedinUrl: 'javascript:alert(1)' }))).toBeNull();
  });
});

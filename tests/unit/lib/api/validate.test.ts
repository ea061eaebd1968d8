// @vitest-environment node
// Local input validation: rejected inputs never reach the network.
import { describe, expect, it } from 'vitest';
import {
  validateDomain,
  validateEmail,
  validateFinderRow,
  validateLinkedInProfileUrl,
  validateName,
} from '../../../../lib/api/validate';
import { makeClient } from './harness';

const kind = (r: { ok: boolean }): string => (r.ok ? 'ok' : 'invalid');

describe('validators', () => {
  it.each([
    ['example.com', 'example.com'],
    ['WWW.Example.co.uk.', 'example.co.uk'],
    ['shop.example.io', 'shop.example.io'],
    ['acme-robotics.example', 'acme-robotics.example'],
  ])('domain %s → %s', (input, expected) => {
    expect(validateDomain(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    '',
    'https://example.com',
    'example.com/about',
    '192.168.1.1',
    'localhost',
    'example.notatld',
    'example',
    'test',
    'exa mple.com',
    'user@example.com',
  ])('domain %j is rejected', (input) => {
    expect(kind(validateDomain(input))).toBe('invalid');
  });

  it.each([
    ['John.Doe@Example.COM', 'John.Doe@example.com'],
    [' a+tag@sub.example.org ', 'a+tag@sub.example.org'],
  ])('e-mail %s → %s', (input, expected) => {
    expect(validateEmail(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    '',
    'plain',
    '@example.com',
    'a@',
    'a@localhost',
    'a@10.0.0.1',
    'a b@example.com',
    'bad_format.example.com',
  ])('e-mail %j is rejected', (input) => {
    const result = validateEmail(input);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'email' } });
  });

  it('LinkedIn profile URLs: people only', () => {
    expect(kind(validateLinkedInProfileUrl('https://www.linkedin.com/in/john-doe-example/'))).toBe('ok');
    expect(kind(validateLinkedInProfileUrl('uk.linkedin.com/in/Jane-Doe?trk=x'))).toBe('ok');
    expect(kind(validateLinkedInProfileUrl('https://www.linkedin.com/company/example/'))).toBe('invalid');
    expect(kind(validateLinkedInProfileUrl('https://example.com/in/john'))).toBe('invalid');
  });

  it('names and finder rows', () => {
    expect(validateName('  Example   Inc ')).toEqual({ ok: true, value: 'Example Inc' });
    expect(validateName('   ')).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input', message: 'This name is empty.' },
    });
    expect(
      validateFinderRow({ firstName: 'John', lastName: '', domain: 'example.com' }, 'rows[0]'),
    ).toMatchObject({
      ok: false,
      error: { field: 'rows[0].lastName' },
    });
  });
});

describe('bad input makes no request', () => {
  it.each([
    [
      'companyInfoStart',
      (c: ReturnType<typeof makeClient>['client']) => c.companyInfoStart('https://example.com'),
    ],
    [
      'domainProspectsStart (11 positions)',
      (c: ReturnType<typeof makeClient>['client']) =>
        c.domainProspectsStart({
          domain: 'example.com',
          positions: Array.from({ length: 11 }, (_, i) => `P${i}`),
        }),
    ],
    [
      'emailsByNameStart',
      (c: ReturnType<typeof makeClient>['client']) =>
        c.emailsByNameStart([{ firstName: 'A', lastName: 'B', domain: '127.0.0.1' }]),
    ],
    [
      'linkedinProfilesStart',
      (c: ReturnType<typeof makeClient>['client']) => c.linkedinProfilesStart(['https://example.com/in/x']),
    ],
    [
      'companyDomainsStart (empty)',
      (c: ReturnType<typeof makeClient>['client']) => c.companyDomainsStart([]),
    ],
    ['profileByEmail', (c: ReturnType<typeof makeClient>['client']) => c.profileByEmail('nobody')],
    [
      'addProspectToList (no email or LinkedIn)',
      (c: ReturnType<typeof makeClient>['client']) => c.addProspectToList({ listId: 1, firstName: 'A' }),
    ],
    [
      'addProspectToList (both flags)',
      (c: ReturnType<typeof makeClient>['client']) =>
        c.addProspectToList({
          listId: 1,
          email: 'a@example.com',
          updateContact: true,
          createDuplicates: true,
        }),
    ],
    [
      'prospectsInList (perPage 6000)',
      (c: ReturnType<typeof makeClient>['client']) => c.prospectsInList({ listId: 1, perPage: 6000 }),
    ],
    ['createList (empty)', (c: ReturnType<typeof makeClient>['client']) => c.createList(' ')],
    [
      'prospectEmailsStart (foreign path)',
      (c: ReturnType<typeof makeClient>['client']) =>
        c.prospectEmailsStart('https://api.snov.io/v1/get-balance'),
    ],
  ])('%s', async (_name, call) => {
    const harness = makeClient();
    const result: unknown = await harness.time.run<unknown>(call(harness.client));
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });
    expect(harness.calls).toHaveLength(0);
  });
});

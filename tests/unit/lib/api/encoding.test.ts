// @vitest-environment node
// Request encodings (REFERENCE.md §2.1), asserted on parsed URLs and bodies (TOOLCHAIN pitfall 11).
import { describe, expect, it } from 'vitest';
import { makeClient } from './harness';

describe('request encodings', () => {
  it('domain prospects: query string on a POST with bracket positions[], empty body', async () => {
    const { client, time, apiCalls } = makeClient();
    const started = await time.run(
      client.domainProspectsStart({
        domain: 'Example.com',
        positions: ['CTO', 'Head of Sales & Ops'],
        page: 2,
      }),
    );
    expect(started).toEqual({ ok: true, value: { taskHash: '3384369c16aad810f58609a40ad65089' } });
    const [req] = apiCalls();
    expect(req?.method).toBe('POST');
    expect(req?.url.pathname).toBe('/v2/domain-search/prospects/start');
    expect(req?.url.searchParams.get('domain')).toBe('example.com');
    expect(req?.url.searchParams.get('page')).toBe('2');
    expect(req?.url.searchParams.getAll('positions[]')).toEqual(['CTO', 'Head of Sales & Ops']);
    expect(req?.body).toBeUndefined();
  });

  it('verification: repeated emails[] keys, never comma-joined', async () => {
    const { client, time, apiCalls } = makeClient();
    await time.run(client.verificationStart(['a@example.com', 'B@Example.org']));
    const [req] = apiCalls();
    expect(req?.url.searchParams.getAll('emails[]')).toEqual(['a@example.com', 'B@example.org']);
    expect(req?.url.searchParams.has('emails')).toBe(false);
  });

  it('company domains: names[]; LinkedIn: urls[]', async () => {
    const { client, time, apiCalls } = makeClient();
    await time.run(client.companyDomainsStart(['Example Inc', 'Sample LLC']));
    await time.run(client.linkedinProfilesStart(['https://www.linkedin.com/in/john-doe-example/']));
    const [names, urls] = apiCalls();
    expect(names?.url.searchParams.getAll('names[]')).toEqual(['Example Inc', 'Sample LLC']);
    expect(urls?.url.searchParams.getAll('urls[]')).toHaveLength(1);
    expect(urls?.url.searchParams.getAll('urls[]')[0]).toContain('linkedin.com/in/john-doe-example');
  });

  it('emails-by-domain-by-name: JSON body with rows', async () => {
    const { client, time, apiCalls } = makeClient();
    await time.run(
      client.emailsByNameStart([{ firstName: ' John ', lastName: 'Doe', domain: 'example.com' }]),
    );
    const [req] = apiCalls();
    expect(req?.headers.get('content-type')).toContain('application/json');
    expect(JSON.parse(req?.body ?? '')).toEqual({
      rows: [{ first_name: 'John', last_name: 'Doe', domain: 'example.com' }],
    });
  });

  it('add-prospect-to-list: form body with every field, bracket object and array keys', async () => {
    const { client, time, apiCalls } = makeClient();
    const added = await time.run(
      client.addProspectToList({
        listId: 1818597,
        email: 'john.doe@example.com',
        fullName: 'John Doe',
        firstName: 'John',
        lastName: 'Doe',
        phones: ['+15550100001', '+15550100002'],
        country: 'United States',
        locality: 'New York',
        position: 'CTO',
        companyName: 'Example Inc',
        companySite: 'https://example.com',
        socialLinks: {
          linkedIn: 'https://www.linkedin.com/in/john-doe-example/',
          twitter: 'https://twitter.com/jd',
        },
        customFields: { specialization: 'Robots & AI', 'Project name': 'Apollo' },
        updateContact: true,
      }),
    );
    expect(added).toEqual({
      ok: true,
      value: { id: '0Y2QzowWL1rHpIptwaRp0Q==', isAdded: true, isUpdated: false },
    });
    const [req] = apiCalls();
    expect(req?.headers.get('content-type')).toContain('application/x-www-form-urlencoded');
    const form = new URLSearchParams(req?.body);
    expect(form.get('listId')).toBe('1818597');
    expect(form.get('email')).toBe('john.doe@example.com');
    expect(form.getAll('phones[]')).toEqual(['+15550100001', '+15550100002']);
    expect(form.get('socialLinks[linkedIn]')).toContain('linkedin.com/in/john-doe-example');
    expect(form.get('socialLinks[twitter]')).toBe('https://twitter.com/jd');
    expect(form.get('customFields[specialization]')).toBe('Robots & AI');
    expect(form.get('customFields[Project name]')).toBe('Apollo');
    expect(form.get('updateContact')).toBe('1');
    expect(form.has('createDuplicates')).toBe(false);
    for (const key of [
      'fullName',
      'firstName',
      'lastName',
      'country',
      'locality',
      'position',
      'companyName',
      'companySite',
    ]) {
      expect(form.has(key)).toBe(true);
    }
  });

  it('GET endpoints use the query string; Bearer on every call except the token call', async () => {
    const { client, time, calls } = makeClient();
    await time.run(client.verificationResult('0110437df6811068197577a538849a4b'));
    await time.run(client.balance());
    const [tokenCall, result, balance] = calls;
    expect(tokenCall?.headers.get('authorization')).toBeNull();
    expect(new URLSearchParams(tokenCall?.body).get('grant_type')).toBe('client_credentials');
    expect(tokenCall?.url.search).toBe('');
    expect(result?.method).toBe('GET');
    expect(result?.url.searchParams.get('task_hash')).toBe('0110437df6811068197577a538849a4b');
    expect(result?.headers.get('authorization')).toBe('Bearer tok-1');
    expect(balance?.headers.get('authorization')).toBe('Bearer tok-1');
  });

  it('domain family puts the hash in the path, percent-encoded', async () => {
    const { client, time, apiCalls } = makeClient();
    await time.run(client.companyInfoResult('a/b?c'));
    expect(apiCalls()[0]?.url.pathname).toBe('/v2/domain-search/result/a%2Fb%3Fc');
  });

  it('prospect e-mail search takes the hash from the search_emails_start URL, never the URL host', async () => {
    const { client, time, apiCalls } = makeClient();
    await time.run(
      client.prospectEmailsStart(
        'https://evil.example/v2/domain-search/prospects/search-emails/start/41627edbfff8ba9c',
      ),
    );
    const [req] = apiCalls();
    expect(req?.url.host).toBe('api.test');
    expect(req?.url.pathname).toBe('/v2/domain-search/prospects/search-emails/start/41627edbfff8ba9c');
  });

  it('domain e-mails next page sends the cursor', async () => {
    const { client, time, apiCalls } = makeClient();
    await time.run(client.domainEmailsStart({ domain: 'example.com', next: 'abc:123' }));
    expect(apiCalls()[0]?.url.searchParams.get('next')).toBe('abc:123');
  });
});

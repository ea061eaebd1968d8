/* eslint-disable @typescript-eslint/no-unsafe-member-access -- any: response bodies are arbitrary JSON probed by the assertions themselves. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { boot, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await boot();
});
afterAll(async () => h.sandbox.close());
beforeEach(async () => {
  await h.control('reset');
});

async function balance(): Promise<number> {
  return Number((await h.call('GET', '/v1/get-balance')).body.data.balance);
}

async function charged(route: string): Promise<number[]> {
  const log = await h.control(`log?route=${route}`, undefined, 'GET');
  return (log.body.entries as { credits: number }[]).map((entry) => entry.credits);
}

describe('credits (REFERENCE.md §2.6)', () => {
  it('get-balance answers the balance as a string', async () => {
    const reply = await h.call('GET', '/v1/get-balance');
    expect(reply.body).toMatchObject({ success: true, data: { balance: '25000.00' } });
  });

  it('domain search: 1 per distinct request, repeats and unknown domains are free', async () => {
    await h.call('POST', '/v2/domain-search/start?domain=acme-robotics.example');
    await h.call('POST', '/v2/domain-search/start?domain=acme-robotics.example');
    await h.call('POST', '/v2/domain-search/start?domain=no-such-company.example');
    expect(await charged('domainSearchStart')).toEqual([1, 0, 0]);
    expect(await balance()).toBe(24999);
  });

  it('prospects with no match are free', async () => {
    await h.call('POST', '/v2/domain-search/prospects/start', {
      json: { domain: 'acme-robotics.example', positions: ['Astronaut'] },
    });
    expect(await charged('domainProspectsStart')).toEqual([0]);
  });

  it('verification: 1 per distinct e-mail whatever the result', async () => {
    await h.call('POST', '/v2/email-verification/start', {
      json: { emails: ['a@acme-robotics.example', 'bad', 'a@acme-robotics.example'] },
    });
    expect(await charged('emailVerificationStart')).toEqual([2]);
  });

  it('emails by name: only found valid/unknown e-mails are charged', async () => {
    await h.call('POST', '/v2/emails-by-domain-by-name/start', {
      json: {
        rows: [
          { first_name: 'José', last_name: 'García', domain: 'acme-robotics.example' },
          { first_name: 'Nobody', last_name: 'Atall', domain: 'acme-robotics.example' },
        ],
      },
    });
    expect(await charged('emailsByNameStart')).toEqual([1]);
  });

  it('profile by email: 1 when found, free when not', async () => {
    const found = await h.call('POST', '/v1/get-profile-by-email', {
      form: 'email=jose.garcia@acme-robotics.example',
    });
    expect(found.body).toMatchObject({
      success: true,
      firstName: 'José',
      currentJobs: [{ companyName: 'Acme Robotics Inc' }],
    });
    const missing = await h.call('POST', '/v1/get-profile-by-email', {
      form: 'email=nobody@nowhere.example',
    });
    expect(missing.body.success).toBe(false);
    expect(await charged('profileByEmail')).toEqual([1, 0]);
  });

  it('LinkedIn profiles: 1 per profile returned', async () => {
    await h.call('POST', '/v2/li-profiles-by-urls/start', {
      json: {
        urls: [
          'https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-336e43/',
          'https://www.linkedin.com/in/nobody/',
        ],
      },
    });
    expect(await charged('linkedinProfilesStart')).toEqual([1]);
  });

  it('empty balance: emails-by-name ends not_enough_credits, other starts are 402', async () => {
    await h.control('config', { balance: 0 });
    const start = await h.call('POST', '/v2/emails-by-domain-by-name/start', {
      json: { rows: [{ first_name: 'José', last_name: 'García', domain: 'acme-robotics.example' }] },
    });
    const result = await h.call(
      'GET',
      `/v2/emails-by-domain-by-name/result?task_hash=${String(start.body.data.task_hash)}`,
    );
    expect(result.body).toMatchObject({ status: 'not_enough_credits', data: [] });
    const verify = await h.call('POST', '/v2/email-verification/start', {
      json: { emails: ['a@acme-robotics.example'] },
    });
    expect(verify.status).toBe(402);
    expect(verify.body.success).toBe(false);
    // Free calls and no-result starts still work.
    expect((await h.call('POST', '/v2/domain-search/start?domain=no-such-company.example')).status).toBe(202);
    expect(
      (await h.call('POST', '/v1/get-domain-emails-count', { form: 'domain=acme-robotics.example' })).status,
    ).toBe(200);
  });
});

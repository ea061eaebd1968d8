import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findEmail } from '../../../../../lib/background/prospecting/find-email';
import { getVerifications, verifyEmails } from '../../../../../lib/background/prospecting/verify';
import { buildServices, createFakeApi, fakeClock } from '../fakes';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('verification and the finder', () => {
  it('verifies 12 addresses in 2 starts, matching rows by address', async () => {
    const clock = fakeClock();
    const api = createFakeApi({ clock });
    const { services } = buildServices(api, clock);
    const emails = [...Array.from({ length: 11 }, (_, i) => `p${i}@contoso.example`), 'bad@contoso.example'];
    const job = await verifyEmails(services, emails);
    if (!job.ok) throw new Error(job.error.kind);
    await services.queue.whenSettled(job.value.entryIds);
    expect(api.count('verifyEmails.start')).toBe(2);
    const found = await getVerifications(services, [
      'P0@Contoso.example',
      'bad@contoso.example',
      'never@contoso.example',
    ]);
    expect(found).toMatchObject({
      'P0@Contoso.example': { status: 'valid' },
      'bad@contoso.example': { status: 'not_valid' },
      'never@contoso.example': null,
    });
  });

  it('refuses a bad address before any request', async () => {
    const clock = fakeClock();
    const api = createFakeApi({ clock });
    const { services } = buildServices(api, clock);
    expect(await verifyEmails(services, ['ok@contoso.example', 'not an email'])).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input', field: 'emails[1]' },
    });
    expect(api.calls).toHaveLength(0);
  });

  it('finds an e-mail once; asking again is answered from the cache', async () => {
    const clock = fakeClock();
    const api = createFakeApi({ clock, pendingPolls: 1 });
    const { services } = buildServices(api, clock);
    const input = { firstName: 'Jane', lastName: 'Doe', domain: 'contoso.com' };
    const [a, b] = await Promise.all([
      findEmail(services, input),
      findEmail(services, { ...input, firstName: 'jane ' }),
    ]);
    expect(a).toMatchObject({
      ok: true,
      value: { emails: [{ email: 'jane@contoso.com', status: 'valid' }] },
    });
    expect(b).toMatchObject({ ok: true });
    expect(await findEmail(services, input)).toMatchObject({ ok: true });
    expect(api.count('emailsByName.start')).toBe(1);
  });
});

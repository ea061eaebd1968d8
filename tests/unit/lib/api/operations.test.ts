// @vitest-environment node
// High-level batched operations: splitting, ordering, matching, per-item failures, no request on bad input.
import { describe, expect, it } from 'vitest';
import { type SeenRequest, exampleRouter, json } from './fakes';
import { makeClient } from './harness';

/** A verifier fake: each start gets its own hash; results list that start's e-mails reversed and upper-cased. */
function verifierFake() {
  const tasks = new Map<string, string[]>();
  return exampleRouter((req: SeenRequest) => {
    if (req.url.pathname === '/v2/email-verification/start') {
      const emails = req.url.searchParams.getAll('emails[]');
      const hash = `hash${tasks.size}`.padEnd(32, '0');
      tasks.set(hash, emails);
      return json({ data: { task_hash: hash }, meta: { emails } });
    }
    if (req.url.pathname === '/v2/email-verification/result') {
      const hash = req.url.searchParams.get('task_hash') ?? '';
      const emails = [...(tasks.get(hash) ?? [])].reverse();
      return json({
        status: 'completed',
        data: emails.map((email, i) => ({
          email: email.toUpperCase(),
          result: {
            smtp_status: i % 2 ? 'VALID' : 'not_valid',
            is_valid_format: true,
            is_disposable: false,
            is_webmail: false,
            is_gibberish: false,
          },
        })),
        meta: { emails, task_hash: hash },
      });
    }
    return undefined;
  });
}

describe('verifyEmails', () => {
  it('25 verifications → 3 starts, merged in input order though results come back shuffled', async () => {
    const { client, time, apiCalls } = makeClient(verifierFake());
    const emails = Array.from({ length: 25 }, (_, i) => `Person${i}@Example.com`);
    const progress: number[] = [];
    const outcomes = await time.run(
      client.verifyEmails(emails, { onProgress: (p) => progress.push(p.done) }),
    );
    const starts = apiCalls().filter((c) => c.url.pathname.endsWith('/start'));
    expect(starts.map((c) => c.url.searchParams.getAll('emails[]').length)).toEqual([10, 10, 5]);
    expect(outcomes.map((o) => o.input)).toEqual(emails);
    expect(outcomes.every((o) => o.ok && o.value.email.toLowerCase() === o.input.toLowerCase())).toBe(true);
    expect(outcomes.every((o) => o.ok && ['valid', 'not_valid'].includes(o.value.smtp_status))).toBe(true);
    expect(progress).toEqual([10, 20, 25]);
  });

  it('bad input → invalid-input for that item and no request when nothing is valid', async () => {
    const { client, time, calls } = makeClient(verifierFake());
    const outcomes = await time.run(client.verifyEmails(['not-an-email', 'a@localhost', 'b@192.168.0.1']));
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.error.kind))).toEqual([
      'invalid-input',
      'invalid-input',
      'invalid-input',
    ]);
    expect(calls).toHaveLength(0);
  });

  it('endpoint-level: one invalid e-mail rejects the call before any request', async () => {
    const { client, time, calls } = makeClient(verifierFake());
    const result = await time.run(client.verificationStart(['ok@example.com', 'broken@']));
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'emails[1]' } });
    expect(calls).toHaveLength(0);
  });

  it('duplicates (case-insensitive) are sent once and answered for every occurrence', async () => {
    const { client, time, apiCalls } = makeClient(verifierFake());
    const outcomes = await time.run(client.verifyEmails(['a@example.com', 'A@EXAMPLE.COM', 'b@example.com']));
    expect(apiCalls()[0]?.url.searchParams.getAll('emails[]')).toEqual(['a@example.com', 'b@example.com']);
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true]);
  });

  it('out of credits on the first call stops the batch: later calls are not sent', async () => {
    const { client, time, apiCalls } = makeClient(
      exampleRouter((req) =>
        req.url.pathname === '/v2/email-verification/start'
          ? json({ success: false, message: 'Not enough credits' }, 200)
          : undefined,
      ),
    );
    const outcomes = await time.run(
      client.verifyEmails(Array.from({ length: 15 }, (_, i) => `p${i}@example.com`)),
    );
    expect(apiCalls()).toHaveLength(1);
    expect(outcomes.every((o) => !o.ok && o.error.kind === 'out-of-credits')).toBe(true);
  });
});

describe('other operations', () => {
  it('enrichLinkedInProfiles: `result: []` is not-found for that URL only', async () => {
    const { client, time } = makeClient();
    const outcomes = await time.run(
      client.enrichLinkedInProfiles([
        'https://www.linkedin.com/in/unknown-person-example/',
        'linkedin.com/in/john-doe-example',
        'https://example.com/x',
      ]),
    );
    expect(outcomes.map((o) => (o.ok ? o.value.name : o.error.kind))).toEqual([
      'not-found',
      'John Doe',
      'invalid-input',
    ]);
  });

  it('findEmails: rows matched by name, an empty result is an empty list', async () => {
    const { client, time } = makeClient();
    const outcomes = await time.run(
      client.findEmails([
        { firstName: 'Jane', lastName: 'Roe', domain: 'example.com' },
        { firstName: 'John', lastName: 'Doe', domain: 'example.com' },
      ]),
    );
    expect(outcomes.map((o) => o.ok && o.value.map((e) => e.email))).toEqual([
      ['jane.roe@example.com'],
      ['john.doe@example.com'],
    ]);
  });

  it('companyDomainsByName: matched by name; empty names rejected locally', async () => {
    const { client, time } = makeClient();
    const outcomes = await time.run(client.companyDomainsByName(['Sample LLC', '  ', 'example inc']));
    expect(outcomes.map((o) => (o.ok ? o.value.domain : o.error.kind))).toEqual([
      'example.org',
      'invalid-input',
      'example.com',
    ]);
  });
});

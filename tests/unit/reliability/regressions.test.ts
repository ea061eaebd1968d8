// @vitest-environment node
/**
 * Bugs the reliability suite found (issue 7), each pinned by the smallest case that showed it.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { UnixSecondsSchema } from '../../../lib/api/schemas/common';
import { validateEmail } from '../../../lib/api/validate';
import { blockFor } from '../../../lib/background/queue/runner';
import { OFFLINE_RECHECK_MS, planTick } from '../../../lib/background/queue/plan';
import { emptyQueue } from '../../../lib/background/queue/schema';
import { normaliseHost } from '../../../lib/detect/host';
import { parseLinkedInUrl } from '../../../lib/detect/linkedin/urls';

describe('found by fuzzing', () => {
  it('an out-of-range Unix time in an answer is a schema issue, not a RangeError', () => {
    for (const input of [1e20, -1e20, '99999999999999999999'])
      expect(v.safeParse(UnixSecondsSchema, input).success).toBe(false);
    expect(v.parse(UnixSecondsSchema, 0)).toBe('1970-01-01T00:00:00.000Z');
  });

  it('an address with a lone surrogate or a control is refused before any request (it could not be encoded)', () => {
    for (const input of ['\ud800@acme.example', 'ja\u0000ne@acme.example', 'jane@acme.example\u0007']) {
      expect(validateEmail(input)).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });
    }
    expect(validateEmail('zoë@acme.example').ok).toBe(true);
  });

  it('hosts with a backslash or no label are not hosts', () => {
    expect(normaliseHost('evil.example\\.linkedin.com')).toBeUndefined();
    for (const input of ['.', '..', '.:', ';..']) {
      const once = normaliseHost(input);
      expect(once === undefined || normaliseHost(once) === once).toBe(true);
    }
    expect(normaliseHost('Acme.Example.')).toBe('acme.example');
  });

  it.each([
    'https://www.linkedin.com/in/%2e%2e',
    'https://www.linkedin.com/in/..',
    'https://www.linkedin.com/in/0./details/',
  ])('%s is not a profile', (input) => {
    expect(parseLinkedInUrl(input).ok).toBe(false);
  });
});

describe('found by the fault run', () => {
  it('offline, the queue looks at the network again within 5 s (the online event can be missed)', () => {
    const plan = planTick(emptyQueue(), {
      kinds: new Map(),
      busy: new Set(),
      slots: 3,
      now: 1000,
      isOnline: false,
      newId: () => 'id',
    });
    expect(plan.state.blocked).toEqual({ reason: 'offline', retryAt: 1000 + OFFLINE_RECHECK_MS });
    expect(OFFLINE_RECHECK_MS).toBeLessThanOrEqual(5000);
    expect(blockFor({ kind: 'offline' }, 0)?.retryAt).toBeLessThanOrEqual(10_000);
  });
});

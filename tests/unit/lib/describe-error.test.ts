// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeError } from '../../../lib/describe-error';
import type { ApiError } from '../../../lib/errors';

const every: ApiError[] = [
  { kind: 'auth-invalid' },
  { kind: 'auth-expired' },
  { kind: 'not-connected' },
  { kind: 'out-of-credits' },
  { kind: 'rate-limited', retryAfterMs: 20_000 },
  { kind: 'offline' },
  { kind: 'invalid-input', field: 'email', message: '"x" is not a valid e-mail address.' },
  { kind: 'not-found' },
  { kind: 'invalid-response', path: 'data.balance', message: 'Invalid type' },
  { kind: 'server', status: 503 },
  { kind: 'refused', message: 'List not found' },
  { kind: 'task-timeout', taskHash: 'abc' },
  { kind: 'aborted' },
];

describe('describeError', () => {
  it.each(every)('$kind has a title, a detail and an action', (error) => {
    const d = describeError(error);
    expect(d.title.length).toBeGreaterThan(3);
    expect(d.detail.length).toBeGreaterThan(3);
    expect(d.action).toBeDefined();
  });

  it('credential problems send the user to settings', () => {
    for (const kind of ['auth-invalid', 'auth-expired', 'not-connected'] as const)
      expect(describeError({ kind }).action).toBe('open-settings');
    expect(describeError({ kind: 'auth-invalid' }).detail).toMatch(/API User ID and Secret/);
  });

  it('rate limiting says when it retries', () => {
    expect(describeError({ kind: 'rate-limited', retryAfterMs: 20_000 })).toMatchObject({
      action: 'wait',
      retryInMs: 20_000,
      detail: expect.stringContaining('20 seconds') as unknown,
    });
  });

  it('offline says the work is queued; invalid input repeats the reason', () => {
    expect(describeError({ kind: 'offline' }).detail).toMatch(/saved|queued/i);
    expect(describeError(every[6] ?? { kind: 'aborted' }).detail).toContain('not a valid e-mail address');
  });

  it('a timeout reads differently from a server error and keeps the server message', () => {
    expect(describeError({ kind: 'server', status: 408, message: 'No answer within 30 s.' }).title).toMatch(
      /in time/,
    );
    expect(describeError({ kind: 'server', status: 500, message: 'boom' }).detail).toContain('boom');
  });
});

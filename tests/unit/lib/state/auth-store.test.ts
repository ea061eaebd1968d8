import { describe, expect, it } from 'vitest';
import type { AuthState } from '../../../../lib/messaging/protocol';
import { createAuthStore } from '../../../../lib/state/auth-store';

const connected = (balance: number, checkedAt: number): AuthState => ({
  status: 'connected',
  baseUrl: 'https://api.snov.io',
  balance,
  accountLabel: 'user-1',
  checkedAt,
});

function harness() {
  let answer: (state: AuthState) => void = () => undefined;
  let push: (state: AuthState) => void = () => undefined;
  const store = createAuthStore({
    fetchState: () =>
      new Promise((resolve) => {
        answer = resolve;
      }),
    watch: (onChange) => {
      push = onChange;
      return () => undefined;
    },
  });
  return {
    store,
    answer: (state: AuthState) => {
      answer(state);
    },
    push: (state: AuthState) => {
      push(state);
    },
  };
}

describe('auth store', () => {
  it('shows what the background answers', async () => {
    const { store, answer } = harness();
    const loading = store.getState().load();
    expect(store.getState().auth).toBeNull();
    answer(connected(25000, 1000));
    await loading;
    expect(store.getState().auth).toEqual(connected(25000, 1000));
  });

  it('keeps a newer check that storage delivered before the answer landed', async () => {
    const { store, answer, push } = harness();
    const loading = store.getState().load();
    push(connected(24990, 2000));
    answer(connected(25000, 1000));
    await loading;
    expect(store.getState().auth).toEqual(connected(24990, 2000));
  });

  it('takes a change of status from the answer whatever its age', async () => {
    const { store, answer, push } = harness();
    const loading = store.getState().load();
    push(connected(24990, 2000));
    answer({ status: 'missing', baseUrl: 'https://api.snov.io' });
    await loading;
    expect(store.getState().auth).toEqual({ status: 'missing', baseUrl: 'https://api.snov.io' });
  });

  it('shows the stored state before the background answers, and never over a newer one', async () => {
    let answer: (state: AuthState) => void = () => undefined;
    let stored: (state: AuthState | null) => void = () => undefined;
    const store = createAuthStore({
      fetchState: () =>
        new Promise((resolve) => {
          answer = resolve;
        }),
      watch: () => () => undefined,
      readStored: () =>
        new Promise((resolve) => {
          stored = resolve;
        }),
    });
    const loading = store.getState().load();
    stored(connected(25000, 1000));
    await Promise.resolve();
    await Promise.resolve();
    expect(store.getState().auth).toEqual(connected(25000, 1000));
    answer(connected(24990, 2000));
    await loading;
    expect(store.getState().auth).toEqual(connected(24990, 2000));
  });

  it('ignores a stored state that lands after the answer, and an empty store', async () => {
    let stored: (state: AuthState | null) => void = () => undefined;
    const store = createAuthStore({
      fetchState: () => Promise.resolve({ status: 'missing', baseUrl: 'https://api.snov.io' }),
      watch: () => () => undefined,
      readStored: () =>
        new Promise((resolve) => {
          stored = resolve;
        }),
    });
    await store.getState().load();
    stored(connected(25000, 1000));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().auth).toEqual({ status: 'missing', baseUrl: 'https://api.snov.io' });
  });
});

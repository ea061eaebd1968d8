import { describe, expect, it } from 'vitest';
import { syncAutoDetect, type AutoDetectApis } from '../../../../../lib/background/page/auto-detect';

function fakeApis(granted: string[]) {
  const state = { registered: null as readonly string[] | null };
  const apis: AutoDetectApis = {
    contains: (pattern) => Promise.resolve(granted.includes(pattern)),
    registered: () => Promise.resolve(state.registered !== null),
    register: (matches) => Promise.resolve(void (state.registered = matches)),
    update: (matches) => Promise.resolve(void (state.registered = matches)),
    unregister: () => Promise.resolve(void (state.registered = null)),
  };
  return { apis, state };
}

describe('automatic detection on granted sites', () => {
  it('registers only origins both chosen and granted, and follows changes', async () => {
    const { apis, state } = fakeApis(['https://acme.example/*']);
    await syncAutoDetect(['https://acme.example', 'https://not-granted.example'], apis);
    expect(state.registered).toEqual(['https://acme.example/*']);
    await syncAutoDetect([], apis);
    expect(state.registered).toBeNull();
  });
});

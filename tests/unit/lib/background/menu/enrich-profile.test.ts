import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createEnrichMenus,
  handleEnrichClick,
  handleEnrichCommand,
  MENU_LINK_ID,
  MENU_PAGE_ID,
} from '../../../../../lib/background/menu/enrich-profile';
import { buildServices, createFakeApi, fakeClock } from '../fakes';

beforeEach(() => {
  fakeBrowser.reset();
});

function setup(panelOpens: boolean) {
  const clock = fakeClock();
  const api = createFakeApi({ clock });
  const { services } = buildServices(api, clock);
  const openPanel = vi.fn(() => Promise.resolve(panelOpens));
  const notify = vi.fn(() => Promise.resolve());
  return { api, deps: { services, openPanel, notify } };
}

describe('"Enrich this profile"', () => {
  it('creates one link item and one page item, limited to LinkedIn profiles, after removeAll', async () => {
    // The fake browser has no contextMenus (TOOLCHAIN.md pitfall 4): stub it.
    const removeAll = vi.fn(() => Promise.resolve());
    const items: {
      id: string;
      contexts: string[];
      targetUrlPatterns?: string[];
      documentUrlPatterns?: string[];
    }[] = [];
    const create = vi.fn((item: (typeof items)[number]) => {
      items.push(item);
    });
    Object.assign(fakeBrowser, { contextMenus: { removeAll, create } });
    await createEnrichMenus();
    expect(removeAll).toHaveBeenCalledBefore(create);
    expect(items.map((item) => [item.id, item.contexts])).toEqual([
      [MENU_LINK_ID, ['link']],
      [MENU_PAGE_ID, ['page']],
    ]);
    expect(items[0]?.targetUrlPatterns).toContain('*://*.linkedin.com/in/*');
    expect(items[1]?.documentUrlPatterns).toContain('*://*.linkedin.com/in/*');
  });

  it('opens the panel before anything async, focuses the profile and enriches it', async () => {
    const { api, deps } = setup(true);
    const pending = handleEnrichClick(
      deps,
      { menuItemId: MENU_LINK_ID, linkUrl: 'https://uk.linkedin.com/in/Jane-Doe?trk=x' },
      { id: 5, windowId: 1 },
    );
    expect(deps.openPanel).toHaveBeenCalledWith({ id: 5, windowId: 1 });
    const outcome = await pending;
    expect(outcome?.panelOpened).toBe(true);
    expect(typeof outcome?.jobId).toBe('string');
    expect((await fakeBrowser.storage.session.get('panel-focus'))['panel-focus']).toMatchObject({
      person: { url: 'https://www.linkedin.com/in/jane-doe' },
      tabId: 5,
    });
    await deps.services.queue.idle();
    expect(api.count('linkedinProfiles.start')).toBe(1);
    expect(deps.notify).not.toHaveBeenCalled();
  });

  it('shows the result in a notification when the panel cannot open', async () => {
    const { deps } = setup(false);
    await handleEnrichCommand(deps, 'enrich-current-profile', {
      id: 5,
      url: 'https://www.linkedin.com/in/jane-doe/',
    });
    expect(deps.notify).toHaveBeenCalledWith('Prospector', 'Person jane-doe: CTO at Contoso');
  });

  it('says so when the link is not a LinkedIn profile, without a request', async () => {
    const { api, deps } = setup(false);
    await handleEnrichClick(
      deps,
      { menuItemId: MENU_PAGE_ID, pageUrl: 'https://www.linkedin.com/company/contoso' },
      { id: 5 },
    );
    expect(deps.notify).toHaveBeenCalledWith('Not a LinkedIn profile', expect.any(String));
    expect(api.calls).toHaveLength(0);
  });
});

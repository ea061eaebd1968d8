import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPageService } from '../../../../../lib/background/page/page-service';
import type { PageEvidenceReport } from '../../../../../lib/messaging/protocol/page';
import { fakeClock } from '../fakes';
import { mailListData } from '../../../../../lib/detect/mail-list-data';

const loadMailLists = () => Promise.resolve(mailListData);

const evidence = (url: string): PageEvidenceReport => ({
  url,
  ogSiteName: 'Contoso',
  organizations: [
    {
      type: 'Organization',
      name: 'Contoso',
      urls: ['https://www.contoso.com/'],
      emails: ['info@contoso.com'],
      sameAs: ['https://www.linkedin.com/company/contoso'],
    },
  ],
  emails: [
    { address: 'sales@contoso.com', source: 'mailto', region: 'footer' },
    { address: 'jane.doe@gmail.com', source: 'text', region: 'main' },
  ],
  linkedInLinks: [],
});

const content = { sender: 'content-top-frame' as const, tabId: 3 };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('page context', () => {
  it('ranks a company page, counts its e-mails on the badge, and flags free-mail addresses', async () => {
    const page = createPageService({
      now: fakeClock().now,
      scan: () => Promise.resolve(undefined),
      loadMailLists,
    });
    expect(
      await page.handlers.reportPageEvidence(evidence('https://blog.contoso.com/post'), content),
    ).toEqual({ ok: true, value: null });
    const context = await page.handlers.getTabContext(
      { tabId: 3 },
      { sender: 'extension-page', tabId: undefined },
    );
    expect(context).toMatchObject({
      kind: 'company-site',
      domain: 'contoso.com',
      companyLinkedIn: 'https://www.linkedin.com/company/contoso',
    });
    expect(context?.emails.find((email) => email.email === 'jane.doe@gmail.com')).toMatchObject({
      isFreeMail: true,
    });
    expect(context?.candidates.map((candidate) => candidate.domain)).not.toContain('gmail.com');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('2');
  });

  it('loads the mail lists once, and again after a load that failed', async () => {
    let loads = 0;
    let fail = true;
    const page = createPageService({
      now: fakeClock().now,
      scan: () => Promise.resolve(undefined),
      loadMailLists: () => {
        loads += 1;
        return fail ? Promise.reject(new Error('missing file')) : Promise.resolve(mailListData);
      },
    });
    const freeMail = async () => {
      await page.handlers.reportPageEvidence(evidence('https://www.contoso.com/'), content);
      const context = await page.handlers.getTabContext(
        { tabId: 3 },
        { sender: 'extension-page', tabId: undefined },
      );
      return context?.emails.find((email) => email.email === 'jane.doe@gmail.com')?.isFreeMail;
    };
    // Without the lists the page is still ranked; gmail.com is just not known as free mail.
    expect(await freeMail()).toBe(false);
    fail = false;
    expect(await freeMail()).toBe(true);
    expect(await freeMail()).toBe(true);
    expect(loads).toBe(2);
  });

  it('remembers the chosen domain for the site', async () => {
    const page = createPageService({
      now: fakeClock().now,
      scan: () => Promise.resolve(undefined),
      loadMailLists,
    });
    await page.handlers.reportPageEvidence(evidence('https://www.contoso.com/'), content);
    await page.handlers.chooseDomain(
      { tabId: 3, domain: 'contoso-group.com' },
      { sender: 'extension-page', tabId: undefined },
    );
    await page.handlers.reportPageEvidence(evidence('https://www.contoso.com/about'), {
      ...content,
      tabId: 4,
    });
    expect(
      await page.handlers.getTabContext({ tabId: 4 }, { sender: 'extension-page', tabId: undefined }),
    ).toMatchObject({ domain: 'contoso-group.com' });
  });

  it('scans a tab on demand and refuses what the script did not return', async () => {
    let answer: unknown = evidence('https://www.contoso.com/');
    const page = createPageService({
      now: fakeClock().now,
      scan: () => Promise.resolve(answer),
      loadMailLists,
    });
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.contoso.com/' });
    const tabId = tab.id ?? 0;
    expect(
      await page.handlers.scanTab({ tabId }, { sender: 'extension-page', tabId: undefined }),
    ).toMatchObject({ ok: true, value: { tabId, domain: 'contoso.com' } });
    answer = { url: 'javascript:alert(1)', organizations: [], emails: [], linkedInLinks: [] };
    expect(
      await page.handlers.scanTab({ tabId }, { sender: 'extension-page', tabId: undefined }),
    ).toMatchObject({ ok: false, error: { kind: 'refused' } });
  });

  it('shows LinkedIn people on the badge and forgets a closed tab', async () => {
    const page = createPageService({
      now: fakeClock().now,
      scan: () => Promise.resolve(undefined),
      loadMailLists,
    });
    const people = [{ url: 'https://www.linkedin.com/in/jane' }, { url: 'https://www.linkedin.com/in/omar' }];
    await page.handlers.reportLinkedInPage(
      { url: 'https://www.linkedin.com/search/results/people/', kind: 'search', people },
      content,
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('2');
    await page.onTabNavigated(3, 'https://www.linkedin.com/search/results/people/');
    expect(
      await page.handlers.getTabContext({ tabId: 3 }, { sender: 'extension-page', tabId: undefined }),
    ).toMatchObject({ kind: 'linkedin-search' });
    await page.onTabRemoved(3);
    expect(
      await page.handlers.getTabContext({ tabId: 3 }, { sender: 'extension-page', tabId: undefined }),
    ).toBeNull();
  });

  describe('incremental LinkedIn reports (append)', () => {
    const url = 'https://www.linkedin.com/search/results/people/';
    const person = (slug: string) => ({ url: `https://www.linkedin.com/in/${slug}`, name: slug });
    const read = () =>
      page().handlers.getTabContext({ tabId: 3 }, { sender: 'extension-page', tabId: undefined });
    let service: ReturnType<typeof createPageService> | undefined;
    const page = () =>
      (service ??= createPageService({
        now: fakeClock().now,
        scan: () => Promise.resolve(undefined),
        loadMailLists,
      }));

    beforeEach(() => {
      service = undefined;
    });

    it('adds appended people to the tab, skipping ones it holds, and keeps the company', async () => {
      await page().handlers.reportLinkedInPage(
        {
          url,
          kind: 'search',
          people: [person('a'), person('b')],
          companyLinkedIn: 'https://www.linkedin.com/company/x',
        },
        content,
      );
      await page().handlers.reportLinkedInPage(
        { url, kind: 'search', people: [person('b'), person('c')], append: true },
        content,
      );
      const context = await read();
      expect(context?.people.map((p) => p.name)).toEqual(['a', 'b', 'c']);
      expect(context?.companyLinkedIn).toBe('https://www.linkedin.com/company/x');
      expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('3');
    });

    it('applies concurrent appends one after the other', async () => {
      await page().handlers.reportLinkedInPage({ url, kind: 'search', people: [person('a')] }, content);
      await Promise.all(
        ['b', 'c', 'd'].map((slug) =>
          page().handlers.reportLinkedInPage(
            { url, kind: 'search', people: [person(slug)], append: true },
            content,
          ),
        ),
      );
      expect((await read())?.people.map((p) => p.name)).toEqual(['a', 'b', 'c', 'd']);
    });

    it('caps the merged list at the schema limit', async () => {
      const many = Array.from({ length: 1990 }, (_, index) => person(`p${String(index)}`));
      await page().handlers.reportLinkedInPage({ url, kind: 'search', people: many }, content);
      const more = Array.from({ length: 20 }, (_, index) => person(`q${String(index)}`));
      await page().handlers.reportLinkedInPage({ url, kind: 'search', people: more, append: true }, content);
      const people = (await read())?.people ?? [];
      expect(people).toHaveLength(2000);
      expect(people.at(-1)?.name).toBe('q9');
    });

    it('does not append to another page: the report stands alone until the next full one', async () => {
      await page().handlers.reportLinkedInPage({ url, kind: 'search', people: [person('a')] }, content);
      await page().handlers.reportLinkedInPage(
        { url: `${url}?page=2`, kind: 'search', people: [person('z')], append: true },
        content,
      );
      expect((await read())?.people.map((p) => p.name)).toEqual(['z']);
    });

    it('replaces the people on a report without append', async () => {
      await page().handlers.reportLinkedInPage({ url, kind: 'search', people: [person('a')] }, content);
      await page().handlers.reportLinkedInPage({ url, kind: 'search', people: [person('b')] }, content);
      expect((await read())?.people.map((p) => p.name)).toEqual(['b']);
    });
  });
});

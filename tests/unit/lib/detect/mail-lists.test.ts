import { describe, expect, it } from 'vitest';
import { mailListData } from '../../../../lib/detect/mail-list-data';
import { createMailLists } from '../../../../lib/detect/mail-lists';

describe('createMailLists', () => {
  const lists = createMailLists(mailListData);

  it.each([
    ['gmail.com', true, false],
    ['web.de', true, false],
    ['mailinator.com', true, true],
    ['northwind-analytics.example', false, false],
  ])('%s: free %s, disposable %s', (domain, isFree, isDisposable) => {
    expect(lists.isFreeMail(domain)).toBe(isFree);
    expect(lists.isDisposable(domain)).toBe(isDisposable);
  });
});

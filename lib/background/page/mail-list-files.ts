/**
 * The worker's mail lists, fetched from the extension package on first use. Bundled into the worker they
 * were 2.5 MB of its 2.54 MB script: compiled on every wake-up (the bench's wake-up to first request went
 * from 76 to 55 ms without them) and 4 MB of idle heap. wxt.config.ts copies the packages' files.
 */
import { browser } from 'wxt/browser';
import type { MailListData } from '../../detect/mail-lists';
import { MAIL_LIST_FILES } from './mail-list-paths';

async function fetchList(path: string): Promise<string[]> {
  // The files are added by a build hook, so they are not in WXT's typed list of public paths.
  const response = await fetch(browser.runtime.getURL(`/${path}` as '/'));
  if (!response.ok) throw new Error(`${path}: HTTP ${String(response.status)}`);
  const list: unknown = await response.json();
  if (!Array.isArray(list) || !list.every((entry) => typeof entry === 'string'))
    throw new Error(`${path}: not a list of domains`);
  return list;
}

/** Both lists from the package's own files. */
export async function fetchMailLists(): Promise<MailListData> {
  const [freeMail, disposable] = await Promise.all([
    fetchList(MAIL_LIST_FILES.freeMail),
    fetchList(MAIL_LIST_FILES.disposable),
  ]);
  return { freeMail, disposable };
}

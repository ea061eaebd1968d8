// The domain lists as modules, for Node (unit tests, bench). Never import this from extension code: it
// puts 2.6 MB of JSON into the bundle (the worker fetches the files instead, mail-list-files.ts).
import disposable from 'disposable-email-domains/index.json';
import freeMail from 'email-providers/all.json';
import type { MailListData } from './mail-lists';

/** Both lists, read from the packages. */
export const mailListData: MailListData = { freeMail, disposable };

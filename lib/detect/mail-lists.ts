// Free-mail and disposable domain predicates. The lists themselves (~8.8k free-mail and ~120k disposable
// domains, ≈2.6 MB of JSON) are data, not code: the worker fetches them from the extension package when a
// company page is first ranked (lib/background/page/mail-list-files.ts), and Node code (tests, bench)
// imports them (mail-list-data.ts). Content scripts never rank and never load them.
import { parse } from 'tldts';

/** Domain predicates the ranking applies to e-mails found on a page (never to the site's own domain). */
export interface MailLists {
  readonly isFreeMail: (domain: string) => boolean;
  readonly isDisposable: (domain: string) => boolean;
}

/** The two domain lists, as their packages publish them. */
export interface MailListData {
  readonly freeMail: readonly string[];
  readonly disposable: readonly string[];
}

function matcher(domains: readonly string[]): (domain: string) => boolean {
  let set: Set<string> | undefined;
  return (domain) => {
    set ??= new Set(domains.map((entry) => entry.toLowerCase()));
    const registrable = parse(domain, { allowPrivateDomains: true }).domain;
    return set.has(domain) || (registrable !== null && set.has(registrable));
  };
}

/** Builds the free-mail and disposable predicates; the sets are built on first use. */
export function createMailLists(data: MailListData): MailLists {
  return { isFreeMail: matcher(data.freeMail), isDisposable: matcher(data.disposable) };
}

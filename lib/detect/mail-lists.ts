// Heavy: ~8.8k free-mail and ~120k disposable domains (≈2.6 MB of JSON). Import this module only from the
// background or popup; content scripts collect evidence and never rank.
import disposableDomains from 'disposable-email-domains/index.json';
import freeMailDomains from 'email-providers/all.json';
import { parse } from 'tldts';

/** Domain predicates the ranking applies to e-mails found on a page (never to the site's own domain). */
export interface MailLists {
  readonly isFreeMail: (domain: string) => boolean;
  readonly isDisposable: (domain: string) => boolean;
}

function matcher(domains: readonly string[]): (domain: string) => boolean {
  let set: Set<string> | undefined;
  return (domain) => {
    set ??= new Set(domains.map((entry) => entry.toLowerCase()));
    const registrable = parse(domain, { allowPrivateDomains: true }).domain;
    return set.has(domain) || (registrable !== null && set.has(registrable));
  };
}

/** Builds the free-mail and disposable predicates from the bundled lists; the sets are built on first use. */
export function createMailLists(): MailLists {
  return { isFreeMail: matcher(freeMailDomains), isDisposable: matcher(disposableDomains) };
}

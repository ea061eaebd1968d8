/** Where the build puts the domain lists in the package (wxt.config.ts copies them; the worker fetches them). */
export const MAIL_LIST_FILES = {
  freeMail: 'data/free-mail-domains.json',
  disposable: 'data/disposable-domains.json',
} as const;

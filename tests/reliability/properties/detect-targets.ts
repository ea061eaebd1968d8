/**
 * Property targets for what reads page and user input: the LinkedIn URL parser (and the API's
 * profile-URL validator built on it), the domain detector and the e-mail helpers. Each: no throw,
 * no hang, canonical forms that canonicalise to themselves, and errors that say why.
 */
import fc from 'fast-check';
import { domainOfHost, normaliseHost, siteDomainOf } from '../../../lib/detect/domain';
import { findEmailsInText, normaliseEmail, parseMailto } from '../../../lib/detect/emails';
import { parseLinkedInUrl } from '../../../lib/detect/linkedin/urls';
import { validateDomain, validateEmail, validateLinkedInProfileUrl } from '../../../lib/api/validate';
import type { ApiError } from '../../../lib/errors';
import type { Result } from '../../../lib/result';
import { emailish, hostish, linkedinishUrl, nastyString, pageUrlish } from './arbitraries';
import { timed, type Target } from './target';

const REASONS = new Set([
  'empty',
  'malformed',
  'unsupported-scheme',
  'not-linkedin',
  'unsupported-path',
  'invalid-id',
]);

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** An invalid-input error that names its field and says something. */
function isClearError(result: Result<unknown, ApiError>): boolean {
  return (
    !result.ok &&
    result.error.kind === 'invalid-input' &&
    result.error.field !== '' &&
    result.error.message.length > 10
  );
}

const isAscii = (text: string): boolean => /^[\x21-\x7e]*$/.test(text);

const linkedInUrl: Target = {
  name: 'LinkedIn URL parser',
  proves:
    'parseLinkedInUrl never throws or hangs; a parsed URL re-parses to the same key and canonical URL (also from its API form); only linkedin.com hosts pass; a refusal carries its reason and the input',
  run: (options) => {
    fc.assert(
      fc.property(
        linkedinishUrl,
        fc.option(
          fc.constantFrom('https://www.linkedin.com/search/', 'https://evil.example/', 'chrome://x'),
          { nil: undefined },
        ),
        (input, base) => {
          const parsed = timed('parseLinkedInUrl', () => parseLinkedInUrl(input, base));
          if (!parsed.ok) {
            check(
              REASONS.has(parsed.error.reason) && parsed.error.input === input,
              `bad error ${JSON.stringify(parsed.error)}`,
            );
            return;
          }
          const { key, canonicalUrl, apiUrl } = parsed.value;
          check(
            new URL(canonicalUrl).hostname === 'www.linkedin.com' && isAscii(apiUrl),
            `not canonical: ${canonicalUrl}`,
          );
          for (const again of [parseLinkedInUrl(canonicalUrl), parseLinkedInUrl(apiUrl)]) {
            check(
              again.ok && again.value.key === key && again.value.canonicalUrl === canonicalUrl,
              `not idempotent: ${input} → ${canonicalUrl}`,
            );
          }
        },
      ),
      options,
    );
  },
};

const profileValidator: Target = {
  name: 'LinkedIn profile validator (API input)',
  proves:
    'validateLinkedInProfileUrl never throws; what it accepts it accepts again unchanged; what it refuses is an invalid-input error with a message',
  run: (options) => {
    fc.assert(
      fc.property(linkedinishUrl, (input) => {
        const checked = timed('validateLinkedInProfileUrl', () => validateLinkedInProfileUrl(input));
        if (!checked.ok) {
          check(isClearError(checked), `unclear error for ${input}`);
          return;
        }
        const again = validateLinkedInProfileUrl(checked.value);
        check(again.ok && again.value === checked.value, `not idempotent: ${checked.value}`);
      }),
      options,
    );
  },
};

const domainDetector: Target = {
  name: 'Domain detector',
  proves:
    'siteDomainOf/domainOfHost/normaliseHost/validateDomain never throw or hang; hosts normalise to ASCII (confusables become punycode) and to themselves again; a registrable domain resolves to itself',
  run: (options) => {
    fc.assert(
      fc.property(hostish, pageUrlish, (host, page) => {
        const site = timed('siteDomainOf', () => siteDomainOf(page));
        const resolved = timed('domainOfHost', () => domainOfHost(host));
        for (const result of [site, resolved]) {
          if (!result.ok) continue;
          const { domain, hostname } = result.value;
          check(isAscii(domain) && isAscii(hostname), `non-ASCII domain ${domain}`);
          const self = domainOfHost(domain);
          check(self.ok && self.value.domain === domain, `domain ${domain} does not resolve to itself`);
        }
        const normal = timed('normaliseHost', () => normaliseHost(host));
        if (normal !== undefined)
          check(normaliseHost(normal) === normal, `normaliseHost not idempotent: ${normal}`);
        const valid = timed('validateDomain', () => validateDomain(host));
        if (!valid.ok) {
          check(isClearError(valid), `unclear error for ${host}`);
          return;
        }
        const again = validateDomain(valid.value);
        check(again.ok && again.value === valid.value, `validateDomain not idempotent: ${valid.value}`);
      }),
      options,
    );
  },
};

const emailValidator: Target = {
  name: 'E-mail validator and finders',
  proves:
    'validateEmail/normaliseEmail/parseMailto/findEmailsInText never throw or hang; accepted and found addresses are fixed points of their normaliser; refusals are clear invalid-input errors',
  run: (options) => {
    fc.assert(
      fc.property(emailish, nastyString, (address, prose) => {
        const valid = timed('validateEmail', () => validateEmail(address));
        if (valid.ok) {
          const again = validateEmail(valid.value);
          check(again.ok && again.value === valid.value, `validateEmail not idempotent: ${valid.value}`);
        } else check(isClearError(valid), `unclear error for ${address}`);
        const normal = timed('normaliseEmail', () => normaliseEmail(address));
        if (normal !== undefined)
          check(
            normaliseEmail(normal) === normal && isAscii(normal.split('@')[1] ?? ''),
            `normaliseEmail: ${normal}`,
          );
        const found = timed('findEmailsInText', () => [
          ...findEmailsInText(`${prose} ${address} ${prose}`),
          ...parseMailto(`mailto:${address}?subject=${prose}`),
        ]);
        for (const item of found)
          check(normaliseEmail(item) === item, `found address not canonical: ${item}`);
      }),
      options,
    );
  },
};

/** The detection targets. */
export const detectTargets: readonly Target[] = [
  linkedInUrl,
  profileValidator,
  domainDetector,
  emailValidator,
];

import { err, type Result } from '../../result';
import { classifyLink, parseLinkedInLink, type Classifier } from './url-core';
import { parseLinkedInInput } from './url-input';
import { legacyPub, post, profileView } from './url-routes-legacy';
import type { LinkedInUrl, LinkedInUrlError } from './url-types';

export type {
  LinkedInKind,
  LinkedInUrl,
  LinkedInUrlError,
  LinkedInUrlErrorReason,
  PersonVariant,
} from './url-types';
export { isLinkedInHost } from './url-input';

// Pasted input may also be a pre-2015 profile or a post; pages' own links go through url-core alone.
const classify: Classifier = (url, segments) => {
  const first = segments[0]?.toLowerCase() ?? '';
  const second = segments[1]?.toLowerCase();
  switch (first) {
    case 'pub':
      return legacyPub(segments);
    case 'profile':
      return second === 'view' ? profileView(url) : err('unsupported-path');
    case 'posts':
      return post(first, segments);
    case 'feed':
      return second === 'update' ? post(first, segments) : err('unsupported-path');
    default:
      return classifyLink(url, segments);
  }
};

/**
 * Classifies and canonicalises a LinkedIn URL, pasted text or relative href.
 * @param base the URL of the page a relative href came from (defaults to LinkedIn).
 * @example parseLinkedInUrl('<uk.linkedin.com/in/Jane-Doe/details/experience/?trk=x>') // person, key 'li:in:jane-doe'
 */
export function parseLinkedInUrl(input: string, base?: string): Result<LinkedInUrl, LinkedInUrlError> {
  return parseLinkedInLink(input, base, { classify, resolve: parseLinkedInInput });
}

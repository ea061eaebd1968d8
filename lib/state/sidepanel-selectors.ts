/** Pure derivations of the side panel's state, shared by the store and the panel's components. */
import type { PersonRef, ProfileEntry, Prospect } from '../messaging/protocol';
import type { Remote } from './remote';
import { valueOf } from './remote';
import type { SidepanelData } from './sidepanel-store';

/** Everyone the panel shows: the focused profile first, then the page's people. */
export function panelPeople(state: Pick<SidepanelData, 'context' | 'focus'>): readonly PersonRef[] {
  const people = valueOf(state.context)?.people ?? [];
  const focus = state.focus;
  return focus === null || people.some((p) => p.url === focus.url) ? people : [focus, ...people];
}

/** The prospect to show and save for a person: enriched or found data when there is some, else the page's. */
export function prospectFor(
  person: PersonRef,
  entry: ProfileEntry | undefined,
  found?: Remote<Prospect>,
): Prospect {
  if (entry?.status === 'done') return entry.prospect;
  if (found?.status === 'ready') return found.value;
  return {
    key: person.url,
    name: person.name ?? 'LinkedIn member',
    linkedinUrl: person.url,
    emails: [],
    ...(person.headline === undefined ? {} : { position: person.headline }),
    ...(person.company === undefined ? {} : { company: person.company }),
    ...(person.location === undefined ? {} : { location: person.location }),
  };
}

/** Public profile URLs (/in/…): the only ones Snov.io enriches by URL (Sales Navigator leads are not). */
export function isEnrichable(url: string): boolean {
  try {
    return new URL(url).pathname.startsWith('/in/');
  } catch {
    return false;
  }
}

/** Profiles that still cost a credit to enrich (not cached as found or as not found, not running). */
export function uncachedUrls(state: Pick<SidepanelData, 'profiles'>, urls: readonly string[]): string[] {
  return urls.filter((url) => {
    const status = state.profiles[url]?.status;
    return isEnrichable(url) && status !== 'done' && status !== 'not-found' && status !== 'pending';
  });
}

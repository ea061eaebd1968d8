import type { Prospect } from '../messaging/protocol/dto';
import type { PopupData } from './popup-types';
import { valueOf } from './remote';

/** Every prospect on screen: finder results first, then the current domain-search page. */
export function allProspects(state: PopupData): readonly Prospect[] {
  const page = valueOf(state.prospects)?.prospects ?? [];
  const seen = new Set(state.found.map((p) => p.key));
  return [...state.found, ...page.filter((p) => !seen.has(p.key))];
}

/** The selected prospects that are on screen. */
export function selectedProspects(state: PopupData): readonly Prospect[] {
  const selected = new Set(state.selected);
  return allProspects(state).filter((p) => selected.has(p.key));
}

/** Every address on screen, so verification results can be refreshed in one call. */
export function visibleEmails(state: PopupData): string[] {
  const emails = new Set<string>(state.checking);
  for (const prospect of allProspects(state)) for (const info of prospect.emails) emails.add(info.email);
  for (const page of [valueOf(state.emails), valueOf(state.generic)])
    for (const email of page?.emails ?? []) emails.add(email);
  return [...emails].slice(0, 2000);
}

/** The list a save target resolves to (a campaign saves into its own list), or null. */
export function targetListId(
  state: PopupData,
  target: { kind: 'list'; listId: number } | { kind: 'campaign'; campaignId: number },
): number | null {
  if (target.kind === 'list') return target.listId;
  return valueOf(state.campaigns)?.find((c) => c.id === target.campaignId)?.listId ?? null;
}

/** A list's name for messages, falling back to its id. */
export function listName(state: PopupData, listId: number): string {
  return valueOf(state.lists)?.find((l) => l.id === listId)?.name ?? `list #${listId}`;
}

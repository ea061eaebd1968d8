import type { Membership } from '../../lib/messaging/protocol';

export interface MembershipBadgeProps {
  readonly membership: Membership | undefined;
}

const WORDS: Record<Membership, { text: string; tone: string } | null> = {
  'in-list': { text: 'Already in list', tone: 'pill-ok' },
  'not-in-list': null,
  saving: { text: 'Adding…', tone: 'pill-muted' },
  failed: { text: 'Not added', tone: 'pill-bad' },
};

/** Whether the prospect is already in the chosen list, in words. */
export function MembershipBadge({ membership }: MembershipBadgeProps) {
  const words = membership ? WORDS[membership] : null;
  if (!words) return null;
  return <span class={`pill ${words.tone}`}>{words.text}</span>;
}

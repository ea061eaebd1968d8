import { useEffect, useState } from 'preact/hooks';
import { RemoteView } from '../../../components/dashboard/remote-view';
import { ReplyList } from '../../../components/dashboard/reply-list';
import { ErrorBanner } from '../../../components/status/error-banner';
import { Button } from '../../../components/ui/button';
import { LiveRegion } from '../../../components/ui/live-region';
import type { ApiError } from '../../../lib/errors';
import { useActions, useDashboardStore, useQuery } from '../use-dashboard';

/** The campaign's replies; opening them clears the unread badge. */
export function RepliesTab({
  campaignId,
  replyKey,
}: {
  readonly campaignId: number;
  readonly replyKey: string | undefined;
}) {
  const store = useDashboardStore();
  const replies = useQuery('listReplies', { campaignId });
  const { mutate, pending } = useActions();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    void store.getState().markRepliesRead();
  }, [store]);
  useEffect(() => {
    // A notification click lands here with a key the cached list may not hold yet.
    if (replyKey) void store.getState().load('listReplies', { campaignId }, { force: true });
  }, [store, campaignId, replyKey]);
  const checkNow = async () => {
    const result = await mutate('checkRepliesNow', undefined, ['listReplies']);
    setError(result.ok ? null : result.error);
    setMessage(
      result.ok
        ? result.value.newReplies === 0
          ? 'No new replies.'
          : `${result.value.newReplies} new replies.`
        : null,
    );
    if (result.ok) await store.getState().markRepliesRead();
  };
  return (
    <>
      <div class="row">
        <Button busy={pending['checkRepliesNow'] === true} onClick={() => void checkNow()}>
          Check for new replies now
        </Button>
        <span class="muted">
          Active campaigns are also checked in the background when reply notifications are on (Settings).
        </span>
      </div>
      <LiveRegion message={message} />
      {error ? <ErrorBanner error={error} /> : null}
      <RemoteView remote={replies} what="replies">
        {(items) => <ReplyList replies={items} currentKey={replyKey} />}
      </RemoteView>
    </>
  );
}

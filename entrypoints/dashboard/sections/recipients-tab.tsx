import { useState } from 'preact/hooks';
import { DataTable } from '../../../components/dashboard/data-table';
import { DoNotEmail } from '../../../components/dashboard/do-not-email';
import { RecipientCheck } from '../../../components/dashboard/recipient-check';
import type { RecipientStatusChoice } from '../../../components/dashboard/recipient-check';
import { RemoteView } from '../../../components/dashboard/remote-view';
import { ErrorBanner } from '../../../components/status/error-banner';
import { Section } from '../../../components/ui/section';
import type { ApiError } from '../../../lib/errors';
import type { RecipientCheck as Check } from '../../../lib/messaging/protocol/outreach';
import { useActions, useQuery } from '../use-dashboard';

/** Recipient status (check, change), finished prospects and do-not-email lists. */
export function RecipientsTab({ campaignId }: { readonly campaignId: number }) {
  const { mutate, pending } = useActions();
  const finished = useQuery('listFinishedProspects', { campaignId });
  const lists = useQuery('listDoNotEmailLists', undefined);
  const [checked, setChecked] = useState<{ emails: string[]; rows: readonly Check[] } | null>(null);
  const [duplicates, setDuplicates] = useState<readonly string[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const check = async (emails: string[]) => {
    const result = await mutate('checkRecipients', { campaignId, emails });
    setError(result.ok ? null : result.error);
    if (result.ok) setChecked({ emails, rows: result.value });
  };
  const change = async (email: string, status: RecipientStatusChoice) => {
    const result = await mutate('setRecipientStatus', { campaignId, email, status }, [
      'listFinishedProspects',
    ]);
    setError(result.ok ? null : result.error);
    if (result.ok && checked) await check(checked.emails);
  };
  const add = async (listId: number, items: string[]) => {
    const result = await mutate('addToDoNotEmailList', { listId, items }, ['listDoNotEmailLists']);
    setError(result.ok ? null : result.error);
    setDuplicates(result.ok ? result.value.duplicates : null);
  };
  return (
    <>
      {error ? <ErrorBanner error={error} /> : null}
      <Section title="Recipient status">
        <RecipientCheck
          results={checked?.rows ?? null}
          busy={pending['checkRecipients'] === true || pending['setRecipientStatus'] === true}
          onCheck={(emails) => void check(emails)}
          onChangeStatus={(email, status) => void change(email, status)}
        />
      </Section>
      <Section title="Finished prospects">
        <RemoteView remote={finished} what="finished prospects">
          {(rows) => (
            <DataTable
              caption="Prospects who finished this campaign"
              rows={rows}
              rowKey={(row) => row.id}
              columns={[
                { label: 'Name', cell: (row) => row.userName ?? '—' },
                { label: 'E-mail', cell: (row) => row.userEmail },
              ]}
            />
          )}
        </RemoteView>
      </Section>
      <Section title="Do-not-email lists">
        <RemoteView remote={lists} what="do-not-email lists">
          {(values) => (
            <DoNotEmail
              lists={values}
              busy={pending['addToDoNotEmailList'] === true}
              duplicates={duplicates}
              onAdd={(listId, items) => void add(listId, items)}
            />
          )}
        </RemoteView>
      </Section>
    </>
  );
}

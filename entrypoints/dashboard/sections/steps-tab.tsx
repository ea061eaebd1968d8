import { useState } from 'preact/hooks';
import { ContentEditor } from '../../../components/dashboard/content-editor';
import type { ContentValues } from '../../../components/dashboard/content-editor';
import { StepList } from '../../../components/dashboard/step-list';
import { ErrorBanner } from '../../../components/status/error-banner';
import type { ApiError } from '../../../lib/errors';
import type { Campaign } from '../../../lib/messaging/protocol/outreach';
import { useActions, useQuery } from '../use-dashboard';

const VARIANTS = 'ABCDEFGHIJKLMNO';

interface SlotProps {
  readonly campaignId: number;
  readonly stepId: string;
  readonly contentId: number;
  readonly label: string;
}

/** One content slot: loads it (an empty slot reads as not-found), then views, writes, edits or deletes it. */
function Slot({ campaignId, stepId, contentId, label }: SlotProps) {
  const address = { campaignId, stepId, contentId };
  const content = useQuery('getStepContent', address);
  const { mutate, pending } = useActions();
  const [error, setError] = useState<ApiError | null>(null);
  const save = async (values: ContentValues, isNew: boolean) => {
    const result = isNew
      ? await mutate('writeStepContent', { ...address, ...values }, ['getStepContent'])
      : await mutate('editStepContent', { ...address, changes: values }, ['getStepContent']);
    setError(result.ok ? null : result.error);
  };
  const remove = async () => {
    const result = await mutate('deleteStepContent', address, ['getStepContent', 'getCampaign']);
    setError(result.ok ? null : result.error);
  };
  if (content.status === 'loading' && !content.value)
    return (
      <p role="status" class="muted">
        Loading {label}…
      </p>
    );
  const isEmpty = content.status === 'error' && content.error.kind === 'not-found';
  const busy =
    pending['writeStepContent'] === true ||
    pending['editStepContent'] === true ||
    pending['deleteStepContent'] === true;
  return (
    <>
      {error ? <ErrorBanner error={error} /> : null}
      {content.status === 'error' && !isEmpty ? <ErrorBanner error={content.error} /> : null}
      {content.status === 'ready' || isEmpty ? (
        <ContentEditor
          key={content.status}
          label={label}
          content={content.status === 'ready' ? content.value : null}
          busy={busy}
          onSave={(values, isNew) => void save(values, isNew)}
          onDelete={() => void remove()}
        />
      ) : null}
    </>
  );
}

/** The sequence with each e-mail step's content. */
export function StepsTab({ campaign }: { readonly campaign: Campaign }) {
  const steps = campaign.sequence?.steps ?? [];
  const emailRefs = steps.filter((step) => step.type === 'email').map((step) => step._ref);
  return (
    <>
      <p class="muted">Content can be changed while the campaign is a draft, paused or scheduled.</p>
      <StepList
        steps={steps}
        renderSlot={(step, contentId, slot) => {
          const label = `Step ${emailRefs.indexOf(step._ref) + 1}${step.content.length > 1 ? ` variant ${VARIANTS[slot] ?? slot + 1}` : ''}`;
          return <Slot campaignId={campaign.id} stepId={step._ref} contentId={contentId} label={label} />;
        }}
      />
    </>
  );
}

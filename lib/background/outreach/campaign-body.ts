import type { CreateCampaignInput, UpdateCampaignInput } from '../../api/schemas/outreach/campaign-input';
import type { ProtocolMap } from '../../messaging/protocol';

type CreatePayload = Parameters<ProtocolMap['createCampaign']>[0];
type SettingsChanges = Parameters<ProtocolMap['updateCampaign']>[0]['changes'];

/**
 * A linear sequence: e-mail, wait N days, e-mail, … Step refs are ours (non-numeric); the server
 * answers with numeric refs (step ids) and one content slot per e-mail step (REFERENCE.md §12).
 */
export function linearSequence(emailSteps: number, delayDays: number): CreateCampaignInput['sequence'] {
  const steps: CreateCampaignInput['sequence']['steps'] = [];
  for (let index = 1; index <= emailSteps; index += 1) {
    const last = index === emailSteps;
    steps.push({
      _ref: `email-${index}`,
      type: 'email',
      content_slots: 1,
      ...(last ? {} : { next: `wait-${index}` }),
    });
    if (!last)
      steps.push({
        _ref: `wait-${index}`,
        type: 'delay',
        waiting_type: 'days',
        waiting_val: delayDays,
        next: `email-${index + 1}`,
      });
  }
  return { entry: 'email-1', steps };
}

/** The dashboard's create form → the v2 create body, with safe defaults for what the form does not ask. */
export function createCampaignBody(input: CreatePayload): CreateCampaignInput {
  return {
    title: input.title,
    priority: input.priority,
    email_accounts: [...input.emailAccounts],
    tracking: { open: input.trackOpens, link_click: input.trackClicks },
    sending_settings: {
      sending_priority: 'first_email',
      daily_sending_all: input.dailyLimit ?? null,
      skip_unverifiable: true,
      skip_who_replied: true,
      one_click_unsubscribe: true,
    },
    recipients: {
      list_id: input.listId,
      ...(input.doNotEmailListId === undefined ? {} : { black_list_id: input.doNotEmailListId }),
    },
    ...(input.scheduleId === undefined ? {} : { schedule_id: input.scheduleId }),
    complete_campaign_after_last_step: true,
    archive_in_months: 3,
    sequence: linearSequence(input.emailSteps, input.delayDays),
  };
}

/** Settings changes → a v2 PATCH body; `tracking` merges server-side, so one flag can be sent alone. */
export function updateCampaignBody(changes: SettingsChanges): UpdateCampaignInput['changes'] {
  const tracking = {
    ...(changes.trackOpens === undefined ? {} : { open: changes.trackOpens }),
    ...(changes.trackClicks === undefined ? {} : { link_click: changes.trackClicks }),
  };
  return {
    ...(changes.title === undefined ? {} : { title: changes.title }),
    ...(changes.priority === undefined ? {} : { priority: changes.priority }),
    ...(changes.emailAccounts === undefined ? {} : { email_accounts: [...changes.emailAccounts] }),
    ...(changes.scheduleId === undefined ? {} : { schedule_id: changes.scheduleId }),
    ...(Object.keys(tracking).length === 0 ? {} : { tracking }),
    ...(changes.dailyLimit === undefined
      ? {}
      : { sending_settings: { daily_sending_all: changes.dailyLimit } }),
  };
}

import { hex32, type Prng } from '../core/prng';
import { dateTime, dayMs, DAY_MS } from '../core/time';
import { IDS } from './workspace';
import type {
  ActivityEvent,
  Campaign,
  CampaignStatus,
  ContentBlock,
  CrmProspect,
  ListRecord,
  RecipientStatus,
  ReplyThread,
  Step,
} from './types';

export const CAMPAIGN_IDS = {
  q3: 237945,
  draft: 237956,
  nurture: 237960,
  spring: 237971,
  legacy: 237980,
  webinar: 237990,
} as const;

/** The settings echo of a v2 campaign, shaped like examples.json. */
export function defaultSettings(listId: number): Record<string, unknown> {
  return {
    email_accounts: [IDS.validSender],
    linkedin_accounts: [],
    priority: 'high',
    tracking: { open: true, link_click: true },
    sending_settings: {
      sending_priority: 'first_email',
      daily_sending_all: 100,
      daily_sending_new_recipients: 50,
      skip_unverifiable: true,
      skip_unverified: false,
      skip_who_replied: true,
      skip_company_domain_who_replied: false,
      skip_recipients_without_variables_data: true,
      skip_other_recipients_email_addresses: true,
      skip_recipients_added_to_my_another_campaign: false,
      skip_recipients_added_to_team_another_campaign: false,
      one_click_unsubscribe: true,
      delay_type: 'random',
      delay_from: 600,
      delay_to: 900,
    },
    recipients: { list_id: listId, black_list_id: IDS.doNotEmailList },
    schedule_id: IDS.schedule,
    start_campaign_at: null,
    complete_campaign_at: null,
    timezone: 'America/New_York',
    complete_campaign_after_last_step: false,
    archive_in_months: 3,
    provider_matching: false,
  };
}

interface Spec {
  id: number;
  title: string;
  status: CampaignStatus;
  listId: number;
  emailSteps: number[];
  written: boolean;
  startAt?: string;
}

const SPECS: Spec[] = [
  {
    id: CAMPAIGN_IDS.q3,
    title: 'Q3 outreach',
    status: 'paused',
    listId: IDS.q3TargetsList,
    emailSteps: [2, 1],
    written: true,
  },
  {
    id: CAMPAIGN_IDS.draft,
    title: 'Test campaign',
    status: 'new',
    listId: IDS.websiteLeadsList,
    emailSteps: [1],
    written: false,
  },
  {
    id: CAMPAIGN_IDS.nurture,
    title: 'Evergreen nurture',
    status: 'active',
    listId: IDS.websiteLeadsList,
    emailSteps: [1, 1],
    written: true,
  },
  {
    id: CAMPAIGN_IDS.spring,
    title: 'Spring launch',
    status: 'completed',
    listId: IDS.q3TargetsList,
    emailSteps: [1],
    written: true,
  },
  {
    id: CAMPAIGN_IDS.legacy,
    title: 'Legacy campaign',
    status: 'archived',
    listId: IDS.websiteLeadsList,
    emailSteps: [1],
    written: true,
  },
  {
    id: CAMPAIGN_IDS.webinar,
    title: 'Scheduled webinar',
    status: 'scheduled',
    listId: IDS.emptyList,
    emailSteps: [1],
    written: true,
    startAt: '2027-01-15 09:00:00',
  },
];

function buildSequence(spec: Spec, content: Map<number, ContentBlock>): { entry: string; steps: Step[] } {
  const steps: Step[] = [];
  const base = 1773996379996 + (spec.id % 1000) * 100;
  spec.emailSteps.forEach((slots, index) => {
    const ref = String(base + index * 2);
    const contentIds = Array.from({ length: slots }, (_, slot) => Number(ref) * 10 + slot);
    for (const id of contentIds) {
      const subject = index === 0 ? 'Quick question, {{first_name}}' : 'Following up, {{first_name}}';
      content.set(id, {
        id,
        subject: spec.written ? subject : '',
        body: spec.written ? '<p>Hi {{first_name}}, ...</p>' : '',
        plainText: false,
        usage: 'active',
        written: spec.written,
      });
    }
    steps.push({ _ref: ref, type: 'email', fields: { content_slots: slots }, contentIds });
    steps.push({
      _ref: String(base + index * 2 + 1),
      type: 'delay',
      fields: { waiting_type: 'days', waiting_val: 3 },
      contentIds: [],
    });
  });
  steps.push({ _ref: String(base + 99), type: 'goal', fields: { goal_name: 'end' }, contentIds: [] });
  steps.forEach((step, index) => {
    const next = steps[index + 1];
    if (next) step.fields['next'] = next._ref;
  });
  return { entry: steps[0]?._ref ?? '', steps };
}

export function buildCampaigns(anchor: string): Map<number, Campaign> {
  const created = Math.floor((dayMs(anchor) - 60 * DAY_MS) / 1000);
  return new Map(
    SPECS.map((spec, index) => {
      const content = new Map<number, ContentBlock>();
      const { entry, steps } = buildSequence(spec, content);
      const settings = defaultSettings(spec.listId);
      if (spec.startAt !== undefined) settings['start_campaign_at'] = spec.startAt;
      const started =
        spec.status === 'new' || spec.status === 'scheduled' ? null : created + 3600 * (index + 1);
      const campaign: Campaign = {
        id: spec.id,
        status: spec.status,
        title: spec.title,
        hash: hex32(`campaign-${spec.id}`),
        createdAt: created + index * 60,
        updatedAt: started ?? created + index * 60,
        startedAt: started,
        settings,
        entry,
        steps,
        content,
        linkedin: {
          contacted: index * 3,
          replies: index,
          requests: index * 2,
          accepted: index,
          messages: index * 2,
        },
      };
      return [spec.id, campaign];
    }),
  );
}

interface ActivityInput {
  campaigns: Map<number, Campaign>;
  lists: Map<number, ListRecord>;
  prospects: Map<string, CrmProspect>;
  anchor: string;
}

/** Sent/open/click/reply/bounce/unsubscribe events, reply threads and recipient statuses for started campaigns. */
export function buildActivity(prng: Prng, input: ActivityInput) {
  const events: ActivityEvent[] = [];
  const replies: ReplyThread[] = [];
  const recipients = new Map<number, Map<string, RecipientStatus>>();
  const end = dayMs(input.anchor);
  for (const campaign of input.campaigns.values()) {
    const statuses = new Map<string, RecipientStatus>();
    recipients.set(campaign.id, statuses);
    const listId = (campaign.settings['recipients'] as { list_id: number }).list_id;
    for (const prospectId of input.lists.get(listId)?.prospectIds ?? []) {
      const prospect = input.prospects.get(prospectId);
      if (!prospect?.email) continue;
      const email = prospect.email.toLowerCase();
      if (campaign.startedAt === null) {
        statuses.set(email, 'tocheck');
        continue;
      }
      const sentAt = end - prng.int(2, 44) * DAY_MS - prng.int(0, 86_000) * 1000;
      const add = (type: ActivityEvent['type'], offsetMs: number): string => {
        const time = dateTime(sentAt + offsetMs);
        events.push({
          id: hex32(`event-${events.length}`),
          campaignId: campaign.id,
          type,
          time,
          prospectId,
          subject: 'Quick question, {{first_name}}',
          body: `<p>Hi ${prospect.firstName}, ...</p>`,
          senderEmail: 'sender@prospector-demo.example',
        });
        return time;
      };
      add('sent', 0);
      let status: RecipientStatus =
        campaign.status === 'completed' || campaign.status === 'archived' ? 'finished' : 'active';
      if (prospect.smtpStatus === 'not_valid') {
        add('bounce', 60_000);
        status = 'finished';
      } else if (prng.chance(0.6)) {
        add('open', 3_600_000);
        if (prng.chance(0.25)) add('click', 3_700_000);
        if (prng.chance(0.35)) {
          const receivedAt = add('reply', 7_200_000);
          replies.push({
            campaignId: campaign.id,
            prospectId,
            replyType: 'email',
            replies: [
              { subject: 'Re: Quick question', message: "Thanks, let's talk next week.", receivedAt },
            ],
          });
          status = 'finished';
        } else if (prng.chance(0.08)) {
          add('unsubscribe', 7_300_000);
          status = 'unsubscribe';
        }
      }
      statuses.set(email, status);
    }
  }
  markMoved(recipients.get(CAMPAIGN_IDS.q3));
  addLinkedinReply(replies, input);
  events.sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0));
  return { events, replies, recipients };
}

/** One Q3 recipient is `moved`, so change-recipient-status has something to refuse. */
function markMoved(statuses: Map<string, RecipientStatus> | undefined): void {
  const active = [...(statuses?.entries() ?? [])].find(([, status]) => status === 'active');
  if (active && statuses) statuses.set(active[0], 'moved');
}

function addLinkedinReply(replies: ReplyThread[], input: ActivityInput): void {
  const prospectId = input.lists.get(IDS.q3TargetsList)?.prospectIds[1];
  if (prospectId === undefined) return;
  const receivedAt = dateTime(dayMs(input.anchor) - 3 * DAY_MS + 33_967_000);
  replies.push({
    campaignId: CAMPAIGN_IDS.q3,
    prospectId,
    replyType: 'linkedinMessage',
    replies: [{ subject: '', message: 'Hello! Happy to connect.', receivedAt }],
  });
}

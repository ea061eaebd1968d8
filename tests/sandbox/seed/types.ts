/** The in-memory world the sandbox serves: built from the seed, mutated by API calls, reset on demand. */

export type SmtpStatus = 'valid' | 'not_valid' | 'unknown';
export type UnknownReason = 'banned' | 'catchall' | 'connection_error' | 'greylist' | 'hidden_by_owner';

export interface Company {
  readonly name: string;
  readonly domain: string;
  readonly city: string;
  readonly state: string;
  readonly country: string;
  readonly founded: string;
  readonly industry: string;
  readonly size: string;
  readonly hqPhone: string;
  readonly relatedDomains: readonly string[];
  readonly revenue: { readonly min: number; readonly max: number; readonly reported: number };
  readonly genericEmails: readonly string[];
  readonly linkedinId: string;
  readonly isWebmail: boolean;
}

/** A person in the search database (domain search, finder, LinkedIn enrichment, verifier). */
export interface Person {
  readonly key: number;
  readonly firstName: string;
  readonly lastName: string;
  readonly position: string;
  readonly domain: string;
  readonly linkedinUrl: string;
  readonly email: string | null;
  readonly smtpStatus: SmtpStatus;
  readonly unknownReason: UnknownReason | null;
  readonly city: string;
  readonly country: string;
  readonly industry: string;
  readonly skills: readonly string[];
  readonly managementLevel: string;
  readonly department: string;
  readonly profileId: number;
  /** Hash in `search_emails_start` URLs (domain search). */
  readonly prospectHash: string;
  /** Hash in `email_and_hidden_info_reveal` URLs (database search). */
  readonly revealHash: string;
}

export interface ListRecord {
  readonly id: number;
  name: string;
  isDeleted: boolean;
  readonly creationDate: string;
  deletionDate: string | null;
  readonly prospectIds: string[];
}

/** A prospect saved in the user's lists (v1 prospect endpoints). */
export interface CrmProspect {
  readonly id: string;
  readonly hexId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  smtpStatus: SmtpStatus | null;
  socialLinks: Record<string, string>;
  phones: string[];
  country: string | null;
  locality: string | null;
  position: string | null;
  companyName: string | null;
  companySite: string | null;
  industry: string | null;
  customFields: Record<string, string>;
  updatedAt: string;
}

export interface CustomField {
  readonly label: string;
  readonly type: 'string' | 'number' | 'date';
  readonly required: boolean;
}

export interface SenderAccount {
  readonly id: number;
  senderName: string;
  emailFrom: string;
  smtp: { host: string; port: number; encryption: string };
  imap: { host: string; port: number; encryption: string } | null;
  /** Connection check outcome, visible once `checkReadyAt` has passed. */
  checkOutcome: 'valid' | 'invalid';
  checkReadyAt: number;
  suspended: boolean;
  limitation: number;
  delayType: 'fixed' | 'random';
  delayFixed: number;
  delayFrom: number;
  delayTo: number;
  replyTo: string | null;
  signature: string | null;
  bccEmail: string | null;
  tags: string[];
  provider: string;
  timezoneId: number | null;
  readonly createdAt: string;
  updatedAt: string | null;
}

export interface WarmUp {
  readonly id: number;
  status: 'active' | 'pending' | 'paused' | 'completed' | 'error';
  readonly emailAccountId: number;
  settings: Record<string, unknown>;
  readonly startDate: string;
  campaignDeadline: string | null;
}

export type CampaignStatus = 'new' | 'active' | 'paused' | 'scheduled' | 'completed' | 'archived';

export interface Step {
  _ref: string;
  type: 'email' | 'delay' | 'trigger' | 'goal' | 'linkedin';
  fields: Record<string, unknown>;
  contentIds: number[];
}

export interface ContentBlock {
  readonly id: number;
  subject: string;
  body: string;
  plainText: boolean;
  usage: 'active' | 'pause';
  written: boolean;
}

export interface Campaign {
  readonly id: number;
  status: CampaignStatus;
  title: string;
  readonly hash: string;
  readonly createdAt: number;
  updatedAt: number;
  startedAt: number | null;
  settings: Record<string, unknown>;
  entry: string;
  steps: Step[];
  content: Map<number, ContentBlock>;
  linkedin: { contacted: number; replies: number; requests: number; accepted: number; messages: number };
}

export type RecipientStatus = 'tocheck' | 'active' | 'paused' | 'finished' | 'unsubscribe' | 'moved';

export type EventType = 'sent' | 'open' | 'click' | 'reply' | 'bounce' | 'unsubscribe';

export interface ActivityEvent {
  readonly id: string;
  readonly campaignId: number;
  readonly type: EventType;
  readonly time: string;
  readonly prospectId: string;
  readonly subject: string;
  readonly body: string;
  readonly senderEmail: string;
}

export interface ReplyThread {
  readonly campaignId: number;
  readonly prospectId: string;
  readonly replyType: 'email' | 'linkedinMessage' | 'linkedinInvite' | 'linkedinInMail';
  readonly replies: { subject: string; message: string; receivedAt: string }[];
}

export interface Webhook {
  readonly id: number;
  readonly endPoint: string;
  readonly eventObject: string;
  readonly eventAction: string;
  status: 'active' | 'deactivated';
  readonly createdAt: number;
}

export interface Schedule {
  readonly id: number;
  readonly name: string;
  readonly timezone: string;
  readonly days: readonly { day: string; enabled: boolean; start_time: string; end_time: string }[];
}

export interface DoNotEmailList {
  readonly id: number;
  readonly name: string;
  readonly owner: string;
  readonly items: Set<string>;
}

export interface Pipeline {
  readonly id: number;
  readonly name: string;
  readonly createdAt: string;
  readonly stages: readonly {
    id: number;
    name: string;
    order: number;
    deals_count: number;
    deals_value: number;
  }[];
}

export interface World {
  readonly anchor: string;
  readonly companies: readonly Company[];
  readonly people: readonly Person[];
  readonly lists: Map<number, ListRecord>;
  readonly prospects: Map<string, CrmProspect>;
  readonly customFields: CustomField[];
  readonly senders: Map<number, SenderAccount>;
  readonly warmUps: Map<number, WarmUp>;
  readonly campaigns: Map<number, Campaign>;
  /** campaign id → recipient e-mail (lower case) → status. */
  readonly recipients: Map<number, Map<string, RecipientStatus>>;
  readonly events: ActivityEvent[];
  readonly replies: ReplyThread[];
  readonly schedules: readonly Schedule[];
  readonly blacklists: Map<number, DoNotEmailList>;
  readonly pipelines: readonly Pipeline[];
  readonly webhooks: Map<number, Webhook>;
  readonly userId: number;
  readonly ownerName: string;
  balance: number;
  uniqueRecipientsUsed: number;
  nextId: number;
}

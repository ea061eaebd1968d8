import { base64Id, longHex } from '../core/prng';
import { dateTime, dayMs, DAY_MS } from '../core/time';
import type {
  Company,
  CrmProspect,
  CustomField,
  DoNotEmailList,
  ListRecord,
  Person,
  Pipeline,
  Schedule,
  SenderAccount,
  WarmUp,
  Webhook,
} from './types';

/** Seeded ids worth knowing (README.md lists them). */
export const IDS = {
  websiteLeadsList: 1818597,
  q3TargetsList: 1818600,
  emptyList: 1818601,
  linkedinOnlyList: 1818610,
  deletedList: 1505383,
  validSender: 11980,
  invalidSender: 12355,
  gmailSender: 12401,
  activeWarmUp: 123,
  pausedWarmUp: 124,
  schedule: 1074,
  doNotEmailList: 8,
  pipeline: 1106350,
  userId: 1313777,
} as const;

/** Turns a database person into a saved list prospect. */
export function crmFromPerson(person: Person, company: Company | undefined, updatedAt: string): CrmProspect {
  return {
    id: base64Id(`crm-${person.key}`),
    hexId: longHex(`crm-${person.key}`, 68),
    firstName: person.firstName,
    lastName: person.lastName,
    email: person.email,
    smtpStatus: person.email === null ? null : person.smtpStatus,
    socialLinks: { linkedIn: person.linkedinUrl },
    phones: [],
    country: person.country,
    locality: person.city,
    position: person.position,
    companyName: company?.name ?? null,
    companySite: company ? `https://${company.domain}` : null,
    industry: person.industry,
    customFields: company ? { company: company.name } : {},
    updatedAt,
  };
}

function list(id: number, name: string, created: string, prospectIds: string[]): ListRecord {
  return { id, name, isDeleted: false, creationDate: created, deletionDate: null, prospectIds };
}

/** Lists and their prospects: "Website leads" (12), "Q3 targets" (40), an empty, a LinkedIn-only and a deleted list. */
export function buildLists(people: readonly Person[], companies: readonly Company[], anchor: string) {
  const base = dayMs(anchor);
  const prospects = new Map<string, CrmProspect>();
  const save = (indexes: number[]): string[] =>
    indexes.map((index) => {
      const person = people[index];
      if (!person) throw new Error(`seed: no person ${index}`);
      const crm = crmFromPerson(
        person,
        companies.find((company) => company.domain === person.domain),
        dateTime(base - 40 * DAY_MS),
      );
      prospects.set(crm.id, crm);
      return crm.id;
    });
  const range = (from: number, count: number): number[] =>
    Array.from({ length: count }, (_, at) => from + at);
  const deleted = list(IDS.deletedList, 'Old import', dateTime(base - 300 * DAY_MS), save(range(200, 10)));
  deleted.isDeleted = true;
  deleted.deletionDate = dateTime(base - 200 * DAY_MS);
  const lists = new Map<number, ListRecord>([
    [
      IDS.websiteLeadsList,
      list(IDS.websiteLeadsList, 'Website leads', dateTime(base - 90 * DAY_MS), save(range(0, 12))),
    ],
    [
      IDS.q3TargetsList,
      list(IDS.q3TargetsList, 'Q3 targets', dateTime(base - 80 * DAY_MS), save(range(64, 40))),
    ],
    [IDS.emptyList, list(IDS.emptyList, 'Empty list', dateTime(base - 10 * DAY_MS), [])],
    [
      IDS.linkedinOnlyList,
      list(IDS.linkedinOnlyList, 'LinkedIn only', dateTime(base - 5 * DAY_MS), save([19, 39, 59])),
    ],
    [IDS.deletedList, deleted],
  ]);
  return { lists, prospects };
}

export function buildCustomFields(): CustomField[] {
  return [
    { label: 'company', type: 'string', required: false },
    { label: 'Project name', type: 'string', required: false },
    { label: 'Renewal date', type: 'date', required: false },
    { label: 'specialization', type: 'string', required: false },
    { label: 'Seats', type: 'number', required: false },
  ];
}

function sender(id: number, name: string, email: string, extra: Partial<SenderAccount>): SenderAccount {
  return {
    id,
    senderName: name,
    emailFrom: email,
    smtp: { host: 'smtp.prospector-demo.example', port: 465, encryption: 'ssl' },
    imap: { host: 'imap.prospector-demo.example', port: 993, encryption: 'ssl' },
    checkOutcome: 'valid',
    checkReadyAt: 0,
    suspended: false,
    limitation: 50,
    delayType: 'random',
    delayFixed: 600,
    delayFrom: 600,
    delayTo: 900,
    replyTo: null,
    signature: null,
    bccEmail: null,
    tags: ['Main'],
    provider: 'hostinger',
    timezoneId: null,
    createdAt: '2026-03-20T10:00:00+00:00',
    updatedAt: null,
    ...extra,
  };
}

export function buildSenders(): Map<number, SenderAccount> {
  return new Map([
    [IDS.validSender, sender(IDS.validSender, 'Demo Sender', 'sender@prospector-demo.example', {})],
    [
      IDS.invalidSender,
      sender(IDS.invalidSender, 'Broken Sender', 'broken@prospector-demo.example', {
        checkOutcome: 'invalid',
        provider: 'godaddy',
        tags: ['Work'],
        smtp: { host: 'smtp.invalid-host.example', port: 587, encryption: 'tls' },
      }),
    ],
    [
      IDS.gmailSender,
      sender(IDS.gmailSender, 'Second Sender', 'second@prospector-demo.example', {
        provider: 'gmail',
        imap: null,
        tags: [],
        limitation: 40,
      }),
    ],
  ]);
}

export function buildWarmUps(anchor: string): Map<number, WarmUp> {
  const start = new Date(dayMs(anchor) - 30 * DAY_MS).toISOString().slice(0, 10);
  const common = {
    reply_rate: 30,
    send_to_paid_domain: false,
    subject: null,
    body: null,
    template_name: null,
    enable_ctd: false,
    schedule_id: null,
    enable_proxy: false,
    email_content: 'autogenerated',
    providers: ['gmail', 'microsoft', 'other'],
  };
  return new Map([
    [
      IDS.activeWarmUp,
      {
        id: IDS.activeWarmUp,
        status: 'active',
        emailAccountId: IDS.validSender,
        startDate: start,
        campaignDeadline: '2027-06-30',
        settings: { ...common, strategy: 'progressive', per_day: 40, from: 2, increase: 2 },
      },
    ],
    [
      IDS.pausedWarmUp,
      {
        id: IDS.pausedWarmUp,
        status: 'paused',
        emailAccountId: IDS.gmailSender,
        startDate: start,
        campaignDeadline: null,
        settings: { ...common, strategy: 'steady', per_day: 20, from: null, increase: null },
      },
    ],
  ]);
}

export function buildSchedules(): Schedule[] {
  const days = (start: string, end: string, weekends: boolean) =>
    ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((day) => ({
      day,
      enabled: weekends || (day !== 'sunday' && day !== 'saturday'),
      start_time: start,
      end_time: end,
    }));
  return [
    {
      id: IDS.schedule,
      name: 'Weekdays 9-17',
      timezone: 'America/New_York',
      days: days('09:00', '17:00', false),
    },
    { id: 1075, name: 'Every day', timezone: 'Europe/Berlin', days: days('08:00', '20:00', true) },
  ];
}

export function buildBlacklists(): Map<number, DoNotEmailList> {
  const items = ['optout@acme-robotics.example', 'competitor.example', 'legal@northwind-analytics.example'];
  return new Map([
    [
      IDS.doNotEmailList,
      { id: IDS.doNotEmailList, name: 'Do-not-email List', owner: 'Demo Owner', items: new Set(items) },
    ],
  ]);
}

export function buildPipelines(): Pipeline[] {
  const stage = (id: number, name: string, order: number, deals: number) => ({
    id,
    name,
    order,
    deals_count: deals,
    deals_value: deals * 1200,
  });
  return [
    {
      id: IDS.pipeline,
      name: 'Sales pipeline',
      createdAt: '2025-05-27T00:00:00Z',
      stages: [
        stage(10001, 'Lead in', 1, 54),
        stage(10002, 'Contact made', 2, 4),
        stage(10003, 'Demo scheduled', 3, 3),
        stage(10004, 'Proposal sent', 4, 2),
        stage(10005, 'Won', 5, 2),
      ],
    },
    {
      id: 1106351,
      name: 'Partnerships',
      createdAt: '2025-09-01T00:00:00Z',
      stages: [stage(10101, 'Intro', 1, 3), stage(10102, 'Negotiation', 2, 1), stage(10103, 'Signed', 3, 0)],
    },
  ];
}

export function buildWebhooks(): Map<number, Webhook> {
  const endPoint = 'https://hooks.prospector-demo.example/snov/7f3c2a9e';
  return new Map([
    [
      8,
      {
        id: 8,
        endPoint,
        eventObject: 'campaign_reply',
        eventAction: 'received',
        status: 'active',
        createdAt: 1755847444,
      },
    ],
    [
      14,
      {
        id: 14,
        endPoint,
        eventObject: 'campaign_email',
        eventAction: 'opened',
        status: 'deactivated',
        createdAt: 1755890563,
      },
    ],
  ]);
}

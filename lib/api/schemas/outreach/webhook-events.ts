// The webhook event catalogue (REFERENCE.md §17), as data for validation and for the UI.

/** Every documented `event_object` / `event_action` pair, with a readable label. */
export const WEBHOOK_EVENTS = [
  { object: 'campaign_email', action: 'sent', label: 'Campaign e-mail sent' },
  { object: 'campaign_email', action: 'first_sent', label: 'First e-mail sent to a recipient' },
  { object: 'campaign_email', action: 'opened', label: 'E-mail opened' },
  { object: 'campaign_email', action: 'bounced', label: 'E-mail bounced' },
  { object: 'campaign_email', action: 'clicked', label: 'Link clicked' },
  { object: 'campaign_reply', action: 'received', label: 'Reply received' },
  { object: 'campaign_reply', action: 'first_received', label: 'First reply received' },
  { object: 'campaign_reply', action: 'autoreply_received', label: 'Auto-reply received' },
  { object: 'campaign_li_reply', action: 'received', label: 'LinkedIn reply received' },
  { object: 'campaign_li_reply', action: 'first_received', label: 'First LinkedIn reply received' },
  { object: 'campaign_li', action: 'connection_request_accepted', label: 'LinkedIn connection accepted' },
  { object: 'company', action: 'found_domains_by_names', label: 'Company domains found by names' },
  { object: 'company', action: 'found_company_by_domain', label: 'Company info found by domain' },
  { object: 'prospect', action: 'found_by_li_url', label: 'Prospects found by LinkedIn URL' },
  { object: 'prospect', action: 'found_emails_by_name_by_domain', label: 'E-mails found by name and domain' },
  { object: 'prospect', action: 'campaign_finished', label: 'Campaign finished for a recipient' },
  { object: 'prospect', action: 'unsubscribed', label: 'Recipient unsubscribed' },
  { object: 'prospect', action: 'found_company_by_domain', label: 'Prospects found by domain' },
  { object: 'email_verification', action: 'verified', label: 'E-mail verification done' },
  { object: 'email', action: 'found_emails_by_domain', label: 'Domain e-mails found' },
  { object: 'email', action: 'found_generic_contacts_by_domain', label: 'Generic contacts found' },
  { object: 'email', action: 'found_prospect_emails', label: 'Prospect e-mails found' },
  { object: 'database_search', action: 'task_result', label: 'Database search done' },
] as const;

/** One catalogue entry. */
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
/** A documented `event_object`. */
export type WebhookEventObject = WebhookEvent['object'];

/** The catalogue entry for a pair, or undefined when Snov.io does not document it. */
export function findWebhookEvent(object: string, action: string): WebhookEvent | undefined {
  return WEBHOOK_EVENTS.find((event) => event.object === object && event.action === action);
}

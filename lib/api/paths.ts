/**
 * Every Snov.io API route, in one table (REFERENCE.md §3): a correction is one line.
 * Where Snov.io's short overview page names another path, the documented one is used and the
 * overview's is noted beside it; none of the overview-only paths exists in the detailed reference.
 */
export const ROUTES = {
  // Auth (§4)
  accessToken: { method: 'POST', path: '/v1/oauth/access_token' },

  // Domain search (§5): hash in the path
  domainSearchStart: { method: 'POST', path: '/v2/domain-search/start' },
  domainSearchResult: { method: 'GET', path: '/v2/domain-search/result/{task_hash}' },
  domainProspectsStart: { method: 'POST', path: '/v2/domain-search/prospects/start' },
  domainProspectsResult: { method: 'GET', path: '/v2/domain-search/prospects/result/{task_hash}' },
  prospectEmailsStart: {
    method: 'POST',
    path: '/v2/domain-search/prospects/search-emails/start/{prospect_hash}',
  },
  prospectEmailsResult: {
    method: 'GET',
    path: '/v2/domain-search/prospects/search-emails/result/{task_hash}',
  },
  domainEmailsStart: { method: 'POST', path: '/v2/domain-search/domain-emails/start' },
  domainEmailsResult: { method: 'GET', path: '/v2/domain-search/domain-emails/result/{task_hash}' },
  genericContactsStart: { method: 'POST', path: '/v2/domain-search/generic-contacts/start' },
  genericContactsResult: { method: 'GET', path: '/v2/domain-search/generic-contacts/result/{task_hash}' },
  domainEmailsCount: { method: 'POST', path: '/v1/get-domain-emails-count' },

  // Database search (§6): hash in the path
  databaseProspectsStart: { method: 'POST', path: '/v2/database-search/prospects/start' },
  databaseProspectsResult: { method: 'GET', path: '/v2/database-search/prospects/result/{task_hash}' },
  databaseProspectEmailsStart: {
    method: 'POST',
    path: '/v2/database-search/prospects/search-emails/start/{task_hash}',
  },
  databaseProspectEmailsResult: {
    method: 'GET',
    path: '/v2/database-search/prospects/search-emails/result/{task_hash}',
  },
  databaseCompaniesStart: { method: 'POST', path: '/v2/database-search/companies/start' },
  databaseCompaniesResult: { method: 'GET', path: '/v2/database-search/companies/result/{task_hash}' },

  // Enrichment and finder (§7): hash in the query (?task_hash=)
  companyDomainByNameStart: { method: 'POST', path: '/v2/company-domain-by-name/start' },
  companyDomainByNameResult: { method: 'GET', path: '/v2/company-domain-by-name/result' },
  emailsByNameStart: { method: 'POST', path: '/v2/emails-by-domain-by-name/start' },
  emailsByNameResult: { method: 'GET', path: '/v2/emails-by-domain-by-name/result' },
  linkedinProfilesStart: { method: 'POST', path: '/v2/li-profiles-by-urls/start' },
  linkedinProfilesResult: { method: 'GET', path: '/v2/li-profiles-by-urls/result' },
  // Overview says "GET or POST"; the reference documents POST only.
  profileByEmail: { method: 'POST', path: '/v1/get-profile-by-email' },

  // Verifier (§8): hash in the query
  emailVerificationStart: { method: 'POST', path: '/v2/email-verification/start' },
  emailVerificationResult: { method: 'GET', path: '/v2/email-verification/result' },

  // Prospects and lists (§9)
  addProspectToList: { method: 'POST', path: '/v1/add-prospect-to-list' },
  prospectById: { method: 'POST', path: '/v1/get-prospect-by-id' },
  prospectsByEmail: { method: 'POST', path: '/v1/get-prospects-by-email' },
  prospectCustomFields: { method: 'GET', path: '/v1/prospect-custom-fields' },
  userLists: { method: 'GET', path: '/v1/get-user-lists' },
  prospectsInList: { method: 'POST', path: '/v1/prospect-list' },
  createList: { method: 'POST', path: '/v1/lists' },

  // Sender accounts (§10)
  createSenderAccount: { method: 'POST', path: '/v2/sender-accounts/emails' },
  updateSenderAccount: { method: 'PATCH', path: '/v2/sender-accounts/emails/{id}' },
  senderAccounts: { method: 'GET', path: '/v2/sender-accounts/emails' },
  senderStatus: { method: 'GET', path: '/v2/sender-accounts/check-sender-status' },

  // Warm-up (§11)
  createWarmUp: { method: 'POST', path: '/v2/warm-up' },
  warmUps: { method: 'GET', path: '/v2/warm-up' },
  warmUp: { method: 'GET', path: '/v2/warm-up/{id}' },
  updateWarmUp: { method: 'PATCH', path: '/v2/warm-up/{id}' },
  deleteWarmUp: { method: 'DELETE', path: '/v2/warm-up/{id}' },
  // Overview: /v2/warm-up/{id}/daily-statistics (not documented).
  warmUpStatistics: { method: 'GET', path: '/v2/warm-up/statistics/{id}' },

  // Campaigns (§12)
  userCampaigns: { method: 'GET', path: '/v1/get-user-campaigns' },
  // Overview: POST /v2/campaigns (not documented).
  createCampaign: { method: 'POST', path: '/v2/campaigns/create' },
  campaign: { method: 'GET', path: '/v2/campaigns/{campaign_id}' },
  updateCampaign: { method: 'PATCH', path: '/v2/campaigns/{campaign_id}' },
  deleteCampaign: { method: 'DELETE', path: '/v2/campaigns/{campaign_id}' },
  // Overview: /v2/campaigns/{id}/state (not documented).
  campaignAction: { method: 'POST', path: '/v2/campaigns/{campaign_id}/action' },
  campaignSchedules: { method: 'GET', path: '/v2/campaigns/schedules' },

  // Campaign content (§13)
  createStepContent: { method: 'POST', path: '/v2/campaigns/{campaign_id}/steps/{step_id}/content/create' },
  stepContent: { method: 'GET', path: '/v2/campaigns/{campaign_id}/steps/{step_id}/content/{content_id}' },
  updateStepContent: {
    method: 'PATCH',
    path: '/v2/campaigns/{campaign_id}/steps/{step_id}/content/{content_id}',
  },
  deleteStepContent: {
    method: 'DELETE',
    path: '/v2/campaigns/{campaign_id}/steps/{step_id}/content/{content_id}',
  },

  // Recipients and do-not-email (§12)
  recipientStatus: { method: 'GET', path: '/v2/campaigns/{campaign_id}/recipient' },
  changeRecipientStatus: { method: 'POST', path: '/v1/change-recipient-status' },
  finishedProspects: { method: 'GET', path: '/v1/prospect-finished' },
  addToDoNotEmailList: { method: 'POST', path: '/v1/do-not-email-list' },
  doNotEmailLists: { method: 'GET', path: '/v2/blacklists' },

  // Analytics (§14)
  campaignAnalytics: { method: 'GET', path: '/v2/statistics/campaign-analytics' },
  campaignProgress: { method: 'GET', path: '/v2/campaigns/{campaign_id}/progress' },
  recipientsActivity: { method: 'GET', path: '/v2/campaigns/{campaign_id}/recipients-activity' },
  // Overview: /v2/campaigns/{id}/replies (not documented).
  allReplies: { method: 'GET', path: '/v2/campaigns/{campaign_id}/all-replies' },
  emailReplies: { method: 'GET', path: '/v1/get-emails-replies' },
  // Overview: /v2/campaigns/{id}/opens (not documented).
  emailsOpened: { method: 'GET', path: '/v1/get-emails-opened' },
  // Overview: /v2/campaigns/{id}/clicks (not documented).
  emailsClicked: { method: 'GET', path: '/v1/get-emails-clicked' },
  // Overview: /v2/campaigns/{id}/emails-sent (not documented).
  emailsSent: { method: 'GET', path: '/v1/emails-sent' },

  // CRM (§15)
  pipelines: { method: 'GET', path: '/v2/pipelines' },
  pipelineStages: { method: 'GET', path: '/v2/pipelines/{pipeline_id}/stages' },

  // User (§16)
  balance: { method: 'GET', path: '/v1/get-balance' },

  // Webhooks (§17)
  webhooks: { method: 'GET', path: '/v2/webhooks' },
  createWebhook: { method: 'POST', path: '/v2/webhooks' },
  updateWebhook: { method: 'PUT', path: '/v2/webhooks/{webhook_id}' },
  deleteWebhook: { method: 'DELETE', path: '/v2/webhooks/{webhook_id}' },
} as const satisfies Record<string, { method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'; path: string }>;

/** A route name. */
export type RouteName = keyof typeof ROUTES;
/** A route: method and path template. */
export type Route = (typeof ROUTES)[RouteName];

/** Maps the Snov.io endpoint functions (lib/api/endpoints) onto the background's {@link ProspectingApi} port. */
import {
  companyInfoResult,
  companyInfoStart,
  domainEmailsResult,
  domainEmailsStart,
  domainProspectsResult,
  domainProspectsStart,
  genericContactsResult,
  genericContactsStart,
  prospectEmailsResult,
  prospectEmailsStart,
} from '../api/endpoints/domain-search';
import {
  emailsByNameResult,
  emailsByNameStart,
  linkedinProfilesResult,
  linkedinProfilesStart,
} from '../api/endpoints/finder';
import { userCampaigns } from '../api/endpoints/outreach/campaigns';
import { addProspectToList, createList, prospectsByEmail, userLists } from '../api/endpoints/prospects';
import { verificationResult, verificationStart } from '../api/endpoints/verifier';
import type { Transport } from '../api/transport-types';
import { ok } from '../result';
import type { ProspectingApi } from './api-port';

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

/** The port over one transport (one base URL and account). */
export function createProspectingApi(transport: Transport): ProspectingApi {
  return {
    linkedinProfiles: {
      start: (urls, signal) => linkedinProfilesStart(transport, urls, opts(signal)),
      result: (hash, signal) => linkedinProfilesResult(transport, hash, opts(signal)),
    },
    verifyEmails: {
      start: (emails, signal) => verificationStart(transport, emails, opts(signal)),
      result: (hash, signal) => verificationResult(transport, hash, opts(signal)),
    },
    emailsByName: {
      start: (rows, signal) => emailsByNameStart(transport, rows, opts(signal)),
      result: (hash, signal) => emailsByNameResult(transport, hash, opts(signal)),
    },
    companyInfo: {
      start: (domain, signal) => companyInfoStart(transport, domain, opts(signal)),
      result: (hash, signal) => companyInfoResult(transport, hash, opts(signal)),
    },
    domainProspects: {
      start: (input, signal) => domainProspectsStart(transport, input, opts(signal)),
      result: (hash, signal) => domainProspectsResult(transport, hash, opts(signal)),
    },
    domainEmails: {
      start: (input, signal) => domainEmailsStart(transport, input, opts(signal)),
      result: (hash, signal) => domainEmailsResult(transport, hash, opts(signal)),
    },
    genericContacts: {
      start: (input, signal) => genericContactsStart(transport, input, opts(signal)),
      result: (hash, signal) => genericContactsResult(transport, hash, opts(signal)),
    },
    prospectEmails: {
      start: (prospectHash, signal) => prospectEmailsStart(transport, prospectHash, opts(signal)),
      result: (hash, signal) => prospectEmailsResult(transport, hash, opts(signal)),
    },
    async userLists() {
      const lists = await userLists(transport);
      return lists.ok
        ? ok(
            lists.value.map((list) => ({
              id: list.id,
              name: list.name.slice(0, 300),
              contacts: list.contacts,
            })),
          )
        : lists;
    },
    async createList(name) {
      const created = await createList(transport, name);
      return created.ok ? ok({ id: created.value.id, name: name.slice(0, 300), contacts: 0 }) : created;
    },
    async userCampaigns() {
      const campaigns = await userCampaigns(transport)();
      if (!campaigns.ok) return campaigns;
      return ok(
        campaigns.value.map((row) => ({
          id: row.id,
          name: row.campaign.slice(0, 300),
          listId: row.list_id,
          status: row.status.slice(0, 40),
        })),
      );
    },
    async addProspectToList(request) {
      const added = await addProspectToList(transport, request);
      return added.ok ? ok({ isAdded: added.value.isAdded, isUpdated: added.value.isUpdated }) : added;
    },
    async listsOfEmail(email) {
      const found = await prospectsByEmail(transport, email);
      return found.ok ? ok(found.value.flatMap((prospect) => prospect.lists.map((list) => list.id))) : found;
    },
  };
}

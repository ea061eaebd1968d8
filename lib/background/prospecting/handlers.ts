/** The prospecting messages, one line each over the use cases. */
import type { ApiError } from '../../errors';
import { err, ok } from '../../result';
import type { Handlers } from '../handlers';
import type { ProspectingMessageName } from '../../messaging/protocol/prospecting';
import { jobViews } from '../queue/state';
import type { Services } from '../services';
import { addToList, getMembership } from './add-to-list';
import { companyInfo, domainEmails, domainProspects, revealProspectEmails } from './domain';
import { enrichProfiles, getProfiles } from './enrich';
import { findEmail } from './find-email';
import { createList, getCampaigns, getLists } from './lists';
import { getVerifications, verifyEmails } from './verify';

const NO_JOB: ApiError = { kind: 'not-found', message: 'This task is no longer in the queue.' };

/** Handlers for every prospecting message. */
export function createProspectingHandlers(services: Services): Pick<Handlers, ProspectingMessageName> {
  return {
    async enrichProfiles({ urls }) {
      const job = await enrichProfiles(services, urls);
      return job.ok ? ok({ jobId: job.value.jobId }) : job;
    },
    getProfiles: ({ urls }) => getProfiles(services, urls),
    findEmail: (input) => findEmail(services, input),
    async verifyEmails({ emails }) {
      const job = await verifyEmails(services, emails);
      return job.ok ? ok({ jobId: job.value.jobId }) : job;
    },
    getVerifications: ({ emails }) => getVerifications(services, emails),
    companyInfo: ({ domain }) => companyInfo(services, domain),
    domainProspects: (input) => domainProspects(services, input),
    domainEmails: (input) => domainEmails(services, input),
    revealProspectEmails: ({ prospectHash }) => revealProspectEmails(services, prospectHash),
    getLists: (input) => getLists(services, input?.refresh === true),
    createList: ({ name }) => createList(services, name),
    getCampaigns: (input) => getCampaigns(services, input?.refresh === true),
    addToList: ({ listId, prospects }) => addToList(services, listId, prospects),
    getMembership: ({ listId, keys }) => getMembership(services, listId, keys),
    getJobs: async () => jobViews(await services.queue.read()),
    cancelJob: async ({ jobId }) => ((await services.queue.cancel(jobId)) ? ok(null) : err(NO_JOB)),
    retryJob: async ({ jobId }) => ((await services.queue.retry(jobId)) ? ok(null) : err(NO_JOB)),
    clearCache: async () => ok({ removed: await services.cache.clear() }),
  };
}

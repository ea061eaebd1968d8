// @vitest-environment node
// The client's surface: every endpoint group is bound, and no group silently overrides another.
import { describe, expect, it } from 'vitest';
import { bindTransport } from '../../../../lib/api/bind';
import * as balance from '../../../../lib/api/endpoints/balance';
import * as databaseSearch from '../../../../lib/api/endpoints/database-search';
import * as domainSearch from '../../../../lib/api/endpoints/domain-search';
import * as finder from '../../../../lib/api/endpoints/finder';
import { createOutreachEndpoints } from '../../../../lib/api/endpoints/outreach/index';
import * as prospects from '../../../../lib/api/endpoints/prospects';
import * as verifier from '../../../../lib/api/endpoints/verifier';
import type { Transport } from '../../../../lib/api/transport-types';
import { exampleRouter } from './fakes';
import { makeClient } from './harness';

const never: Transport = { send: () => Promise.reject(new Error('not used')) };
const groups = {
  balance,
  databaseSearch,
  domainSearch,
  finder,
  prospects,
  verifier,
};

describe('createSnovClient', () => {
  it('endpoint names are unique across groups (outreach included)', () => {
    const names = [
      ...Object.values(groups).flatMap((g) => Object.keys(bindTransport(never, g))),
      ...Object.keys(createOutreachEndpoints(never)),
    ];
    expect(new Set(names).size).toBe(names.length);
  });

  it('exposes every prospecting endpoint, the high-level operations and task helpers', () => {
    const { client } = makeClient(exampleRouter());
    const expected = [
      ...Object.values(groups).flatMap((g) => Object.keys(g)),
      'verifyEmails',
      'findEmails',
      'companyDomainsByName',
      'enrichLinkedInProfiles',
      'resumeBatch',
      'resumeTask',
      'runTask',
      'nextSlotInMs',
      'signOut',
    ];
    for (const name of expected)
      expect(typeof (client as Record<string, unknown>)[name], name).toBe('function');
  });

  it('runTask starts once, reports the hash, then polls to completion', async () => {
    const { client, time, apiCalls } = makeClient(exampleRouter());
    const hashes: string[] = [];
    const info = await time.run(
      client.runTask(
        'company-info',
        (signal) => client.companyInfoStart('example.com', signal ? { signal } : {}),
        {
          onStarted: (hash) => {
            hashes.push(hash);
          },
        },
      ),
    );
    expect(info.ok && info.value.domain).toBe('example.com');
    expect(hashes).toEqual(['6f15de14db954c761f8e7507547b3bd7']);
    expect(apiCalls().map((c) => c.method)).toEqual(['POST', 'GET']);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addToList, getMembership } from '../../../../../lib/background/prospecting/add-to-list';
import { buildServices, createFakeApi, fakeClock } from '../fakes';

beforeEach(() => {
  fakeBrowser.reset();
});

const jane = {
  key: 'li:in:jane',
  email: 'jane@contoso.example',
  linkedinUrl: 'https://www.linkedin.com/in/jane',
  firstName: 'Jane',
  lastName: 'Doe',
  customFields: { Seats: '12' },
};
const omar = { key: 'li:in:omar', email: 'omar@contoso.example', firstName: 'Omar', lastName: 'Ali' };

describe('adding prospects to a list', () => {
  it('skips a prospect the API already has in the list, sends the others with custom fields and social links', async () => {
    const clock = fakeClock();
    const api = createFakeApi({ clock, listsByEmail: new Map([['omar@contoso.example', [7]]]) });
    const { services } = buildServices(api, clock);
    const added = await addToList(services, 7, [jane, omar]);
    if (!added.ok) throw new Error(added.error.kind);
    const state = await services.queue.read();
    await services.queue.whenSettled(state.jobs.flatMap((job) => job.entryIds));

    const sent = api.calls.filter((call) => call.route === 'addProspectToList').map((call) => call.input);
    expect(sent).toEqual([
      expect.objectContaining({
        listId: 7,
        email: 'jane@contoso.example',
        customFields: { Seats: '12' },
        socialLinks: { linkedIn: 'https://www.linkedin.com/in/jane' },
      }),
    ]);
    expect(await getMembership(services, 7, ['li:in:jane', 'li:in:omar', 'li:in:nobody'])).toEqual({
      'li:in:jane': 'in-list',
      'li:in:omar': 'in-list',
      'li:in:nobody': 'not-in-list',
    });
  });

  it('adds nothing the second time: both are known members, no request', async () => {
    const clock = fakeClock();
    const api = createFakeApi({ clock });
    const { services } = buildServices(api, clock);
    const first = await addToList(services, 7, [jane, omar]);
    if (!first.ok) throw new Error(first.error.kind);
    await services.queue.whenSettled((await services.queue.read()).jobs.flatMap((job) => job.entryIds));
    const calls = api.calls.length;
    const again = await addToList(services, 7, [jane, omar]);
    expect(again).toMatchObject({ ok: true, value: { skipped: ['li:in:jane', 'li:in:omar'] } });
    await services.queue.idle();
    expect(api.calls.length).toBe(calls);
  });

  it('a person the account already holds in another list is asked again with updateContact, so it lands in this one', async () => {
    const clock = fakeClock();
    const api = createFakeApi({ clock, existingLinkedIn: new Set(['https://www.linkedin.com/in/jane']) });
    const { services } = buildServices(api, clock);
    const noEmail = {
      key: jane.key,
      linkedinUrl: jane.linkedinUrl,
      firstName: jane.firstName,
      lastName: jane.lastName,
    };
    const added = await addToList(services, 9, [noEmail]);
    if (!added.ok) throw new Error(added.error.kind);
    await services.queue.whenSettled((await services.queue.read()).jobs.flatMap((job) => job.entryIds));
    const sent = api.calls.filter((call) => call.route === 'addProspectToList').map((call) => call.input);
    expect(sent).toEqual([
      expect.not.objectContaining({ updateContact: true }),
      expect.objectContaining({ listId: 9, updateContact: true }),
    ]);
    expect(await getMembership(services, 9, ['li:in:jane'])).toEqual({ 'li:in:jane': 'in-list' });
  });
});

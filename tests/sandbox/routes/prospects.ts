/** Adding and reading saved prospects (REFERENCE.md §9, v1, free). */
import { notFound, ok, type Reply } from '../core/http';
import { base64Id, longHex } from '../core/prng';
import {
  InputError,
  isEmail,
  isIsoDate,
  optBool,
  optList,
  optObject,
  optStr,
  reqInt,
  reqStr,
  type Input,
} from '../core/params';
import { dateTime, phpDate } from '../core/time';
import type { CrmProspect, ListRecord, RecipientStatus, World } from '../seed/types';
import type { HandlerTable, RouteContext } from './context';
import { canonicalLinkedin, jobOf } from './lookup';

const SOCIAL_KEYS = ['linkedIn', 'facebook', 'twitter'];

/** A list that exists and is not deleted, or 404. */
export function liveList(world: World, id: number): ListRecord {
  const list = world.lists.get(id);
  if (!list || list.isDeleted) throw notFound();
  return list;
}

function readCustomFields(world: World, input: Input): Record<string, string> {
  const fields = optObject(input, 'customFields') ?? {};
  return Object.fromEntries(
    Object.entries(fields).map(([label, value]) => {
      const field = world.customFields.find((item) => item.label === label);
      // Assumption: a label that is not an existing custom field is refused (§9: "an existing custom field").
      if (!field) throw new InputError(`Custom field "${label}" does not exist.`);
      const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
      if (field.type === 'number' && text !== '' && Number.isNaN(Number(text)))
        throw new InputError(`Custom field "${label}" must be a number.`);
      if (field.type === 'date' && text !== '' && !isIsoDate(text))
        throw new InputError(`Custom field "${label}" must be a date (YYYY-MM-DD).`);
      return [label, text];
    }),
  );
}

function readSocial(input: Input): Record<string, string> {
  const social = optObject(input, 'socialLinks') ?? {};
  return Object.fromEntries(
    Object.entries(social).flatMap(([key, value]) => {
      if (!SOCIAL_KEYS.includes(key)) throw new InputError(`Unknown social link type ${key}.`);
      return typeof value === 'string' && value !== '' ? [[key, value]] : [];
    }),
  );
}

/** The fields of add-prospect-to-list that describe the person (everything but flags and listId). */
function readProfile(ctx: RouteContext) {
  const { input } = ctx;
  const email = optStr(input, 'email')?.trim();
  if (email !== undefined && !isEmail(email))
    throw new InputError('The email must be a valid email address.');
  const socialLinks = readSocial(input);
  if (email === undefined && socialLinks['linkedIn'] === undefined)
    throw new InputError('The email field is required when socialLinks[linkedIn] is empty.');
  const companySite = optStr(input, 'companySite');
  if (companySite !== undefined && !/^https?:\/\/\S+$/i.test(companySite))
    throw new InputError('The companySite must be a full URL (https://…).');
  const fullName = optStr(input, 'fullName');
  const [fullFirst = '', ...fullRest] = fullName?.trim().split(/\s+/) ?? [];
  return {
    email: email ?? null,
    socialLinks,
    companySite: companySite ?? null,
    phones: optList(input, 'phones') ?? [],
    firstName: optStr(input, 'firstName') ?? fullFirst,
    lastName: optStr(input, 'lastName') ?? fullRest.join(' '),
    country: optStr(input, 'country') ?? null,
    locality: optStr(input, 'locality') ?? null,
    position: optStr(input, 'position') ?? null,
    companyName: optStr(input, 'companyName') ?? null,
    customFields: readCustomFields(ctx.world, input),
  };
}

function findExisting(
  world: World,
  profile: { email: string | null; socialLinks: Record<string, string> },
): CrmProspect | undefined {
  const all = [...world.prospects.values()];
  if (profile.email !== null)
    return all.find((item) => item.email?.toLowerCase() === profile.email?.toLowerCase());
  const link = canonicalLinkedin(profile.socialLinks['linkedIn'] ?? '');
  return all.find(
    (item) =>
      item.socialLinks['linkedIn'] !== undefined && canonicalLinkedin(item.socialLinks['linkedIn']) === link,
  );
}

/** A prospect added to a campaign's list joins the campaign (§9): active campaigns start its sequence. */
function enrol(world: World, listId: number, prospect: CrmProspect): void {
  if (prospect.email === null) return;
  const email = prospect.email.toLowerCase();
  for (const campaign of world.campaigns.values()) {
    const recipients = campaign.settings['recipients'] as { list_id?: unknown } | undefined;
    if (Number(recipients?.list_id) !== listId) continue;
    const statuses = world.recipients.get(campaign.id) ?? new Map<string, RecipientStatus>();
    world.recipients.set(campaign.id, statuses);
    if (statuses.has(email)) continue;
    statuses.set(email, campaign.status === 'active' ? 'active' : 'tocheck');
    if (campaign.status === 'active') world.uniqueRecipientsUsed += 1;
  }
}

function addProspect(ctx: RouteContext): Reply {
  const list = liveList(ctx.world, reqInt(ctx.input, 'listId'));
  const update = optBool(ctx.input, 'updateContact') ?? false;
  const duplicate = optBool(ctx.input, 'createDuplicates') ?? false;
  if (update && duplicate)
    throw new InputError('Only one of updateContact and createDuplicates may be true.');
  const profile = readProfile(ctx);
  const existing = findExisting(ctx.world, profile);
  const stamp = dateTime(ctx.now);
  if (existing && !duplicate) {
    // Assumption (§9): an existing prospect with both flags false is left alone: added:false, updated:false.
    if (!update) return ok({ success: true, id: existing.id, added: false, updated: false });
    const { customFields, socialLinks, phones, ...rest } = profile;
    const changes = Object.fromEntries(
      Object.entries(rest).filter(([, value]) => value !== null && value !== ''),
    );
    Object.assign(existing, changes, {
      customFields: { ...existing.customFields, ...customFields },
      socialLinks: { ...existing.socialLinks, ...socialLinks },
      updatedAt: stamp,
    });
    if (phones.length > 0) existing.phones = phones;
    const added = !list.prospectIds.includes(existing.id);
    if (added) list.prospectIds.push(existing.id);
    enrol(ctx.world, list.id, existing);
    return ok({ success: true, id: existing.id, added, updated: true });
  }
  const serial = ctx.rt.nextId();
  const prospect: CrmProspect = {
    id: base64Id(`added-${serial}`),
    hexId: longHex(`added-${serial}`, 68),
    ...profile,
    smtpStatus: null,
    industry: null,
    updatedAt: stamp,
  };
  ctx.world.prospects.set(prospect.id, prospect);
  list.prospectIds.push(prospect.id);
  enrol(ctx.world, list.id, prospect);
  return ok({ success: true, id: prospect.id, added: true, updated: false });
}

/** The prospect object of get-prospect-by-id / get-prospects-by-email (JSON spelling `currentJob`). */
export function prospectView(world: World, prospect: CrmProspect): Record<string, unknown> {
  const lists = [...world.lists.values()].filter(
    (list) => !list.isDeleted && list.prospectIds.includes(prospect.id),
  );
  const campaigns = [...world.campaigns.values()].filter(
    (campaign) =>
      prospect.email !== null &&
      world.recipients.get(campaign.id)?.has(prospect.email.toLowerCase()) === true,
  );
  const company = world.companies.find((item) => item.name === prospect.companyName);
  return {
    id: prospect.id,
    name: `${prospect.firstName} ${prospect.lastName}`.trim(),
    firstName: prospect.firstName,
    lastName: prospect.lastName,
    industry: prospect.industry,
    country: prospect.country,
    locality: prospect.locality,
    social: Object.entries(prospect.socialLinks).map(([type, link]) => ({ link, type })),
    lastUpdateDate: phpDate(prospect.updatedAt),
    currentJob:
      prospect.position === null && prospect.companyName === null
        ? []
        : [
            {
              ...jobOf(company, prospect.position ?? ''),
              companyName: prospect.companyName,
              site: prospect.companySite,
            },
          ],
    previousJob: [],
    lists: lists.map((list) => ({ id: list.id, name: list.name })),
    // Assumption (§9): campaign items are opaque; the sandbox sends id, name and recipient status.
    campaigns: campaigns.map((campaign) => ({
      id: campaign.id,
      name: campaign.title,
      status: world.recipients.get(campaign.id)?.get(prospect.email?.toLowerCase() ?? '') ?? null,
    })),
  };
}

function prospectById(ctx: RouteContext): Reply {
  const prospect = ctx.world.prospects.get(reqStr(ctx.input, 'id'));
  if (!prospect) throw notFound();
  return ok({ success: true, data: prospectView(ctx.world, prospect) });
}

function prospectsByEmail(ctx: RouteContext): Reply {
  const email = reqStr(ctx.input, 'email').trim().toLowerCase();
  const matches = [...ctx.world.prospects.values()].filter((item) => item.email?.toLowerCase() === email);
  return ok({ success: true, data: matches.map((item) => prospectView(ctx.world, item)) });
}

export const prospectHandlers: HandlerTable = {
  addProspectToList: addProspect,
  prospectById,
  prospectsByEmail,
};

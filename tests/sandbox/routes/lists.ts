/** Lists and custom fields (REFERENCE.md §9, v1, free). */
import { ok, type Reply } from '../core/http';
import { optInt, reqInt, reqStr } from '../core/params';
import { dateTime, phpDate } from '../core/time';
import type { CrmProspect, SmtpStatus } from '../seed/types';
import type { HandlerTable, RouteContext } from './context';
import { liveList } from './prospects';

// Assumption: the undocumented numeric smtpStatus codes are 3 = valid, 2 = unknown, 1 = not_valid, null = unchecked.
const SMTP_CODES: Record<SmtpStatus, number> = { valid: 3, unknown: 2, not_valid: 1 };

function listEmail(prospect: CrmProspect): Record<string, unknown>[] {
  if (prospect.email === null) return [];
  const checked = prospect.smtpStatus !== null;
  return [
    {
      email: prospect.email,
      probability: 99,
      isVerified: null,
      jobStatus: 'any',
      domainType: 'linkedin_email',
      isValidFormat: checked ? true : null,
      isDisposable: checked ? false : null,
      isWebmail: checked ? false : null,
      isGibberish: checked ? false : null,
      smtpStatus: prospect.smtpStatus === null ? null : SMTP_CODES[prospect.smtpStatus],
    },
  ];
}

function prospectsInList(ctx: RouteContext): Reply {
  const list = liveList(ctx.world, reqInt(ctx.input, 'listId'));
  const page = optInt(ctx.input, 'page', { min: 1 }) ?? 1;
  // Assumption: perPage defaults to 100 when omitted.
  const perPage = optInt(ctx.input, 'perPage', { min: 1, max: 5000 }) ?? 100;
  const prospects = list.prospectIds.slice((page - 1) * perPage, page * perPage).flatMap((id) => {
    const prospect = ctx.world.prospects.get(id);
    return prospect
      ? [
          {
            id: prospect.hexId,
            name: `${prospect.firstName} ${prospect.lastName}`.trim(),
            firstName: prospect.firstName,
            lastName: prospect.lastName,
            emails: listEmail(prospect),
          },
        ]
      : [];
  });
  return ok({
    success: true,
    list: {
      name: list.name,
      contacts: list.prospectIds.length,
      creationDate: phpDate(list.creationDate),
      emailsCount: [],
    },
    prospects,
  });
}

function userLists(ctx: RouteContext): Reply {
  // Deleted lists are included with isDeleted:true (§9).
  return ok(
    [...ctx.world.lists.values()].map((list) => ({
      id: list.id,
      name: list.name,
      contacts: list.prospectIds.length,
      isDeleted: list.isDeleted,
      creationDate: phpDate(list.creationDate),
      deletionDate: list.deletionDate === null ? null : phpDate(list.deletionDate),
    })),
  );
}

function createList(ctx: RouteContext): Reply {
  const name = reqStr(ctx.input, 'name');
  const id = ctx.rt.nextId();
  ctx.world.lists.set(id, {
    id,
    name,
    isDeleted: false,
    creationDate: dateTime(ctx.now),
    deletionDate: null,
    prospectIds: [],
  });
  return ok([{ success: true, data: { id } }]);
}

function customFields(ctx: RouteContext): Reply {
  return ok(
    ctx.world.customFields.map((field) => ({
      key: `customFields['${field.label}']`,
      label: field.label,
      required: field.required,
      type: field.type,
    })),
  );
}

export const listHandlers: HandlerTable = {
  prospectCustomFields: customFields,
  userLists,
  prospectsInList,
  createList,
};

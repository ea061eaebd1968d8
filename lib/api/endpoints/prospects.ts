/** Prospects and lists (REFERENCE.md §9): v1, free, form bodies with bracket keys. */
import type { ApiError } from '../../errors';
import { err, ok, type Result } from '../../result';
import { ROUTES } from '../paths';
import {
  CreateListSchema,
  CustomFieldsSchema,
  ProspectByIdSchema,
  ProspectsByEmailSchema,
  ProspectsInListSchema,
  UserListsSchema,
  type CreatedList,
  type CustomFields,
  type Prospect,
  type ProspectsInList,
  type UserLists,
} from '../schemas/prospects';
import type { Transport } from '../transport-types';
import { validateEmail, validateName, validatePositiveInt } from '../validate';
import { type CallOptions, withSignal } from './call';

// add-prospect-to-list has its own module (every documented field); re-exported here.
export { addProspectToList } from './add-prospect';
export type { AddProspectInput } from './add-prospect';

/** A prospect by the id add-prospect returned (contains `=`/`+`: the form encoding escapes them). */
export async function prospectById(
  transport: Transport,
  id: string,
  options?: CallOptions,
): Promise<Result<Prospect, ApiError>> {
  const checked = validateName(id, 'id');
  if (!checked.ok) return checked;
  return transport.send(
    withSignal(
      { route: ROUTES.prospectById, form: { id: checked.value }, schema: ProspectByIdSchema },
      options,
    ),
  );
}

/** Every stored prospect with this e-mail, across lists. */
export async function prospectsByEmail(
  transport: Transport,
  email: string,
  options?: CallOptions,
): Promise<Result<Prospect[], ApiError>> {
  const checked = validateEmail(email);
  if (!checked.ok) return checked;
  return transport.send(
    withSignal(
      { route: ROUTES.prospectsByEmail, form: { email: checked.value }, schema: ProspectsByEmailSchema },
      options,
    ),
  );
}

/** The account's custom prospect fields (labels for `customFields`). */
export function customFields(
  transport: Transport,
  options?: CallOptions,
): Promise<Result<CustomFields, ApiError>> {
  return transport.send(
    withSignal({ route: ROUTES.prospectCustomFields, schema: CustomFieldsSchema }, options),
  );
}

/** The account's prospect lists, deleted ones filtered out. */
export async function userLists(
  transport: Transport,
  options?: CallOptions,
): Promise<Result<UserLists, ApiError>> {
  const lists = await transport.send(
    withSignal({ route: ROUTES.userLists, schema: UserListsSchema }, options),
  );
  return lists.ok ? ok(lists.value.filter((list) => !list.isDeleted)) : lists;
}

/** Input of {@link prospectsInList}. */
export interface ProspectsInListInput {
  readonly listId: number;
  readonly page?: number;
  /** At most 5000. */
  readonly perPage?: number;
}

/** One page of the prospects in a list; `list.contacts` is the total for paging. */
export async function prospectsInList(
  transport: Transport,
  input: ProspectsInListInput,
  options?: CallOptions,
): Promise<Result<ProspectsInList, ApiError>> {
  const listId = validatePositiveInt(input.listId, 'listId');
  if (!listId.ok) return listId;
  const page = validatePositiveInt(input.page ?? 1, 'page');
  if (!page.ok) return page;
  const perPage = validatePositiveInt(input.perPage ?? 100, 'perPage');
  if (!perPage.ok) return perPage;
  if (perPage.value > 5000)
    return err({ kind: 'invalid-input', field: 'perPage', message: 'At most 5000 prospects per page.' });
  return transport.send(
    withSignal(
      {
        route: ROUTES.prospectsInList,
        form: { listId: listId.value, page: page.value, perPage: perPage.value },
        schema: ProspectsInListSchema,
      },
      options,
    ),
  );
}

/** Creates a prospect list. */
export async function createList(
  transport: Transport,
  name: string,
  options?: CallOptions,
): Promise<Result<CreatedList, ApiError>> {
  const checked = validateName(name, 'name');
  if (!checked.ok) return checked;
  return transport.send(
    withSignal(
      { route: ROUTES.createList, form: { name: checked.value }, schema: CreateListSchema },
      options,
    ),
  );
}

/** Prospects and lists (REFERENCE.md §9): v1, free, form bodies with bracket keys. */
import type { ApiError } from '../../errors';
import { err, ok, type Result } from '../../result';
import { ROUTES } from '../paths';
import {
  AddProspectSchema,
  CreateListSchema,
  CustomFieldsSchema,
  ProspectByIdSchema,
  ProspectsByEmailSchema,
  ProspectsInListSchema,
  UserListsSchema,
  type AddProspectResult,
  type CreatedList,
  type CustomFields,
  type Prospect,
  type ProspectsInList,
  type UserLists,
} from '../schemas/prospects';
import type { Transport } from '../transport-types';
import { validateEmail, validateLinkedInProfileUrl, validateName, validatePositiveInt } from '../validate';
import { type CallOptions, withSignal } from './call';

/** Every field `add-prospect-to-list` accepts. `email` or `socialLinks.linkedIn` is required. */
export interface AddProspectInput {
  readonly listId: number;
  readonly email?: string;
  readonly fullName?: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly phones?: readonly string[];
  /** One of Snov.io's country names. */
  readonly country?: string;
  readonly locality?: string;
  readonly position?: string;
  readonly companyName?: string;
  /** Full URL form, e.g. `https://example.com`. */
  readonly companySite?: string;
  readonly socialLinks?: {
    readonly linkedIn?: string;
    readonly facebook?: string;
    readonly twitter?: string;
  };
  /** Values for existing custom fields, keyed by label (see {@link customFields}). */
  readonly customFields?: Readonly<Record<string, string>>;
  /** Update an existing prospect with this e-mail (in any list). */
  readonly updateContact?: boolean;
  /** Create a duplicate instead; only one of the two flags may be true. */
  readonly createDuplicates?: boolean;
}

function checkProspect(input: AddProspectInput): Result<AddProspectInput, ApiError> {
  const listId = validatePositiveInt(input.listId, 'listId');
  if (!listId.ok) return listId;
  const email = input.email?.trim() ? validateEmail(input.email) : undefined;
  if (email && !email.ok) return email;
  const linkedIn = input.socialLinks?.linkedIn?.trim()
    ? validateLinkedInProfileUrl(input.socialLinks.linkedIn, 'socialLinks.linkedIn')
    : undefined;
  if (linkedIn && !linkedIn.ok) return linkedIn;
  if (!email && !linkedIn)
    return err({
      kind: 'invalid-input',
      field: 'email',
      message: 'Give an e-mail address or a LinkedIn profile URL.',
    });
  if (input.updateContact === true && input.createDuplicates === true) {
    return err({
      kind: 'invalid-input',
      field: 'createDuplicates',
      message: 'Choose either "update existing" or "create duplicate", not both.',
    });
  }
  return ok({
    ...input,
    ...(email ? { email: email.value } : {}),
    socialLinks: { ...input.socialLinks, ...(linkedIn ? { linkedIn: linkedIn.value } : {}) },
  });
}

/** Adds (or updates) a prospect in a list; a list used by an active campaign enrols the prospect. */
export async function addProspectToList(
  transport: Transport,
  input: AddProspectInput,
  options?: CallOptions,
): Promise<Result<AddProspectResult, ApiError>> {
  const checked = checkProspect(input);
  if (!checked.ok) return checked;
  const p = checked.value;
  const form = {
    listId: p.listId,
    email: p.email,
    fullName: p.fullName,
    firstName: p.firstName,
    lastName: p.lastName,
    phones: p.phones?.filter((phone) => phone.trim() !== ''),
    country: p.country,
    locality: p.locality,
    position: p.position,
    companyName: p.companyName,
    companySite: p.companySite,
    socialLinks: p.socialLinks,
    customFields: p.customFields,
    // false is left out rather than sent (Snov's own client drops false values, REFERENCE.md §2.1b).
    updateContact: p.updateContact === true ? true : undefined,
    createDuplicates: p.createDuplicates === true ? true : undefined,
  };
  return transport.send(
    withSignal({ route: ROUTES.addProspectToList, form, schema: AddProspectSchema }, options),
  );
}

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

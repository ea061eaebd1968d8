/** `POST /v1/add-prospect-to-list` (REFERENCE.md §9) with every documented field. */
import type { ApiError } from '../../errors';
import { err, ok, type Result } from '../../result';
import { ROUTES } from '../paths';
import { AddProspectSchema, type AddProspectResult } from '../schemas/prospects';
import type { Transport } from '../transport-types';
import { validateEmail, validateLinkedInProfileUrl, validatePositiveInt } from '../validate';
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

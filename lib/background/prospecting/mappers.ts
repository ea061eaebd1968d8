/** Maps API results to Prospector's own shapes (dto.ts), so no UI code sees Snov.io's envelopes. */
import * as v from 'valibot';
import type { LinkedInProfile, FinderEmail } from '../../api/schemas/finder';
import type { Verification } from '../../api/schemas/verifier';
import { domainOfHost } from '../../detect/domain';
import type { EmailInfo, Prospect } from '../../messaging/protocol/dto';
import { EmailStatusSchema, UnknownReasonSchema } from '../../messaging/protocol/dto';

function clip(value: string | null | undefined, max: number): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed.slice(0, max);
}

/** Drops undefined values so optional properties stay absent (exactOptionalPropertyTypes). */
export function compact<T extends Record<string, unknown>>(
  record: T,
): { [K in keyof T]: Exclude<T[K], undefined> } {
  // Only undefined-valued keys are removed, which is exactly what the mapped type says.
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

function siteDomain(url: string | null | undefined): string | undefined {
  if (url === null || url === undefined || url.trim() === '') return undefined;
  try {
    const site = domainOfHost(new URL(url.includes('://') ? url : `https://${url}`).hostname);
    return site.ok ? site.value.domain : undefined;
  } catch {
    return undefined;
  }
}

/** What verification says, in the UI's words (`unknown` keeps its reason when Snov.io gave one). */
export function toEmailInfo(
  email: string,
  result: Pick<Verification, 'smtp_status' | 'unknown_status_reason' | 'is_webmail' | 'is_disposable'>,
  verifiedAt?: number,
): EmailInfo {
  const status = v.safeParse(EmailStatusSchema, result.smtp_status);
  const reason = v.safeParse(UnknownReasonSchema, result.unknown_status_reason);
  return compact({
    email: email.slice(0, 254),
    status: status.success ? status.output : 'unknown',
    reason: status.success && status.output === 'unknown' && reason.success ? reason.output : undefined,
    isWebmail: result.is_webmail ?? undefined,
    isDisposable: result.is_disposable ?? undefined,
    verifiedAt,
  });
}

/** A finder e-mail (its smtp status is a verification the finder already ran). */
export function finderEmailInfo(found: FinderEmail): EmailInfo {
  return toEmailInfo(found.email, found);
}

/** An enriched LinkedIn profile as a prospect. */
export function profileToProspect(key: string, linkedinUrl: string, profile: LinkedInProfile): Prospect {
  const positions = profile.positions.map((position) =>
    compact({
      title: clip(position.title, 300),
      company: clip(position.name, 200),
      companyUrl: clip(position.url, 2048),
      companyLinkedIn: clip(position.linkedin_url, 2048),
    }),
  );
  const current = profile.positions[0];
  const name =
    clip(profile.name, 200) ??
    clip(`${profile.first_name ?? ''} ${profile.last_name ?? ''}`, 200) ??
    linkedinUrl.slice(0, 200);
  return compact({
    key,
    name,
    firstName: clip(profile.first_name, 100),
    lastName: clip(profile.last_name, 100),
    position: clip(current?.title, 300),
    company: clip(current?.name, 200),
    companyDomain: siteDomain(current?.url),
    location: clip(profile.location, 200),
    country: clip(profile.country, 100),
    linkedinUrl: linkedinUrl.slice(0, 2048),
    emails: [],
    positions,
  });
}

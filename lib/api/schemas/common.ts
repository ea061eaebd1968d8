/**
 * Valibot normalisers for the quirks every Snov.io response shares (REFERENCE.md §2.4): `links`
 * sent as `[]`, PHP DateTime objects, Unix seconds, `"70%"` rates, string balances, ids that are
 * strings or numbers, and statuses in mixed case. Endpoint schemas compose these; types come from
 * `v.InferOutput`.
 */
import * as v from 'valibot';

/** `links` is an object, or `[]` when PHP serialises an empty map: always an object of strings. */
export const LinksSchema = v.pipe(
  v.union([v.array(v.unknown()), v.record(v.string(), v.nullish(v.string()))]),
  v.transform((links): Readonly<Record<string, string>> => {
    if (Array.isArray(links)) return {};
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(links)) if (typeof value === 'string') out[key] = value;
    return out;
  }),
);

/** Offset of an IANA zone at a UTC instant, in minutes (Intl does the tz database work). */
function zoneOffsetMinutes(timeZone: string, utcMs: number): number | undefined {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }).formatToParts(utcMs);
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
    const wall = Date.UTC(
      get('year'),
      get('month') - 1,
      get('day'),
      get('hour'),
      get('minute'),
      get('second'),
    );
    return Math.round((wall - Math.floor(utcMs / 1000) * 1000) / 60_000);
  } catch {
    return undefined;
  }
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?$/;

/** Converts a wall-clock `YYYY-MM-DD HH:MM:SS[.ffffff]` in `zone` (IANA, offset or UTC) to ISO-8601. */
export function wallTimeToIso(wallTime: string, zone = 'UTC'): string | undefined {
  const m = WALL_TIME.exec(wallTime.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac = '0'] = m;
  const asUtc = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    Number(frac.padEnd(3, '0').slice(0, 3)),
  );
  const offsetMatch = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  let offset: number | undefined;
  if (zone === 'UTC' || zone === 'Z') offset = 0;
  else if (offsetMatch)
    offset = (offsetMatch[1] === '-' ? -1 : 1) * (Number(offsetMatch[2]) * 60 + Number(offsetMatch[3]));
  else offset = zoneOffsetMinutes(zone, asUtc);
  if (offset === undefined) return undefined;
  return new Date(asUtc - offset * 60_000).toISOString();
}

/** PHP DateTime object `{date, timezone_type, timezone}` (v1 endpoints) → ISO-8601 string. */
export const PhpDateSchema = v.pipe(
  v.object({
    date: v.string(),
    timezone_type: v.optional(v.number()),
    timezone: v.optional(v.string(), 'UTC'),
  }),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const iso = wallTimeToIso(dataset.value.date, dataset.value.timezone);
    if (iso === undefined) {
      addIssue({ message: `Unreadable PHP date "${dataset.value.date}"` });
      return NEVER;
    }
    return iso;
  }),
);

/** `"YYYY-MM-DD HH:MM:SS"` (v2, UTC) or an ISO string → ISO-8601; unknown formats pass through. */
export const DateStringSchema = v.pipe(
  v.string(),
  v.transform((value) => {
    // Assumption: v2 wall-clock dates without a zone are UTC (REFERENCE.md §14 "ISO-8601 UTC").
    if (WALL_TIME.test(value.trim())) return wallTimeToIso(value) ?? value;
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? value : new Date(parsed).toISOString();
  }),
);

/** The largest Unix time a JavaScript Date can hold (±8.64e15 ms), in seconds. */
const MAX_UNIX_SECONDS = 8.64e12;

/** Unix seconds (v1 campaigns, webhooks) → ISO-8601 string. */
export const UnixSecondsSchema = v.pipe(
  v.union([v.number(), v.pipe(v.string(), v.regex(/^\d+$/), v.transform(Number))]),
  // Found by the fuzz run (issue 7): past ±8.64e12 s `toISOString()` throws a RangeError out of safeParse.
  v.check((seconds) => Math.abs(seconds) <= MAX_UNIX_SECONDS, 'Expected Unix seconds within the date range'),
  v.transform((seconds) => new Date(seconds * 1000).toISOString()),
);

/** Any of the three date encodings → ISO-8601. */
export const AnyDateSchema = v.union([PhpDateSchema, UnixSecondsSchema, DateStringSchema]);

/** `"70%"`, `"70"` or `70` → `70`. */
export const PercentSchema = v.union([
  v.number(),
  v.pipe(
    v.string(),
    v.trim(),
    v.regex(/^-?\d+(\.\d+)?\s*%?$/, 'Expected a percentage'),
    v.transform((s) => Number.parseFloat(s)),
  ),
]);

/** A number that may arrive as a string (`"25000.00"`) → number. */
export const NumberishSchema = v.union([
  v.number(),
  v.pipe(v.string(), v.trim(), v.regex(/^-?\d+(\.\d+)?$/, 'Expected a numeric string'), v.transform(Number)),
]);

/** An id sent as a string or a number → string (prospect ids are opaque strings). */
export const IdSchema = v.pipe(
  v.union([v.string(), v.number()]),
  v.transform((id) => String(id)),
);

/** An integer id (list, campaign, account) sent as a number or a numeric string → number. */
export const IntIdSchema = v.union([
  v.pipe(v.number(), v.integer()),
  v.pipe(v.string(), v.regex(/^\d+$/, 'Expected an integer id'), v.transform(Number)),
]);

/** A status string in any case (`"Active"`, `"active"`) → trimmed lowercase. */
export const LowercaseSchema = v.pipe(v.string(), v.trim(), v.toLowerCase());

/** A closed set of statuses compared case-insensitively; output is the lowercase member. */
export function lowercasePicklist<const T extends readonly string[]>(
  options: T,
): v.SchemaWithPipe<
  readonly [v.StringSchema<undefined>, v.TrimAction, v.ToLowerCaseAction, v.PicklistSchema<T, undefined>]
> {
  return v.pipe(v.string(), v.trim(), v.toLowerCase(), v.picklist(options));
}

/** Async task status; done ⇔ `completed` (REFERENCE.md §2.2; "in progress" with a space is folded). */
export const TaskStatusSchema = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.transform((s) => s.replace(/\s+/g, '_')),
);

/** `[]` (PHP's empty object) or a value matching `schema` → the value or `undefined`. */
export function emptyArrayAsUndefined<S extends v.GenericSchema>(
  schema: S,
): v.UnionSchema<
  [v.SchemaWithPipe<readonly [v.TupleSchema<[], undefined>, v.TransformAction<[], undefined>]>, S],
  undefined
> {
  return v.union([
    v.pipe(
      v.tuple([]),
      v.transform(() => undefined),
    ),
    schema,
  ]);
}

/** A list that may be missing or `null` → always an array (the key is optional in the input). */
export function listOf<S extends v.GenericSchema>(
  item: S,
): v.SchemaWithPipe<
  readonly [
    v.OptionalSchema<v.NullableSchema<v.ArraySchema<S, undefined>, undefined>, () => never[]>,
    v.TransformAction<v.InferOutput<S>[] | null, v.InferOutput<S>[]>,
  ]
> {
  return v.pipe(
    v.optional(v.nullable(v.array(item)), () => []),
    v.transform((list) => list ?? []),
  );
}

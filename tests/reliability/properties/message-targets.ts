/**
 * Property targets for the trust boundary: every message in the protocol, through the guard the
 * background runs before any handler (lib/messaging/guard.ts). Arbitrary JSON (with `__proto__`
 * keys), arbitrary senders and arbitrary type names never make it throw; a valid payload plus one
 * stray key is always refused; what it accepts it accepts again unchanged.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { guardMessage, type SenderFields } from '../../../lib/messaging/guard';
import { messages, payloadSchemas, senderPolicy } from '../../../lib/messaging/protocol';
import { hostileJson, nastyString, strayKey } from './arbitraries';
import { arbitraryFor, isStrictObject, objectKeys } from './schema-arbitrary';
import { timed, type Target } from './target';

const SELF = { extensionId: 'ours', extensionOrigin: 'chrome-extension://ours/' };
const RULES = { payloadSchemas, senderPolicy };
const NAMES = Object.keys(messages);
const DAY = { dateFrom: '2026-10-01', dateTo: '2026-11-01' };

/** Valid payloads for schemas whose custom checks the generic generator rarely satisfies. */
const EXAMPLES: Readonly<Record<string, unknown>> = {
  reportLinkedInPage: {
    url: 'https://www.linkedin.com/in/jane-doe',
    kind: 'profile',
    people: [{ url: 'https://www.linkedin.com/in/jane-doe', name: 'Jane Doe' }],
  },
  getCampaignMetrics: { campaignId: 237945, ...DAY },
  getOutreachAnalytics: { ...DAY },
  getRecipientsActivity: { campaignId: 237945, ...DAY, offset: 0 },
  getActivityTimeline: { campaignId: 237945, ...DAY },
};

const OUR_PAGE: SenderFields = { id: 'ours', url: 'chrome-extension://ours/popup.html' };
const OUR_CONTENT: SenderFields = {
  id: 'ours',
  url: 'https://www.linkedin.com/in/x',
  tab: { id: 3 },
  frameId: 0,
};

/** Senders as the browser would stamp them, from ours to hostile. */
const senderArbitrary: fc.Arbitrary<SenderFields> = fc.oneof(
  fc.constant(OUR_PAGE),
  fc.constant(OUR_CONTENT),
  fc.record({
    id: fc.option(fc.constantFrom('ours', 'someone-else', 'OURS', 'ours ', ''), { nil: undefined }),
    url: fc.option(
      fc.oneof(
        fc.constantFrom(
          'chrome-extension://ours/dashboard.html',
          'chrome-extension://someone-else/x.html',
          'https://evil.example/chrome-extension://ours/',
          'chrome-extension://ours.evil.example/',
        ),
        nastyString,
      ),
      { nil: undefined },
    ),
    frameId: fc.option(fc.integer({ min: -1, max: 5 }), { nil: undefined }),
    tab: fc.option(fc.record({ id: fc.option(fc.integer({ min: -1, max: 99 }), { nil: undefined }) }), {
      nil: undefined,
    }),
  }),
);

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

function isPolluted(): boolean {
  return Reflect.get(Object.prototype, 'polluted') !== undefined;
}

const arbitraryPayloads: Target = {
  name: 'Message guard: arbitrary JSON, types and senders',
  proves: `for all ${NAMES.length} messages and unknown type names: guardMessage never throws or hangs and returns a Result; an accepted message came from an allowed sender, and its payload parses again to itself; Object.prototype is never polluted`,
  run: (options) => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(...NAMES),
          nastyString,
          fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty'),
        ),
        hostileJson,
        senderArbitrary,
        (type, data, sender) => {
          const result = timed('guardMessage', () => guardMessage({ type, data, sender }, RULES, SELF));
          check(typeof result.ok === 'boolean' && !isPolluted(), 'not a Result, or prototype polluted');
          if (!result.ok) return;
          check(
            (senderPolicy[type] ?? []).includes(result.value.sender),
            `accepted ${type} from ${result.value.sender}`,
          );
          const again = guardMessage({ type, data: result.value.data, sender }, RULES, SELF);
          check(
            again.ok && JSON.stringify(again.value.data) === JSON.stringify(result.value.data),
            `${type}: canonical payload changed on a second pass`,
          );
        },
      ),
      options,
    );
  },
};

function validPayload(name: string): fc.Arbitrary<unknown> {
  const schema = payloadSchemas[name] ?? v.never();
  const example = EXAMPLES[name];
  return example === undefined ? arbitraryFor(schema) : fc.oneof(fc.constant(example), arbitraryFor(schema));
}

const STRICT = NAMES.filter((name) => isStrictObject(payloadSchemas[name] ?? v.never()));

const strayKeys: Target = {
  name: 'Message guard: valid payloads and stray keys',
  proves: `for the ${STRICT.length} object-payload messages: a generated valid payload is accepted from its allowed sender and refused from a foreign extension, a web page and a subframe; the same payload with one extra key (including __proto__) is always refused as invalid-payload`,
  run: (options) => {
    const cases = fc
      .constantFrom(...STRICT)
      .chain((name) => fc.tuple(fc.constant(name), validPayload(name), strayKey, hostileJson));
    fc.assert(
      fc.property(cases, ([name, payload, key, extra]) => {
        const schema = payloadSchemas[name] ?? v.never();
        fc.pre(
          v.is(schema, payload) &&
            typeof payload === 'object' &&
            payload !== null &&
            !(objectKeys(schema) ?? []).includes(key),
        );
        const sender = (senderPolicy[name] ?? []).includes('extension-page') ? OUR_PAGE : OUR_CONTENT;
        check(
          guardMessage({ type: name, data: payload, sender }, RULES, SELF).ok,
          `${name}: valid payload refused`,
        );
        for (const stranger of [
          { id: 'someone-else', url: 'chrome-extension://someone-else/' },
          { url: 'https://evil.example/' },
          { ...OUR_CONTENT, frameId: 2 },
        ]) {
          check(
            !guardMessage({ type: name, data: payload, sender: stranger }, RULES, SELF).ok,
            `${name}: accepted from ${JSON.stringify(stranger)}`,
          );
        }
        const body = JSON.stringify(payload);
        // Through JSON so a `__proto__` key is an own property, as it is after structured cloning.
        const withExtra: unknown = JSON.parse(
          `{${JSON.stringify(key)}:${JSON.stringify(extra ?? null)}${body === '{}' ? '' : ','}${body.slice(1)}`,
        );
        const refused = guardMessage({ type: name, data: withExtra, sender }, RULES, SELF);
        check(
          !refused.ok && refused.error.reason === 'invalid-payload',
          `${name}: extra key ${JSON.stringify(key)} accepted`,
        );
      }),
      { ...options, maxSkipsPerRun: 1000 },
    );
  },
};

/** The messaging targets. */
export const messageTargets: readonly Target[] = [arbitraryPayloads, strayKeys];

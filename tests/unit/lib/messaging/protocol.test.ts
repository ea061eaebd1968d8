// @vitest-environment node
import { describe, expect, expectTypeOf, it } from 'vitest';
import { messages, payloadSchemas, senderPolicy } from '../../../../lib/messaging/protocol';
import type { AuthState, MessageName, ProtocolMap } from '../../../../lib/messaging/protocol';
import type { ApiError } from '../../../../lib/errors';
import type { Result } from '../../../../lib/result';

describe('protocol', () => {
  it('derives the protocol map, schemas and policies from one table', () => {
    expectTypeOf<keyof ProtocolMap>().toEqualTypeOf<MessageName>();
    expectTypeOf<ReturnType<ProtocolMap['saveCredentials']>>().toEqualTypeOf<Result<AuthState, ApiError>>();
    expectTypeOf<Parameters<ProtocolMap['saveCredentials']>[0]>().toEqualTypeOf<{
      clientId: string;
      clientSecret: string;
      baseUrl: string;
    }>();
    expect(Object.keys(payloadSchemas)).toEqual(Object.keys(messages));
    expect(Object.keys(senderPolicy)).toEqual(Object.keys(messages));
  });

  it('lets content scripts send only page reports', () => {
    const fromContent = Object.entries(senderPolicy)
      .filter(([, kinds]) => kinds.includes('content-top-frame'))
      .map(([name]) => name)
      .sort();
    expect(fromContent).toEqual(['reportLinkedInPage', 'reportPageEvidence']);
    expect(Object.values(senderPolicy).some((kinds) => kinds.includes('content-subframe'))).toBe(false);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DialpadError, EventVerificationError, verifyDialpadEvent, type EventVerificationReason } from '../../src/index.js';
import { callEvent, contactEvent, deeplyNestedCallJson, nested, SECRET, sign, signWith, SMS_TEXT, smsEvent } from './support/tokens.js';

async function reasonOf(promise: Promise<unknown>): Promise<EventVerificationReason> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected the event to be refused').toBeInstanceOf(EventVerificationError);
  const refused = error as EventVerificationError;
  // Safe to log: nothing of the secret or the body, and no jose error (which carries the payload) as cause.
  for (const text of [refused.message, refused.advice, JSON.stringify(refused), String(refused.stack)]) {
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(SMS_TEXT);
  }
  expect(refused.cause).toBeUndefined();
  return refused.reason;
}

const now = () => Math.floor(Date.now() / 1000);

describe('verifyDialpadEvent', () => {
  it('returns call, SMS and contact events signed HS256 (by jsonwebtoken), typed by kind, without JWT claims', async () => {
    const call = await verifyDialpadEvent(sign(callEvent()), SECRET);
    expect(call.kind).toBe('call');
    if (call.kind === 'call') expect(call.data.state).toBe('ringing');
    expect(call.data).not.toHaveProperty('iat');

    const sms = await verifyDialpadEvent(Buffer.from(sign(smsEvent())), SECRET);
    expect(sms).toMatchObject({ kind: 'sms', data: { text: SMS_TEXT, to_number: ['+14155551001'] } });

    const contact = await verifyDialpadEvent(`  ${sign(contactEvent({ event: 'Deleted' }))}\n`, new TextEncoder().encode(SECRET));
    expect(contact).toMatchObject({ kind: 'contact', data: { event: 'Deleted', contact: { display_name: 'Ana Lima' } } });
  });

  const hostile: [string, () => string | Uint8Array, EventVerificationReason, { maxAgeSeconds?: number }?][] = [
    ['wrong secret', () => sign(callEvent(), {}, 'not-the-secret'), 'bad_signature'],
    ['alg none', () => signWith('none', callEvent()), 'algorithm'],
    ['alg HS384', () => signWith('HS384', callEvent()), 'algorithm'],
    ['alg HS512', () => signWith('HS512', callEvent()), 'algorithm'],
    ['alg RS256', () => signWith('RS256', callEvent()), 'algorithm'],
    ['alg ES256', () => signWith('ES256', callEvent()), 'algorithm'],
    ['signature of another event spliced on', () => sign(callEvent()).split('.').slice(0, 2).concat(sign(smsEvent()).split('.')[2]!).join('.'), 'bad_signature'],
    ['signature cut short', () => sign(callEvent()).slice(0, -10), 'bad_signature'],
    ['truncated to header and payload', () => sign(callEvent()).split('.').slice(0, 2).join('.'), 'malformed'],
    ['truncated mid-header', () => sign(callEvent()).slice(0, 12), 'malformed'],
    ['empty body', () => '', 'malformed'],
    ['whitespace only', () => ' \n\t ', 'malformed'],
    ['random text', () => 'hello, is this the webhook?', 'malformed'],
    ['invalid UTF-8 bytes', () => new Uint8Array([0xff, 0xfe, 0xfd, 0x2e, 0x80]), 'malformed'],
    ['oversized (2 MiB)', () => sign({ ...callEvent(), padding: 'x'.repeat(2 * 1024 * 1024) }), 'too_large'],
    ['expired (exp passed)', () => sign({ ...callEvent(), exp: now() - 3600 }), 'expired'],
    ['issued an hour ago, max age 5 min', () => sign({ ...callEvent(), iat: now() - 3600 }), 'expired', { maxAgeSeconds: 300 }],
    ['no iat nor event_timestamp, max age asked', () => sign(smsEvent(), { noTimestamp: true }), 'no_timestamp', { maxAgeSeconds: 300 }],
    ['not valid before tomorrow (nbf)', () => sign({ ...callEvent(), nbf: now() + 86_400 }), 'not_yet_valid'],
    ['issued in the future, max age asked', () => sign({ ...callEvent(), iat: now() + 86_400 }), 'not_yet_valid', { maxAgeSeconds: 300 }],
    ['payload not JSON', () => sign('this is not json {'), 'not_json'],
    ['payload a JSON array', () => sign('[1,2,3]'), 'not_json'],
    ['payload a JSON string', () => sign('"call"'), 'not_json'],
    ['deeply nested payload (10 000 levels)', () => sign(deeplyNestedCallJson(10_000)), 'too_deep'],
    ['deeply nested payload (100 000 levels, just under 1 MiB signed)', () => sign(deeplyNestedCallJson(100_000)), 'too_deep'],
    ['nested 40 levels', () => sign({ ...callEvent(), extra: nested(40) }), 'too_deep'],
    ['unsigned JSON where a secret is set', () => JSON.stringify(callEvent()), 'unsigned'],
    ['unsigned JSON array where a secret is set', () => '[{"call_id":1}]', 'unsigned'],
    ['authentic but not a call, SMS or contact event', () => sign({ agent_status: 'available', user_id: 1 }), 'unknown_event'],
  ];

  it.each(hostile)('refuses %s', async (_, make, reason, options) => {
    expect(await reasonOf(verifyDialpadEvent(make(), SECRET, options))).toBe(reason);
  });

  it('refuses a token with any one character changed (property, 300 tokens)', async () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!';
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat({ max: alphabet.length - 1 }), fc.constantFrom(callEvent(), smsEvent(), contactEvent()), async (at, pick, payload) => {
        const token = sign(payload);
        const index = at % token.length;
        const replacement = alphabet[pick] === token[index] ? alphabet[(pick + 1) % alphabet.length]! : alphabet[pick]!;
        const altered = token.slice(0, index) + replacement + token.slice(index + 1);
        const reason = await reasonOf(verifyDialpadEvent(altered, SECRET));
        expect(['bad_signature', 'malformed', 'algorithm', 'not_json']).toContain(reason);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a body with any one bit flipped (property, 300 bodies)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat({ max: 7 }), async (at, bit) => {
        const body = Buffer.from(sign(smsEvent()));
        body[at % body.length]! ^= 1 << bit;
        await reasonOf(verifyDialpadEvent(body, SECRET));
      }),
      { numRuns: 300 },
    );
  });

  it('errors are DialpadErrors with a reason code and advice', async () => {
    const error = await verifyDialpadEvent(sign(callEvent(), {}, 'nope'), SECRET).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DialpadError);
    expect(error).toMatchObject({ name: 'EventVerificationError', reason: 'bad_signature', retryable: false });
    expect((error as EventVerificationError).message).toBe('event refused: bad_signature');
  });

  it('accepts unsigned JSON only when the secret is explicitly null, and refuses a missing secret outright', async () => {
    expect(await verifyDialpadEvent(JSON.stringify(contactEvent()), null)).toMatchObject({ kind: 'contact' });
    expect(await reasonOf(verifyDialpadEvent(sign(callEvent()), null))).toBe('malformed');
    expect(await reasonOf(verifyDialpadEvent('{"call_id": 1,', null))).toBe('not_json');
    expect(await reasonOf(verifyDialpadEvent(JSON.stringify({ ...callEvent(), x: nested(100) }), null))).toBe('too_deep');
    expect(await reasonOf(verifyDialpadEvent(JSON.stringify({ ...callEvent(), exp: now() - 60 }), null))).toBe('expired');
    await expect(verifyDialpadEvent(sign(callEvent()), undefined as unknown as string)).rejects.toThrow(TypeError);
    await expect(verifyDialpadEvent(sign(callEvent()), '')).rejects.toThrow(TypeError);
  });

  it('checks the age against a call’s event_timestamp when the token has no iat', async () => {
    const fresh = sign(callEvent({ event_timestamp: Date.now() - 10_000 }), { noTimestamp: true });
    const stale = sign(callEvent({ event_timestamp: Date.now() - 3_600_000 }), { noTimestamp: true });
    expect((await verifyDialpadEvent(fresh, SECRET, { maxAgeSeconds: 60 })).kind).toBe('call');
    expect(await reasonOf(verifyDialpadEvent(stale, SECRET, { maxAgeSeconds: 60 }))).toBe('expired');
  });
});

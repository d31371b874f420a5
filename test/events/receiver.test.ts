import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import Fastify from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEventReceiver, type CallEvent, type ContactEvent, type EventReceiverOptions, type ReceiveOutcome, type SmsEvent } from '../../src/index.js';
import { agent, policy } from './support/policies.js';
import { callEvent, contactEvent, deeplyNestedCallJson, SECRET, sign, signWith, SMS_TEXT, smsEvent } from './support/tokens.js';

interface Running {
  url: string;
  calls: CallEvent[];
  sms: SmsEvent[];
  contacts: ContactEvent[];
  outcomes: ReceiveOutcome[];
  receiver: ReturnType<typeof createEventReceiver>;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => (s.closeAllConnections(), s.close(() => resolve())))));
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function startReceiver(options: Partial<EventReceiverOptions> = {}): Promise<Running> {
  const seen: Running = { url: '', calls: [], sms: [], contacts: [], outcomes: [], receiver: undefined as never };
  seen.receiver = createEventReceiver({
    secret: SECRET,
    on: { call: (e) => void seen.calls.push(e), sms: (e) => void seen.sms.push(e), contact: (e) => void seen.contacts.push(e) },
    onOutcome: (o) => seen.outcomes.push(o),
    ...options,
  });
  seen.url = await listen(createServer(seen.receiver));
  return seen;
}

async function post(url: string, body: BodyInit, headers: Record<string, string> = { 'content-type': 'application/jwt' }) {
  const response = await fetch(url, { method: 'POST', body, headers, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit);
  return { status: response.status, body: (await response.json()) as { received?: boolean; error?: string } };
}

const now = () => Math.floor(Date.now() / 1000);

describe('createEventReceiver on node:http', () => {
  it('acknowledges at once and hands each kind of event to its handler', async () => {
    const r = await startReceiver();
    expect(await post(r.url, sign(callEvent()))).toEqual({ status: 200, body: { received: true } });
    expect((await post(r.url, sign(smsEvent()))).status).toBe(200);
    expect((await post(r.url, sign(contactEvent()))).status).toBe(200);
    await r.receiver.idle();
    expect(r.calls.map((e) => e.state)).toEqual(['ringing']);
    expect(r.sms[0]).toMatchObject({ text: SMS_TEXT, direction: 'inbound' });
    expect(r.contacts[0]).toMatchObject({ event: 'Created' });
  });

  it('answers 200 before the handler has finished (the handler runs after the ack)', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let finished = false;
    const r = await startReceiver({
      on: {
        call: async () => {
          await released;
          finished = true;
        },
      },
    });
    expect((await post(r.url, sign(callEvent()))).status).toBe(200);
    expect(finished).toBe(false);
    release();
    await r.receiver.idle();
    expect(finished).toBe(true);
  });

  const hostile: [string, () => BodyInit, number, string][] = [
    ['wrong secret', () => sign(callEvent(), {}, 'not-the-secret'), 401, 'bad_signature'],
    ['alg none', () => signWith('none', callEvent()), 401, 'algorithm'],
    ['alg HS512', () => signWith('HS512', callEvent()), 401, 'algorithm'],
    ['alg RS256', () => signWith('RS256', callEvent()), 401, 'algorithm'],
    ['one byte of the payload altered', () => alterPayloadByte(sign(callEvent())), 401, 'bad_signature'],
    ['truncated token', () => sign(callEvent()).slice(0, -20), 401, 'bad_signature'],
    ['truncated to header', () => sign(callEvent()).split('.')[0]!, 400, 'malformed'],
    ['expired', () => sign({ ...callEvent(), exp: now() - 60 }), 401, 'expired'],
    ['payload not JSON', () => sign('<xml>not json</xml>'), 400, 'not_json'],
    ['deeply nested payload (100 000 levels)', () => sign(deeplyNestedCallJson(100_000)), 400, 'too_deep'],
    ['unsigned JSON', () => JSON.stringify(callEvent()), 401, 'unsigned'],
    ['empty body', () => '', 400, 'malformed'],
    ['binary garbage', () => new Uint8Array([0, 159, 146, 150, 255]), 400, 'malformed'],
    ['oversized, declared by Content-Length (2 MiB)', () => Buffer.alloc(2 * 1024 * 1024, 'a'), 413, 'too_large'],
    ['oversized, chunked without a length (2 MiB)', () => chunked(2 * 1024 * 1024), 413, 'too_large'],
  ];

  it.each(hostile)('refuses %s with its status and reason, hands nothing on, and keeps serving', async (_, body, status, reason) => {
    const r = await startReceiver();
    expect(await post(r.url, body())).toEqual({ status, body: { error: reason } });
    await r.receiver.idle();
    expect(r.calls.length + r.sms.length + r.contacts.length).toBe(0);
    expect((await post(r.url, sign(callEvent()))).status).toBe(200);
  });

  it('answers 405 to anything but POST', async () => {
    const r = await startReceiver();
    const response = await fetch(r.url);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('applies its own body limit and age limit', async () => {
    const r = await startReceiver({ maxBodyBytes: 2048, maxAgeSeconds: 60 });
    expect(await post(r.url, sign({ ...callEvent(), notes: 'n'.repeat(4096) }))).toEqual({ status: 413, body: { error: 'too_large' } });
    expect(await post(r.url, sign({ ...callEvent(), iat: now() - 600 }))).toEqual({ status: 401, body: { error: 'expired' } });
    expect((await post(r.url, sign(callEvent()))).status).toBe(200);
  });

  it('handles a re-delivered event once, even when it was signed again', async () => {
    const r = await startReceiver();
    const event = callEvent({ state: 'connected' });
    const token = sign(event);
    for (let i = 0; i < 3; i++) expect((await post(r.url, token)).status).toBe(200);
    expect((await post(r.url, sign({ ...event, iat: now() - 5 }))).status).toBe(200);
    expect((await post(r.url, sign({ ...event, state: 'hangup' }))).status).toBe(200);
    await r.receiver.idle();
    expect(r.calls.map((c) => c.state)).toEqual(['connected', 'hangup']);
    expect(r.outcomes.map((o) => o.dropped ?? 'delivered')).toEqual(['delivered', 'duplicate', 'duplicate', 'duplicate', 'delivered']);

    // A window shorter than the age limit would let a replay in between through: refused at creation.
    await expect(startReceiver({ dedupeWindowSeconds: 60 })).rejects.toThrow(/dedupeWindowSeconds \(60\) must cover maxAgeSeconds \(300\)/);
    await expect(startReceiver({ maxAgeSeconds: -1 })).rejects.toThrow(RangeError);
  });

  it('refuses a valid event replayed after the de-duplication window: it is older than the age limit (5 minutes by default)', async () => {
    const r = await startReceiver();
    const token = sign(callEvent({ state: 'ringing' }));
    expect((await post(r.url, token)).status).toBe(200);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 601_000 });
    try {
      // The window (600 s) has passed, so the event is no longer remembered; its age refuses it.
      const replay = await post(r.url, token);
      expect(replay.status).toBe(401);
      await r.receiver.idle();
      expect(r.calls.map((c) => c.state)).toEqual(['ringing']);
      expect(r.outcomes.at(-1)).toMatchObject({ status: 401, delivered: false, reason: 'expired' });
    } finally {
      vi.useRealTimers();
    }
    // An event that carries no time at all passes the default age check (there is nothing to check).
    const untimed = await startReceiver();
    expect((await post(untimed.url, sign(smsEvent(), { noTimestamp: true }))).status).toBe(200);
  });

  it('survives handlers that throw or reject, and reports them without the event’s content', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const errors: unknown[] = [];
    const r = await startReceiver({
      on: {
        call: () => {
          throw new Error(`boom on ${SMS_TEXT}`);
        },
        sms: async () => Promise.reject(new TypeError('async boom')),
      },
      onHandlerError: (error) => errors.push(error),
    });
    expect((await post(r.url, sign(callEvent()))).status).toBe(200);
    expect((await post(r.url, sign(smsEvent()))).status).toBe(200);
    await r.receiver.idle();
    expect(errors.map((e) => (e as Error).name)).toEqual(['Error', 'TypeError']);
    expect((await post(r.url, sign(contactEvent()))).status).toBe(200);

    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const quiet = await startReceiver({
      on: {
        sms: () => {
          throw new Error(`failed on "${SMS_TEXT}"`);
        },
      },
    });
    expect((await post(quiet.url, sign(smsEvent()))).status).toBe(200);
    await quiet.receiver.idle();
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0])).toMatch(/sms event handler threw Error/);
    expect(String(logged.mock.calls[0])).not.toContain(SMS_TEXT);
    logged.mockRestore();
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('acknowledges but drops authentic events of other kinds and kinds without a handler', async () => {
    const r = await startReceiver({ on: { call: () => undefined } });
    expect((await post(r.url, sign({ agent_status: 'busy', user_id: 7 }))).status).toBe(200);
    expect((await post(r.url, sign(smsEvent()))).status).toBe(200);
    expect(r.outcomes.map((o) => o.dropped)).toEqual(['unknown_event', 'no_handler']);
  });

  it('accepts unsigned JSON only when built with secret: null, and refuses to be built without a secret', async () => {
    const r = await startReceiver({ secret: null });
    expect((await post(r.url, JSON.stringify(contactEvent()), { 'content-type': 'application/json' })).status).toBe(200);
    expect(await post(r.url, '{"call_id": 1', { 'content-type': 'application/json' })).toEqual({ status: 400, body: { error: 'not_json' } });
    await r.receiver.idle();
    expect(r.contacts).toHaveLength(1);
    expect(() => createEventReceiver({ on: {} } as unknown as EventReceiverOptions)).toThrow(TypeError);
    expect(() => createEventReceiver({ secret: '', on: {} })).toThrow(TypeError);
  });
});

describe('createEventReceiver for an agent', () => {
  const everything = [sign(callEvent()), sign(smsEvent()), sign(contactEvent())];
  async function seenBy(options: Partial<EventReceiverOptions>) {
    const r = await startReceiver(options);
    for (const token of everything) expect((await post(r.url, token)).status).toBe(200);
    await r.receiver.idle();
    return r;
  }

  it('delivers only the areas the agent may read', async () => {
    const r = await seenBy({ agent: 'dispatcher', policy: policy([agent('dispatcher', { calls: 'read', users: 'write' })]) });
    expect([r.calls.length, r.sms.length, r.contacts.length]).toEqual([1, 0, 0]);
    expect(r.outcomes.map((o) => o.dropped)).toEqual([undefined, 'not_granted', 'not_granted']);
    const writer = await seenBy({ agent: 'crm', policy: policy([agent('crm', { contacts: 'write' })]) });
    expect([writer.calls.length, writer.sms.length, writer.contacts.length]).toEqual([0, 0, 1]);
  });

  it('removes the SMS text unless the policy grants messages and the credential holds message_content_export', async () => {
    const withoutScope = await seenBy({ agent: 'texter', policy: policy([agent('texter', { messages: 'read' })], ['recordings_export']) });
    expect(withoutScope.sms).toHaveLength(1);
    expect(withoutScope.sms[0]).not.toHaveProperty('text');
    expect(withoutScope.sms[0]).toMatchObject({ from_number: '+14155550123' });

    for (const scope of ['message_content_export', 'message_content_export:all']) {
      const withScope = await seenBy({ agent: 'texter', policy: policy([agent('texter', { messages: 'read' })], [scope]) });
      expect(withScope.sms[0]?.text).toBe(SMS_TEXT);
    }
  });

  it('fails closed: an unknown, disabled or expired agent sees nothing', async () => {
    const grants = { calls: 'write', messages: 'write', contacts: 'write' } as const;
    const cases = [
      { agent: 'stranger', policy: policy([agent('known', grants)], ['message_content_export:all']) },
      { agent: 'off', policy: policy([agent('off', grants, { enabled: false })]) },
      { agent: 'late', policy: policy([agent('late', grants, { expires: new Date(Date.now() - 1000) })]) },
    ];
    for (const options of cases) {
      const r = await seenBy(options);
      expect(r.calls.length + r.sms.length + r.contacts.length, options.agent).toBe(0);
    }
    expect(() => createEventReceiver({ secret: SECRET, on: {}, agent: 'x' })).toThrow(/policy/);
  });
});

describe('createEventReceiver under frameworks', () => {
  it('works as an Express handler, with or without express.raw() before it', async () => {
    const calls: CallEvent[] = [];
    const receiver = createEventReceiver({ secret: SECRET, on: { call: (e) => void calls.push(e) } });
    const app = express();
    app.post('/plain', receiver);
    app.post('/raw', express.raw({ type: '*/*', limit: '2mb' }), receiver);
    app.post('/json', express.json(), receiver);
    const url = await listen(createServer(app));
    expect((await post(`${url}/plain`, sign(callEvent({ call_id: 1 })))).status).toBe(200);
    expect((await post(`${url}/raw`, sign(callEvent({ call_id: 2 })))).status).toBe(200);
    expect((await post(`${url}/json`, sign(callEvent({ call_id: 3 })))).status).toBe(200);
    expect(await post(`${url}/raw`, sign(callEvent(), {}, 'wrong'))).toEqual({ status: 401, body: { error: 'bad_signature' } });
    expect(await post(`${url}/raw`, Buffer.alloc(1_500_000, 'a'))).toEqual({ status: 413, body: { error: 'too_large' } });
    // A JSON body parser that consumed the body leaves nothing to verify: a 500 saying so, not a pass.
    expect(await post(`${url}/json`, JSON.stringify(callEvent()), { 'content-type': 'application/json' })).toEqual({ status: 500, body: { error: 'body_unavailable' } });
    await receiver.idle();
    expect(calls.map((c) => c.call_id)).toEqual([1, 2, 3]);
  });

  it('works under Fastify through handle(), with the raw body as a Buffer', async () => {
    const contacts: ContactEvent[] = [];
    const receiver = createEventReceiver({ secret: SECRET, on: { contact: (e) => void contacts.push(e) } });
    const app = Fastify({ bodyLimit: 1024 * 1024 });
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    app.post('/events', async (request, reply) => {
      const outcome = await receiver.handle(request.body as Buffer);
      return reply.code(outcome.status).send(outcome.status === 200 ? { received: true } : { error: outcome.reason });
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/events`;
      expect(await post(url, sign(contactEvent()))).toEqual({ status: 200, body: { received: true } });
      expect(await post(url, signWith('none', contactEvent()))).toEqual({ status: 401, body: { error: 'algorithm' } });
      expect((await post(url, Buffer.alloc(2 * 1024 * 1024, 'a'))).status).toBe(413);
      await receiver.idle();
      expect(contacts).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});

function alterPayloadByte(token: string): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const json = Buffer.from(payload, 'base64url').toString().replace('ringing', 'hangup!');
  return [header, Buffer.from(json).toString('base64url'), signature].join('.');
}

function chunked(total: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      controller.enqueue(new Uint8Array(64 * 1024).fill(97));
      sent += 64 * 1024;
    },
  });
}

import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { connectEventStream, EventStreamError, type DialpadEvent, type EventStreamOptions } from '../../src/index.js';
import { freePort } from '../support/prism.js';
import { agent, policy } from './support/policies.js';
import { callEvent, contactEvent, SECRET, sign, SMS_TEXT, smsEvent } from './support/tokens.js';

const servers: WebSocketServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    for (const client of server.clients) client.terminate();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

async function startWsServer(onConnection: (socket: WebSocket, index: number) => void, options: ConstructorParameters<typeof WebSocketServer>[0] = {}) {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1', ...options });
  servers.push(server);
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  let count = 0;
  server.on('connection', (socket) => onConnection(socket, ++count));
  return { url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/events/endpoint-token`, connections: () => count };
}

async function take(options: EventStreamOptions, count: number): Promise<DialpadEvent[]> {
  const got: DialpadEvent[] = [];
  for await (const event of connectEventStream(options)) {
    got.push(event);
    if (got.length === count) break;
  }
  return got;
}

const fast = { initialMs: 5, maxMs: 50, jitter: false };

describe('connectEventStream', () => {
  it('yields verified events in order, skips refused messages, and reconnects (fresh URL) when the connection drops', async () => {
    let secondClosed!: () => void;
    const closedAfterBreak = new Promise<void>((resolve) => (secondClosed = resolve));
    const server = await startWsServer((socket, index) => {
      if (index === 1) {
        socket.send(sign(callEvent({ call_id: 1 })));
        socket.send('not a token');
        socket.send(sign(smsEvent(), {}, 'wrong-secret'));
        socket.send(sign({ presence: 'away' }));
        socket.send(sign(contactEvent()));
        socket.close(1012, 'restarting');
      } else {
        socket.on('close', () => secondClosed());
        socket.send(sign(callEvent({ call_id: 2 })));
      }
    });
    const rejected: string[] = [];
    let urlsAsked = 0;
    const got = await take(
      {
        url: () => (urlsAsked++, server.url),
        secret: SECRET,
        backoff: fast,
        onRejected: (error) => rejected.push(error.reason),
      },
      3,
    );
    expect(got.map((e) => (e.kind === 'call' ? `call ${e.data.call_id}` : e.kind))).toEqual(['call 1', 'contact', 'call 2']);
    expect(rejected).toEqual(['malformed', 'bad_signature', 'unknown_event']);
    expect(server.connections()).toBe(2);
    expect(urlsAsked).toBe(2);
    await closedAfterBreak; // breaking out of the loop closed the socket
  });

  it('backs off exponentially while the server refuses, then delivers', async () => {
    let refusals = 3;
    const server = await startWsServer((socket) => socket.send(sign(smsEvent())), {
      verifyClient: (_info, done) => (refusals-- > 0 ? done(false, 503, 'Service Unavailable') : done(true)),
    });
    const delays: number[] = [];
    const got = await take({ url: server.url, secret: SECRET, backoff: { initialMs: 10, factor: 2, jitter: false }, onReconnect: ({ delayMs }) => delays.push(delayMs) }, 1);
    expect(got[0]?.kind).toBe('sms');
    expect(delays).toEqual([10, 20, 40]);
  });

  it('drops an oversized message by closing, reconnects, and goes on', async () => {
    const server = await startWsServer((socket, index) => {
      if (index === 1) socket.send(sign({ ...callEvent(), blob: 'x'.repeat(64 * 1024) }));
      else socket.send(sign(callEvent({ call_id: 99 })));
    });
    const got = await take({ url: server.url, secret: SECRET, maxMessageBytes: 16 * 1024, backoff: fast }, 1);
    expect(got[0]).toMatchObject({ kind: 'call', data: { call_id: 99 } });
    expect(server.connections()).toBe(2);
  });

  it('gives up after maxReconnects with an EventStreamError that does not quote the URL', async () => {
    const port = await freePort();
    const stream = connectEventStream({ url: `ws://127.0.0.1:${port}/events/SECRET-ENDPOINT-TOKEN`, secret: SECRET, maxReconnects: 3, backoff: fast });
    const error = await stream.next().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventStreamError);
    expect(error).toMatchObject({ attempts: 4, retryable: true });
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
    expect((error as Error).message).not.toContain('SECRET-ENDPOINT-TOKEN');
  });

  it('keeps every event, in order, when the consumer is slower than the socket (pauses reading)', async () => {
    const server = await startWsServer((socket) => {
      for (let i = 1; i <= 25; i++) socket.send(sign(callEvent({ call_id: i })));
    });
    const ids: unknown[] = [];
    for await (const event of connectEventStream({ url: server.url, secret: SECRET, highWaterMark: 3, backoff: fast })) {
      ids.push(event.kind === 'call' ? event.data.call_id : undefined);
      await new Promise((resolve) => setImmediate(resolve));
      if (ids.length === 25) break;
    }
    expect(ids).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('shows an agent only the areas it may read, without SMS text lacking the scope', async () => {
    const server = await startWsServer((socket) => {
      socket.send(sign(callEvent()));
      socket.send(sign(contactEvent()));
      socket.send(sign(smsEvent()));
    });
    const got = await take({ url: server.url, secret: SECRET, agent: 'texter', policy: policy([agent('texter', { messages: 'read' })]), backoff: fast }, 1);
    expect(got).toHaveLength(1);
    expect(got[0]?.kind).toBe('sms');
    expect(got[0]?.data).not.toHaveProperty('text');
    expect(JSON.stringify(got)).not.toContain(SMS_TEXT);
  });

  it('ends when its signal aborts, even while waiting for an event', async () => {
    let connected!: () => void;
    const isConnected = new Promise<void>((resolve) => (connected = resolve));
    const server = await startWsServer(() => connected());
    const controller = new AbortController();
    const stream = connectEventStream({ url: server.url, secret: SECRET, signal: controller.signal });
    const next = stream.next();
    await isConnected;
    controller.abort();
    expect(await next).toEqual({ value: undefined, done: true });
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });
});

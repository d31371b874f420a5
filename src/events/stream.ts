import WebSocket from 'ws';
import { createEventGate, type EventAudience } from './access.js';
import { replayGuard } from './age.js';
import { createDeduplicator } from './dedupe.js';
import { EventStreamError, EventVerificationError } from './errors.js';
import type { DialpadEvent } from './types.js';
import { assertSecret, DEFAULT_MAX_BODY_BYTES, verifyDialpadEvent, type EventSecret } from './verify.js';

export interface BackoffOptions {
  /** Wait before the first reconnect; default 500 ms. */
  initialMs?: number;
  /** Longest wait between attempts; default 30 000 ms. */
  maxMs?: number;
  /** Growth per failed attempt; default 2. */
  factor?: number;
  /** Wait a random 50–100 % of the computed delay, so many clients do not reconnect in step; default true. */
  jitter?: boolean;
}

export interface EventStreamOptions extends EventAudience {
  /**
   * The websocket URL, or a function returning a fresh one for each (re)connection: Dialpad's URLs
   * expire after about an hour, so pass `async () => (await client.websockets.get(id)).websocket_url!`.
   */
  url: string | (() => string | Promise<string>);
  /** The websocket's secret; `null` accepts unsigned JSON (only for a websocket created without one). */
  secret: EventSecret;
  /** Skip events issued longer ago than this; default 300 (5 minutes); `null` turns the age check off. */
  maxAgeSeconds?: number | null;
  /** The same event again within this window is skipped; default 600, and never shorter than maxAgeSeconds. */
  dedupeWindowSeconds?: number;
  /** Largest message accepted; default 1 MiB (larger ones close the connection, which is then reopened). */
  maxMessageBytes?: number;
  backoff?: BackoffOptions;
  /** Failed connection attempts in a row before the iterator throws EventStreamError; default: never. */
  maxReconnects?: number;
  /** Events buffered before reading from the socket pauses; default 100. */
  highWaterMark?: number;
  /** Ends the stream. */
  signal?: AbortSignal;
  /** A message was refused (bad signature, unknown event, ...): it is skipped, the stream goes on. */
  onRejected?: (error: EventVerificationError) => void;
  /** A reconnect is scheduled. */
  onReconnect?: (info: { attempt: number; delayMs: number }) => void;
}

export interface EventStream extends AsyncIterableIterator<DialpadEvent> {
  /** Stops reconnecting, closes the socket and ends iteration. */
  close(): Promise<void>;
}

interface Waiter {
  resolve(result: IteratorResult<DialpadEvent>): void;
  reject(error: unknown): void;
}

export function reconnectDelay(attempt: number, backoff: BackoffOptions = {}, random: () => number = Math.random): number {
  const { initialMs = 500, maxMs = 30_000, factor = 2, jitter = true } = backoff;
  const delay = Math.min(maxMs, initialMs * factor ** Math.max(0, attempt - 1));
  return Math.round(jitter ? delay * (0.5 + random() / 2) : delay);
}

/**
 * Verified events from a Dialpad websocket, as an async iterator (`for await`). Reconnects with
 * exponential backoff whenever the connection drops or cannot be opened; messages that fail
 * verification are skipped (see `onRejected`); break out of the loop or call `close()` to stop.
 */
export function connectEventStream(options: EventStreamOptions): EventStream {
  assertSecret(options.secret);
  const gate = createEventGate(options);
  const highWaterMark = options.highWaterMark ?? 100;
  const maxBytes = options.maxMessageBytes ?? DEFAULT_MAX_BODY_BYTES;
  const queue: DialpadEvent[] = [];
  const waiters: Waiter[] = [];
  let socket: WebSocket | undefined;
  let paused = false;
  let closed = false;
  let failure: Error | undefined;
  let attempt = 0;
  let timer: NodeJS.Timeout | undefined;
  let verifying: Promise<void> = Promise.resolve();

  function finish(error?: Error): void {
    if (closed) return;
    closed = true;
    failure = error;
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    socket?.removeAllListeners('close');
    socket?.terminate();
    socket = undefined;
    for (const waiter of waiters.splice(0)) {
      if (error && queue.length === 0) waiter.reject(error);
      else waiter.resolve({ value: undefined, done: true });
    }
  }
  const onAbort = () => finish();

  function push(event: DialpadEvent): void {
    const visible = gate(event);
    if (!visible || closed) return;
    const waiter = waiters.shift();
    if (waiter) return waiter.resolve({ value: visible, done: false });
    queue.push(visible);
    if (queue.length >= highWaterMark && socket && !paused) {
      paused = true;
      socket.pause();
    }
  }

  const replay = replayGuard(options);
  const dedupe = createDeduplicator(replay.dedupeWindowMs);

  function receive(data: WebSocket.RawData): void {
    const body = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
    // Chained, so events come out in the order they arrived.
    verifying = verifying
      .then(() => verifyDialpadEvent(body, options.secret, { maxBytes, maxAgeSeconds: replay.maxAgeSeconds, requireTimestamp: options.maxAgeSeconds !== undefined }))
      .then((event) => {
        // A message delivered twice (a reconnect, a replay) is passed on once.
        if (!dedupe.isRepeat(event)) push(event);
      }, (error: unknown) => {
        if (error instanceof EventVerificationError) options.onRejected?.(error);
      });
  }

  function scheduleReconnect(lastFailure: string): void {
    if (closed) return;
    attempt += 1;
    if (options.maxReconnects !== undefined && attempt > options.maxReconnects) {
      finish(new EventStreamError(attempt, lastFailure));
      return;
    }
    const delayMs = reconnectDelay(attempt, options.backoff);
    options.onReconnect?.({ attempt, delayMs });
    timer = setTimeout(() => void connect(), delayMs);
  }

  async function connect(): Promise<void> {
    if (closed) return;
    let url: string;
    try {
      url = typeof options.url === 'function' ? await options.url() : options.url;
    } catch (error) {
      return scheduleReconnect(`getting the URL failed: ${error instanceof Error ? error.name : 'error'}`);
    }
    if (closed) return;
    const ws = new WebSocket(url, { maxPayload: maxBytes, handshakeTimeout: 15_000 });
    socket = ws;
    paused = false;
    let openedAt: number | undefined;
    let received = false;
    let lastFailure = 'closed';
    ws.on('open', () => {
      openedAt = Date.now();
    });
    ws.on('message', (data) => {
      received = true;
      receive(data);
    });
    ws.on('unexpected-response', (_request, response) => {
      lastFailure = `HTTP ${response.statusCode}`;
      response.resume();
      ws.terminate();
    });
    ws.on('error', (error) => {
      lastFailure = (error as NodeJS.ErrnoException).code ?? error.name;
    });
    ws.on('close', (code) => {
      if (socket === ws) socket = undefined;
      // A connection that worked starts the backoff afresh; one that keeps dropping does not.
      const lived = openedAt !== undefined && Date.now() - openedAt >= (options.backoff?.maxMs ?? 30_000);
      if (received || lived) attempt = 0;
      scheduleReconnect(openedAt === undefined ? lastFailure : `closed with code ${code}`);
    });
  }

  const stream: EventStream = {
    next() {
      const value = queue.shift();
      if (value) {
        if (paused && socket && queue.length < highWaterMark / 2) {
          paused = false;
          socket.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (failure) return Promise.reject(failure);
      if (closed) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    },
    async return() {
      finish();
      return { value: undefined, done: true };
    },
    async close() {
      finish();
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };

  if (options.signal?.aborted) finish();
  else {
    options.signal?.addEventListener('abort', onAbort, { once: true });
    void connect();
  }
  return stream;
}

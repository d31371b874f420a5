import type { IncomingMessage, ServerResponse } from 'node:http';
import { createEventGate, type EventAudience } from './access.js';
import { replayGuard } from './age.js';
import { createDeduplicator } from './dedupe.js';
import { EventVerificationError, type EventVerificationReason } from './errors.js';
import type { DialpadEvent, EventData, EventKind } from './types.js';
import { assertSecret, DEFAULT_MAX_BODY_BYTES, verifyDialpadEvent, type EventSecret } from './verify.js';

export interface EventContext {
  kind: EventKind;
  receivedAt: Date;
}

export type EventHandler<K extends EventKind> = (event: EventData<K>, context: EventContext) => unknown;
export type EventHandlers = { [K in EventKind]?: EventHandler<K> };

export interface EventReceiverOptions extends EventAudience {
  /** The webhook's secret; `null` accepts unsigned JSON (only for a webhook registered without one). */
  secret: EventSecret;
  /** What to run per kind of event; events of a kind without a handler are acknowledged and dropped. */
  on: EventHandlers;
  /** Largest body accepted; default 1 MiB. Above it: 413. */
  maxBodyBytes?: number;
  /**
   * Refuse (401) events issued longer ago than this; default 300 (5 minutes). Events that carry no
   * time are let through unless you set it yourself. `null` turns the age check off.
   */
  maxAgeSeconds?: number | null;
  /** Re-deliveries of the same event within this window are acknowledged but not handled again; default 600, and never shorter than maxAgeSeconds. */
  dedupeWindowSeconds?: number;
  /** Called when a handler throws or rejects. Default: one line on stderr naming the kind and error class only. */
  onHandlerError?: (error: unknown, context: EventContext) => void;
  /** Called with the outcome of every request (for metrics or logs; outcomes hold no event content). */
  onOutcome?: (outcome: ReceiveOutcome) => void;
}

export type DropReason = 'duplicate' | 'not_granted' | 'no_handler' | 'unknown_event';

export interface ReceiveOutcome {
  /** The HTTP status answered. */
  status: 200 | 400 | 401 | 405 | 413 | 500;
  kind?: EventKind;
  /** Whether a handler was given the event. */
  delivered: boolean;
  /** Why a request was refused (4xx). */
  reason?: EventVerificationReason | 'method' | 'body_unavailable';
  /** Why an accepted (200) event was not handed to a handler. */
  dropped?: DropReason;
}

export interface EventReceiver {
  /** The node:http request handler (also an Express handler). */
  (request: IncomingMessage, response: ServerResponse, next?: (error?: unknown) => void): void;
  /** For frameworks that read the raw body themselves (Fastify): verify, dispatch and say what to answer. */
  handle(rawBody: string | Uint8Array): Promise<ReceiveOutcome>;
  /** Resolves once every handler started so far has finished (graceful shutdown, tests). */
  idle(): Promise<void>;
}

const STATUS_FOR: Record<EventVerificationReason, ReceiveOutcome['status']> = {
  too_large: 413,
  malformed: 400,
  not_json: 400,
  too_deep: 400,
  algorithm: 401,
  bad_signature: 401,
  expired: 401,
  not_yet_valid: 401,
  no_timestamp: 401,
  unsigned: 401,
  unknown_event: 200,
};

function defaultHandlerError(error: unknown, context: EventContext): void {
  // The error's message may quote the event (an SMS text): name its class only.
  const name = error instanceof Error ? error.name : typeof error;
  console.error(`@bollard/dialpad: the ${context.kind} event handler threw ${name}; the event was acknowledged and will not be redelivered`);
}

type BodyResult = { body: Uint8Array } | { tooLarge: true } | { unavailable: true };

function readBody(request: IncomingMessage, limit: number): Promise<BodyResult> {
  const preRead = (request as IncomingMessage & { body?: unknown }).body;
  if (typeof preRead === 'string' || preRead instanceof Uint8Array) {
    const size = typeof preRead === 'string' ? Buffer.byteLength(preRead) : preRead.byteLength;
    return Promise.resolve(size > limit ? { tooLarge: true } : { body: typeof preRead === 'string' ? Buffer.from(preRead) : preRead });
  }
  // A JSON body parser ran first: the exact bytes the signature covers are gone.
  if (request.readableEnded) return Promise.resolve({ unavailable: true });
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ tooLarge: true });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    request.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.byteLength;
      if (size > limit) {
        chunks.length = 0;
        settle({ tooLarge: true });
      } else chunks.push(chunk);
    });
    request.on('end', () => settle({ body: Buffer.concat(chunks) }));
    request.on('error', () => settle({ unavailable: true }));
    request.on('close', () => settle({ unavailable: true }));
  });
}

function answer(response: ServerResponse, outcome: ReceiveOutcome): void {
  if (response.headersSent) return;
  const headers: Record<string, string> = { 'content-type': 'application/json', 'cache-control': 'no-store' };
  if (outcome.status === 413) headers.connection = 'close';
  if (outcome.status === 405) headers.allow = 'POST';
  response.writeHead(outcome.status, headers);
  response.end(JSON.stringify(outcome.status === 200 ? { received: true } : { error: outcome.reason }));
}

/**
 * A receiver for events Dialpad posts to a webhook: verifies each (HS256 with the secret), answers
 * at once (200, or 4xx saying why it refused), then hands the event to its handler. Re-deliveries
 * are handled once, a throwing handler is contained, and with `agent` + `policy` only the areas
 * the agent may read get through (SMS text only with the message_content_export scope).
 */
export function createEventReceiver(options: EventReceiverOptions): EventReceiver {
  assertSecret(options.secret);
  const gate = createEventGate(options);
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const replay = replayGuard(options);
  const dedupe = createDeduplicator(replay.dedupeWindowMs);
  const onHandlerError = options.onHandlerError ?? defaultHandlerError;
  const inFlight = new Set<Promise<void>>();

  const report = (outcome: ReceiveOutcome): ReceiveOutcome => {
    try {
      options.onOutcome?.(outcome);
    } catch {
      // An observer must not change what the sender is told.
    }
    return outcome;
  };

  function dispatch(event: DialpadEvent): void {
    const handler = options.on[event.kind] as EventHandler<EventKind> | undefined;
    const context: EventContext = { kind: event.kind, receivedAt: new Date() };
    // setImmediate: the 200 goes out before the handler starts.
    const task = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => handler!(event.data, context))
      .then(
        () => undefined,
        (error: unknown) => {
          try {
            onHandlerError(error, context);
          } catch {
            // Nothing a reporting hook does may take the server down.
          }
        },
      )
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
  }

  async function handle(rawBody: string | Uint8Array): Promise<ReceiveOutcome> {
    let event: DialpadEvent;
    try {
      event = await verifyDialpadEvent(rawBody, options.secret, { maxBytes: limit, maxAgeSeconds: replay.maxAgeSeconds, requireTimestamp: options.maxAgeSeconds !== undefined });
    } catch (error) {
      if (!(error instanceof EventVerificationError)) throw error;
      if (error.reason === 'unknown_event') return report({ status: 200, delivered: false, dropped: 'unknown_event' });
      return report({ status: STATUS_FOR[error.reason], delivered: false, reason: error.reason });
    }
    const kind = event.kind;
    if (dedupe.isRepeat(event)) return report({ status: 200, kind, delivered: false, dropped: 'duplicate' });
    const visible = gate(event);
    if (!visible) return report({ status: 200, kind, delivered: false, dropped: 'not_granted' });
    if (!options.on[kind]) return report({ status: 200, kind, delivered: false, dropped: 'no_handler' });
    dispatch(visible);
    return report({ status: 200, kind, delivered: true });
  }

  const receiver = ((request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'POST') {
      request.resume();
      answer(response, report({ status: 405, delivered: false, reason: 'method' }));
      return;
    }
    readBody(request, limit)
      .then(async (result) => {
        if ('tooLarge' in result) {
          request.resume(); // discard the rest instead of buffering it
          return report({ status: 413, delivered: false, reason: 'too_large' });
        }
        if ('unavailable' in result) return report({ status: 500, delivered: false, reason: 'body_unavailable' });
        return handle(result.body);
      })
      .catch(() => report({ status: 500, delivered: false }))
      .then((outcome) => answer(response, outcome));
  }) as EventReceiver;

  receiver.handle = handle;
  receiver.idle = async () => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  };
  return receiver;
}

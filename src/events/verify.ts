import { decodeProtectedHeader, errors as joseErrors, jwtVerify } from 'jose';
import { EventVerificationError, type EventVerificationReason } from './errors.js';
import { classifyEvent, type DialpadEvent } from './types.js';

/** The secret of the webhook or websocket, or `null` to accept unsigned JSON deliberately. */
export type EventSecret = string | Uint8Array | null;

export interface VerifyOptions {
  /** Refuse events issued longer ago than this (by `iat`, else the call's `event_timestamp`). */
  maxAgeSeconds?: number;
  /** With maxAgeSeconds: refuse events that carry no time at all (default true). */
  requireTimestamp?: boolean;
  /** Largest body accepted, in bytes; default 1 MiB. */
  maxBytes?: number;
  /** Deepest nesting of objects and arrays accepted; default 32 (Dialpad's events nest 4 deep). */
  maxDepth?: number;
  /** Slack for clocks out of step when checking `exp`, `nbf` and the age; default 5 s. */
  clockToleranceSeconds?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_MAX_DEPTH = 32;
const DEFAULT_CLOCK_TOLERANCE = 5;
/** JWT claims, not event fields: left out of `data` (and so of de-duplication). */
const REGISTERED_CLAIMS = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'];

const refuse = (reason: EventVerificationReason) => new EventVerificationError(reason);

export function assertSecret(secret: EventSecret): void {
  if (secret === null) return;
  if ((typeof secret !== 'string' && !(secret instanceof Uint8Array)) || secret.length === 0) {
    throw new TypeError('a non-empty webhook secret is required; pass `secret: null` only to accept unsigned events on purpose');
  }
}

function bodyText(rawBody: string | Uint8Array, maxBytes: number): string {
  const size = typeof rawBody === 'string' ? Buffer.byteLength(rawBody) : rawBody.byteLength;
  if (size > maxBytes) throw refuse('too_large');
  try {
    return (typeof rawBody === 'string' ? rawBody : new TextDecoder('utf-8', { fatal: true }).decode(rawBody)).trim();
  } catch {
    throw refuse('malformed');
  }
}

/** Iterative, so a hostile payload cannot exhaust the stack while being measured. */
function depthExceeds(value: unknown, maxDepth: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > maxDepth) return true;
    for (const child of Object.values(node)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

function reasonFor(error: unknown): EventVerificationReason {
  if (error instanceof joseErrors.JOSEAlgNotAllowed || error instanceof joseErrors.JOSENotSupported) return 'algorithm';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'bad_signature';
  if (error instanceof joseErrors.JWTExpired) return 'expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return error.claim === 'nbf' ? 'not_yet_valid' : 'malformed';
  if (error instanceof joseErrors.JWTInvalid) return 'not_json';
  return 'malformed';
}

async function verifiedClaims(token: string, secret: string | Uint8Array, toleranceSeconds: number): Promise<Record<string, unknown>> {
  let alg: unknown;
  try {
    alg = decodeProtectedHeader(token).alg;
  } catch {
    throw refuse('malformed');
  }
  // Pinned before jose sees the token, so `none` and every other algorithm fail the same way.
  if (alg !== 'HS256') throw refuse('algorithm');
  // The last base64url character of a signature has spare bits: without this, changing it can
  // leave the decoded signature intact, and an altered token would pass.
  const signature = token.slice(token.lastIndexOf('.') + 1);
  if (Buffer.from(signature, 'base64url').toString('base64url') !== signature) throw refuse('bad_signature');
  const key = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], clockTolerance: toleranceSeconds });
    return payload as Record<string, unknown>;
  } catch (error) {
    // jose's errors may carry the payload (JWTExpired does): never pass them on as a cause.
    throw refuse(reasonFor(error));
  }
}

function unsignedClaims(text: string): Record<string, unknown> {
  if (!text.startsWith('{')) throw refuse('malformed');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw refuse('not_json');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw refuse('not_json');
  return parsed as Record<string, unknown>;
}

function checkAge(claims: Record<string, unknown>, maxAgeSeconds: number, toleranceSeconds: number, requireTimestamp: boolean): void {
  const stamp = typeof claims.event_timestamp === 'string' && /^\d+$/.test(claims.event_timestamp) ? Number(claims.event_timestamp) : claims.event_timestamp;
  const issuedAt = typeof claims.iat === 'number' ? claims.iat : typeof stamp === 'number' ? stamp / 1000 : undefined;
  if (issuedAt === undefined) {
    if (requireTimestamp) throw refuse('no_timestamp');
    return;
  }
  const now = Date.now() / 1000;
  if (issuedAt > now + toleranceSeconds) throw refuse('not_yet_valid');
  if (now - issuedAt > maxAgeSeconds + toleranceSeconds) throw refuse('expired');
}

/**
 * Checks one pushed event and returns it typed. With a secret, the body must be a compact JWT
 * signed HS256 with it (any other algorithm, a wrong secret or one altered byte is refused);
 * with `secret: null`, the body must be a plain JSON object. Throws EventVerificationError
 * naming the reason, never quoting the body or the secret.
 */
export async function verifyDialpadEvent(rawBody: string | Uint8Array, secret: EventSecret, options: VerifyOptions = {}): Promise<DialpadEvent> {
  assertSecret(secret);
  const tolerance = options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE;
  const text = bodyText(rawBody, options.maxBytes ?? DEFAULT_MAX_BODY_BYTES);
  if (text.length === 0) throw refuse('malformed');
  if (secret !== null && (text.startsWith('{') || text.startsWith('['))) throw refuse('unsigned');
  const claims = secret === null ? unsignedClaims(text) : await verifiedClaims(text, secret, tolerance);
  if (depthExceeds(claims, options.maxDepth ?? DEFAULT_MAX_DEPTH)) throw refuse('too_deep');
  if (secret === null && typeof claims.exp === 'number' && claims.exp < Date.now() / 1000 - tolerance) throw refuse('expired');
  if (options.maxAgeSeconds !== undefined) checkAge(claims, options.maxAgeSeconds, tolerance, options.requireTimestamp ?? true);
  const kind = classifyEvent(claims);
  if (!kind) throw refuse('unknown_event');
  const data = { ...claims };
  for (const claim of REGISTERED_CLAIMS) delete data[claim];
  return { kind, data } as DialpadEvent;
}

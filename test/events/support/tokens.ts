import { generateKeyPairSync } from 'node:crypto';
import jwt, { type Algorithm, type SignOptions } from 'jsonwebtoken';

// Tokens are made with jsonwebtoken, a library independent of the jose the receiver verifies with.
export const SECRET = 'whsec-test-5b1f0c9d7e2a4c68';
export const SMS_TEXT = 'Door code is 4471, see you at 6';

export const callEvent = (overrides: Record<string, unknown> = {}) => ({
  call_id: 6412000098765432,
  state: 'ringing',
  direction: 'inbound',
  event_timestamp: Date.now(),
  external_number: '+14155550123',
  internal_number: '+14155551001',
  target: { id: '5223000012345678', name: 'Sam Carter', type: 'user' },
  ...overrides,
});

export const smsEvent = (overrides: Record<string, unknown> = {}) => ({
  id: 4612924117884928,
  created_date: Date.now(),
  direction: 'inbound',
  target: { id: 5223000012345678, type: 'user', name: 'Sam Carter', phone_number: '+14155551001' },
  contact: { id: 5300000000000042, name: 'Ana Lima', phone_number: '+14155550123' },
  from_number: '+14155550123',
  to_number: ['+14155551001'],
  message_status: 'success',
  text: SMS_TEXT,
  ...overrides,
});

export const contactEvent = (overrides: Record<string, unknown> = {}) => ({
  event: 'Created',
  contact: { id: '5300000000000042', type: 'shared', display_name: 'Ana Lima', phones: ['+14155550123'] },
  ...overrides,
});

export function sign(payload: string | object, options: SignOptions = {}, secret: string = SECRET): string {
  return jwt.sign(payload, secret, { algorithm: 'HS256', ...options });
}

export function signWith(algorithm: Algorithm, payload: object): string {
  if (algorithm === 'none') return jwt.sign(payload, null as unknown as string, { algorithm: 'none' });
  if (algorithm.startsWith('HS')) return jwt.sign(payload, SECRET, { algorithm });
  const { privateKey } = algorithm.startsWith('ES') ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('rsa', { modulusLength: 2048 });
  return jwt.sign(payload, privateKey, { algorithm });
}

/** An object nested `depth` levels deep, built without recursion. */
export function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: true };
  for (let i = 1; i < depth; i++) value = { n: value };
  return value;
}

/** A call event whose `extra` field nests `depth` levels deep, as JSON text (no recursion anywhere). */
export function deeplyNestedCallJson(depth: number): string {
  return `{"call_id":1,"state":"ringing","extra":${'{"n":'.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}}`;
}

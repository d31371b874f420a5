/**
 * Receiving Dialpad events, locally and end to end:
 *  1. register a webhook and call/SMS/contact subscriptions (idempotently) against the Prism mock;
 *  2. start a receiver for the agent front-desk of examples/policy.yaml: it may read calls, contacts
 *     and messages, but not SMS text (the policy's credential lacks message_content_export);
 *  3. sign a few events the way Dialpad does (a JWT, HS256, with the webhook secret), post them,
 *     plus a forged one, an unsigned one and a re-delivery, and print what the agent got; then stop.
 *
 *   npx tsx examples/event-receiver.ts          (starts its own Prism)
 *   DIALPAD_BASE_URL=http://127.0.0.1:4010 npx tsx examples/event-receiver.ts
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { createDialpadClient, createEventReceiver, ensureSubscriptions, loadPolicy } from '../src/index.js';
import { startPrism } from '../test/support/prism.js';

const secret = randomBytes(24).toString('base64url'); // one line, as Dialpad wants; never printed

/** Stands in for Dialpad: what it posts to a webhook that has a secret. */
const signLikeDialpad = (event: object, key = secret) =>
  new SignJWT({ ...event }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuedAt().sign(new TextEncoder().encode(key));

// The README's example policy; run from anywhere, it is found beside this file.
const policy = loadPolicy(join(import.meta.dirname, 'policy.yaml'));
const agent = 'front-desk';

const prism = process.env.DIALPAD_BASE_URL ? undefined : await startPrism();
const baseUrl = process.env.DIALPAD_BASE_URL ?? prism!.url;
const receiver = createEventReceiver({
  secret,
  agent,
  policy,
  maxAgeSeconds: 300,
  on: {
    call: (call) => console.log(`  [${agent}] call ${call.call_id} is ${call.state} (${call.direction}, ${call.external_number})`),
    sms: (sms) => console.log(`  [${agent}] SMS ${sms.direction} from ${sms.from_number}: ${'text' in sms ? 'text included' : 'text withheld (no message_content_export scope)'}`),
    contact: (contact) => console.log(`  [${agent}] contact ${contact.event}: ${contact.contact.display_name}`),
  },
  onOutcome: (o) => console.log(`  -> ${o.status}${o.reason ? ` ${o.reason}` : ''}${o.dropped ? ` (dropped: ${o.dropped})` : ''}`),
});
const server = createServer(receiver);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/dialpad/events`;

try {
  const client = createDialpadClient({ apiKey: 'example-key', baseUrl, rateLimit: false });
  const report = await ensureSubscriptions(client, {
    webhook: { url: hookUrl, secret },
    subscriptions: [
      { kind: 'call', call_states: ['ringing', 'connected', 'hangup'] },
      { kind: 'sms', direction: 'all' },
      { kind: 'contact', contact_type: 'shared' },
    ],
  });
  const kinds = (list: { kind: string }[]) => list.map((s) => s.kind).join(', ') || '-';
  console.log(`subscriptions on ${baseUrl}: webhook ${report.endpoint.id} ${report.endpoint.action}; created ${kinds(report.created)}; updated ${kinds(report.updated)}; kept ${kinds(report.kept)}`);
  console.log(`receiver for agent ${agent} on ${hookUrl}`);

  const call = { call_id: 6412000098765432, state: 'ringing', direction: 'inbound', external_number: '+14155550123', event_timestamp: Date.now() };
  const sms = { id: 4612924117884928, direction: 'inbound', from_number: '+14155550123', to_number: ['+14155551001'], text: 'Running late', created_date: Date.now() };
  const contact = { event: 'Created', contact: { id: '5300000000000042', display_name: 'Ana Lima', type: 'shared' } };
  const deliveries: [string, string][] = [
    ['call event', await signLikeDialpad(call)],
    ['SMS event', await signLikeDialpad(sms)],
    ['contact event', await signLikeDialpad(contact)],
    ['the SMS event again (a re-delivery)', await signLikeDialpad(sms)],
    ['a forged call event (wrong secret)', await signLikeDialpad({ ...call, state: 'hangup' }, 'guessed-secret')],
    ['unsigned JSON', JSON.stringify(call)],
  ];
  for (const [what, body] of deliveries) {
    console.log(`POST ${what}`);
    await fetch(hookUrl, { method: 'POST', body });
    await receiver.idle();
  }
} finally {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await prism?.stop();
}
console.log('done');

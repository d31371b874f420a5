import { afterEach, describe, expect, inject, it } from 'vitest';
import { ConflictError, createDialpadClient, ensureSubscriptions, NotFoundError, type SubscriptionSpec } from '../../src/index.js';
import { startFakeDialpad, type FakeDialpad } from './support/fake-dialpad.js';

const HOOK = 'https://hooks.example.com/bollard/events';
const wanted: SubscriptionSpec[] = [
  { kind: 'call', call_states: ['ringing', 'connected', 'hangup'], target_type: 'office', target_id: 5100000000000001 },
  { kind: 'sms', direction: 'all', status: true },
  { kind: 'contact', contact_type: 'shared' },
];

const fakes: FakeDialpad[] = [];
afterEach(async () => Promise.all(fakes.splice(0).map((f) => f.close())));

async function setUp() {
  const fake = await startFakeDialpad();
  fakes.push(fake);
  return { fake, client: createDialpadClient({ apiKey: 'test-key', baseUrl: fake.url, rateLimit: false }) };
}

const ids = (results: { kind: string }[]) => results.map((r) => r.kind);

describe('ensureSubscriptions', () => {
  it('creates the webhook and every subscription once; a second run creates and changes nothing', async () => {
    const { fake, client } = await setUp();
    const first = await ensureSubscriptions(client, { webhook: { url: HOOK, secret: 's1' }, subscriptions: wanted });
    expect(first.endpoint).toMatchObject({ type: 'webhook', action: 'created' });
    expect(ids(first.created)).toEqual(['call', 'sms', 'contact']);
    expect([first.updated, first.kept, first.unmanaged]).toEqual([[], [], []]);
    const writesAfterFirst = fake.writes().length;
    expect(writesAfterFirst).toBe(4);

    const second = await ensureSubscriptions(client, { webhook: { url: HOOK, secret: 's1' }, subscriptions: wanted });
    expect(second.endpoint).toEqual({ ...first.endpoint, action: 'kept' });
    expect([second.created, second.updated]).toEqual([[], []]);
    expect(second.kept.map((k) => k.id).sort()).toEqual(first.created.map((c) => c.id).sort());
    expect(fake.writes()).toHaveLength(writesAfterFirst);
    expect([fake.webhooks.size, fake.subscriptions.call.size, fake.subscriptions.sms.size, fake.subscriptions.contact.size]).toEqual([1, 1, 1, 1]);
  });

  it('updates what changed in place (secret, call states, enabled) instead of recreating it', async () => {
    const { fake, client } = await setUp();
    const first = await ensureSubscriptions(client, { webhook: { url: HOOK, secret: 's1' }, subscriptions: wanted });
    const changed: SubscriptionSpec[] = [{ ...wanted[0]!, call_states: ['hangup', 'voicemail'] } as SubscriptionSpec, wanted[1]!, { kind: 'contact', contact_type: 'shared', enabled: false }];
    const second = await ensureSubscriptions(client, { webhook: { url: HOOK, secret: 's2' }, subscriptions: changed });
    expect(second.endpoint).toMatchObject({ id: first.endpoint.id, action: 'updated' });
    expect(ids(second.updated)).toEqual(['call', 'contact']);
    expect(ids(second.kept)).toEqual(['sms']);
    expect(second.created).toEqual([]);
    expect([...fake.webhooks.values()][0]?.signature).toMatchObject({ secret: 's2' });
    expect([...fake.subscriptions.call.values()][0]).toMatchObject({ call_states: ['hangup', 'voicemail'] });
    expect(fake.writes().filter((w) => w.method === 'POST')).toHaveLength(4);
    const third = await ensureSubscriptions(client, { webhook: { url: HOOK, secret: 's2' }, subscriptions: changed });
    expect([third.created, third.updated, third.endpoint.action]).toEqual([[], [], 'kept']);
  });

  it('finds its webhook on a later page, leaves other webhooks’ subscriptions alone and reports unmanaged ones on its own', async () => {
    const { fake, client } = await setUp();
    for (let i = 0; i < 4; i++) await client.webhooks.create({ hook_url: `https://other.example.com/${i}` });
    const mine = await client.webhooks.create({ hook_url: HOOK, secret: 's1' });
    const others = [...fake.webhooks.values()][0]!;
    await client.subscriptions.createCall({ endpoint_id: others.id, call_states: ['ringing'] });
    const stray = await client.subscriptions.createSms({ endpoint_id: mine.id!, direction: 'outbound' });
    const before = fake.writes().length;

    const report = await ensureSubscriptions(client, { webhook: { url: HOOK, secret: 's1' }, subscriptions: [wanted[0]!] });
    expect(report.endpoint).toEqual({ type: 'webhook', id: mine.id, action: 'kept' });
    expect(ids(report.created)).toEqual(['call']);
    expect(report.unmanaged).toEqual([{ kind: 'sms', id: stray.id }]);
    expect(fake.writes().length - before).toBe(1);
    expect(fake.subscriptions.call.size).toBe(2);
  });

  it('treats a 409 on create as "already there": it lists again and reconciles instead of creating twice', async () => {
    const { fake, client } = await setUp();
    fake.conflictOnNextCreate.add('webhooks');
    fake.conflictOnNextCreate.add('subscriptions/sms');
    const report = await ensureSubscriptions(client, { webhook: { url: HOOK, secret: 's1' }, subscriptions: wanted });
    expect(report.endpoint.action).toBe('kept');
    expect(ids(report.created)).toEqual(['call', 'contact']);
    expect(ids(report.kept)).toEqual(['sms']);
    expect([fake.webhooks.size, fake.subscriptions.sms.size]).toEqual([1, 1]);
    const again = await ensureSubscriptions(client, { webhook: { url: HOOK, secret: 's1' }, subscriptions: wanted });
    expect([again.created, again.updated]).toEqual([[], []]);
  });

  it('passes on a 409 it cannot reconcile, and other API errors, typed', async () => {
    const { fake, client } = await setUp();
    fake.refuseNextCreate.add('webhooks');
    await expect(ensureSubscriptions(client, { webhook: { url: HOOK }, subscriptions: [] })).rejects.toBeInstanceOf(ConflictError);
    expect(fake.webhooks.size).toBe(0);
    const elsewhere = createDialpadClient({ apiKey: 'test-key', baseUrl: `${fake.url}/nowhere`, rateLimit: false, maxRetries: 0 });
    await expect(ensureSubscriptions(elsewhere, { webhook: { url: HOOK }, subscriptions: [] })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('registers a websocket endpoint, recognised again by its secret, and returns its URL', async () => {
    const { fake, client } = await setUp();
    const options = { websocket: { secret: 'ws-secret' }, subscriptions: [wanted[2]!] };
    const first = await ensureSubscriptions(client, options);
    expect(first.endpoint).toMatchObject({ type: 'websocket', action: 'created', websocketUrl: expect.stringMatching(/^ws:\/\//) });
    const second = await ensureSubscriptions(client, options);
    expect(second.endpoint).toMatchObject({ id: first.endpoint.id, action: 'kept' });
    expect([second.created, ids(second.kept)]).toEqual([[], ['contact']]);
    const byId = await ensureSubscriptions(client, { websocket: { id: first.endpoint.id, secret: 'rotated' }, subscriptions: [wanted[2]!] });
    expect(byId.endpoint).toMatchObject({ id: first.endpoint.id, action: 'updated' });
    expect(fake.websockets.size).toBe(1);
  });

  it('refuses two specs for the same scope', async () => {
    const { client } = await setUp();
    await expect(ensureSubscriptions(client, { webhook: { url: HOOK }, subscriptions: [wanted[1]!, { kind: 'sms', direction: 'all' }] })).rejects.toThrow(/same scope/);
  });

  it('runs against the Prism mock of the spec', async () => {
    const client = createDialpadClient({ apiKey: 'test-key', baseUrl: inject('prismUrl'), rateLimit: false });
    const report = await ensureSubscriptions(client, {
      webhook: { url: 'https://hooks.example.com/dialpad/events', secret: '7f3b9c2e4d1a8f60' },
      subscriptions: [
        { kind: 'call', call_states: ['ringing', 'connected', 'hangup', 'recording'], target_type: 'callcenter', target_id: 6473939183665152 },
        { kind: 'sms', direction: 'inbound', target_type: 'user', target_id: 5223000012345678 },
      ],
    });
    expect(report.endpoint).toEqual({ type: 'webhook', id: '5747174497632256', action: 'kept' });
    expect(report.kept.map((k) => k.kind)).toContain('call');
    expect(report.created.length + report.updated.length + report.kept.length).toBe(2);
  });
});

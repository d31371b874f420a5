import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectionError, createDialpadClient, ServiceUnavailableError, TimeoutError, type DialpadClient } from '../../src/index.js';
import { json, startLocalServer, type LocalServer } from '../support/local-server.js';

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A server answering with the given statuses in turn (then 200), Retry-After: 0 so tests don't wait. */
async function scripted(statuses: number[], body: unknown = {}): Promise<DialpadClient> {
  let n = 0;
  server = await startLocalServer((_, res) => {
    const status = statuses[n++] ?? 200;
    if (status === 200) return json(res, 200, body);
    json(res, status, { error: { code: status, message: 'scripted', uuid: '00000000-0000-4000-8000-000000000000' } }, { 'retry-after': '0' });
  });
  return createDialpadClient({ apiKey: 'retry-key', baseUrl: server.url, rateLimit: false });
}

const sms = { user_id: 1, to_numbers: ['+14155550123'], text: 'hello' };

describe('which failures are retried', () => {
  it('a 429 is retried, even for sms.send: nothing was done', async () => {
    const client = await scripted([429, 429]);
    await client.sms.send(sms);
    expect(server!.requests).toHaveLength(3);
  });

  it('a 503 on a read is retried up to maxRetries (default 2)', async () => {
    const client = await scripted([503, 503, 503, 503]);
    await expect(client.users.get('me')).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(server!.requests).toHaveLength(3);
  });

  it('a 503 on idempotent writes (PUT, DELETE) is retried', async () => {
    let client = await scripted([503]);
    await client.calls.hangup(1);
    expect(server!.requests.map((r) => r.method)).toEqual(['PUT', 'PUT']);
    await server!.close();
    client = await scripted([503]);
    await client.contacts.delete('42');
    expect(server!.requests.map((r) => r.method)).toEqual(['DELETE', 'DELETE']);
  });

  it('sms.send is not retried on a 503: a retry must never send a message twice', async () => {
    const client = await scripted([503]);
    await expect(client.sms.send(sms)).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(server!.requests).toHaveLength(1);
  });

  it('calls.initiate is not retried on a 503, even with maxRetries raised', async () => {
    const client = await scripted([503]);
    await expect(client.calls.initiate('me', { phone_number: '+14155550123' }, { maxRetries: 5 })).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(server!.requests).toHaveLength(1);
  });

  it('another non-idempotent POST or a PATCH is not retried on a 503 unless the caller opts in for that call', async () => {
    let client = await scripted([503]);
    await expect(client.contacts.create({ first_name: 'Ada', last_name: 'Lovelace' })).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(server!.requests).toHaveLength(1);
    await server!.close();
    client = await scripted([503]);
    await expect(client.users.update('me', { first_name: 'Ada' })).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(server!.requests).toHaveLength(1);
    await server!.close();
    client = await scripted([503]);
    await client.contacts.create({ first_name: 'Ada', last_name: 'Lovelace' }, { retryUnsafe: true });
    expect(server!.requests).toHaveLength(2);
  });

  it('maxRetries is an option of the client and of each call', async () => {
    let client = await scripted([503, 503, 503, 503, 503]);
    await client.users.get('me', { maxRetries: 5 });
    expect(server!.requests).toHaveLength(6);
    await server!.close();
    server = undefined;
    let n = 0;
    server = await startLocalServer((_, res) => (n++ === 0 ? json(res, 503, {}, { 'retry-after': '0' }) : json(res, 200, {})));
    client = createDialpadClient({ apiKey: 'k-retries', baseUrl: server.url, rateLimit: false, maxRetries: 0 });
    await expect(client.users.get('me')).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(server.requests).toHaveLength(1);
  });

  it('a timeout is retried for a read, not for sms.send', async () => {
    let n = 0;
    server = await startLocalServer((_, res) => {
      if (n++ === 0) return; // the first request never gets an answer
      json(res, 200, { id: 1 });
    });
    const client = createDialpadClient({ apiKey: 'k-timeouts', baseUrl: server.url, rateLimit: false, timeout: 600 });
    vi.spyOn(Math, 'random').mockReturnValue(0);
    await expect(client.users.get('me')).resolves.toEqual({ id: 1 });
    expect(server.requests).toHaveLength(2);
    n = 0;
    server.requests.length = 0;
    await expect(client.sms.send(sms)).rejects.toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it('a dropped connection is retried for a read, not for sms.send', async () => {
    let n = 0;
    server = await startLocalServer((_, res) => {
      if (n++ === 0) return void res.socket?.destroy();
      json(res, 200, { ok: true });
    });
    const client = createDialpadClient({ apiKey: 'k-drops', baseUrl: server.url, rateLimit: false });
    vi.spyOn(Math, 'random').mockReturnValue(0);
    await expect(client.users.get('me')).resolves.toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
    n = 0;
    server.requests.length = 0;
    await expect(client.sms.send(sms)).rejects.toBeInstanceOf(ConnectionError);
    expect(server.requests).toHaveLength(1);
  });
});

describe('when retries happen (fake timers)', () => {
  function recordingFetch(answers: { status: number; headers?: Record<string, string> }[]) {
    const times: number[] = [];
    const fetch = (async () => {
      times.push(Date.now());
      const answer = answers[times.length - 1] ?? { status: 200 };
      return new Response(JSON.stringify(answer.status === 200 ? { id: 1 } : { error: { code: answer.status, message: 'x' } }), {
        status: answer.status,
        headers: { 'content-type': 'application/json', ...answer.headers },
      });
    }) as typeof globalThis.fetch;
    return { fetch, times };
  }

  it('backs off exponentially (500 ms, then 1 s) with full jitter', async () => {
    vi.useFakeTimers({ now: 0 });
    vi.spyOn(Math, 'random').mockReturnValue(0.9999999);
    const { fetch, times } = recordingFetch([{ status: 503 }, { status: 503 }]);
    const client = createDialpadClient({ apiKey: 'k-backoff', baseUrl: 'http://dialpad.test', fetch, rateLimit: false });
    const call = client.users.get('me');
    await vi.runAllTimersAsync();
    await expect(call).resolves.toEqual({ id: 1 });
    expect(times).toEqual([0, 500, 1500]);
    vi.mocked(Math.random).mockReturnValue(0.25);
    times.length = 0;
    const { fetch: fetch2, times: times2 } = recordingFetch([{ status: 503 }, { status: 503 }]);
    const jittered = createDialpadClient({ apiKey: 'k-backoff', baseUrl: 'http://dialpad.test', fetch: fetch2, rateLimit: false });
    const start = Date.now();
    const call2 = jittered.users.get('me');
    await vi.runAllTimersAsync();
    await call2;
    expect(times2.map((t) => t - start)).toEqual([0, 125, 375]);
  });

  it('waits exactly what Retry-After says, in seconds or as an HTTP date', async () => {
    vi.useFakeTimers({ now: 1_700_000_000_000 });
    const { fetch, times } = recordingFetch([
      { status: 429, headers: { 'retry-after': '7' } },
      { status: 429, headers: { 'retry-after': new Date(1_700_000_000_000 + 7_000 + 3_000).toUTCString() } },
    ]);
    const client = createDialpadClient({ apiKey: 'k-retry-after', baseUrl: 'http://dialpad.test', fetch, rateLimit: false });
    const call = client.sms.send(sms);
    await vi.runAllTimersAsync();
    await expect(call).resolves.toEqual({ id: 1 });
    expect(times.map((t) => t - 1_700_000_000_000)).toEqual([0, 7_000, 10_000]);
  });

  it('does not wait for a Retry-After longer than a minute: the error is thrown at once', async () => {
    vi.useFakeTimers({ now: 0 });
    const { fetch, times } = recordingFetch([{ status: 429, headers: { 'retry-after': '3600' } }]);
    const client = createDialpadClient({ apiKey: 'k-long', baseUrl: 'http://dialpad.test', fetch, rateLimit: false });
    const call = client.users.get('me').catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    expect(await call).toMatchObject({ name: 'RateLimitError', retryAfterMs: 3_600_000 });
    expect(times).toEqual([0]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { createDialpadClient, PaginationLimitError, RequestTooLargeError } from '../../src/index.js';
import { json, startLocalServer, type LocalServer } from '../support/local-server.js';

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A listing of `total` users served `size` per page, with opaque cursors. */
async function listing(total: number, size: number, cursorFor: (page: number) => string | undefined = (p) => (p * size < total ? `c${p}` : undefined)) {
  server = await startLocalServer((req, res) => {
    const cursor = new URL(req.url, 'http://x').searchParams.get('cursor');
    const page = cursor ? Number(cursor.slice(1)) : 0;
    const items = Array.from({ length: Math.max(0, Math.min(size, total - page * size)) }, (_, i) => ({ id: String(page * size + i + 1) }));
    const next = cursorFor(page + 1);
    json(res, 200, next ? { items, cursor: next } : { items });
  });
  return createDialpadClient({ apiKey: 'k-pages', baseUrl: server.url, rateLimit: false });
}

describe('cursor pagination', () => {
  it('for await walks every item of every page, passing the cursor back until none remains', async () => {
    const client = await listing(23, 10);
    const ids: string[] = [];
    for await (const user of client.users.list({ state: 'active' })) ids.push(user.id!);
    expect(ids).toEqual(Array.from({ length: 23 }, (_, i) => String(i + 1)));
    expect(server!.requests.map((r) => r.url)).toEqual(['/api/v2/users?state=active', '/api/v2/users?state=active&cursor=c1', '/api/v2/users?state=active&cursor=c2']);
  });

  it('.pages() yields whole pages, and fetches lazily: breaking early sends no more requests', async () => {
    const client = await listing(50, 10);
    const sizes: number[] = [];
    for await (const page of client.contacts.list().pages()) {
      sizes.push(page.items?.length ?? 0);
      if (sizes.length === 2) break;
    }
    expect(sizes).toEqual([10, 10]);
    expect(server!.requests).toHaveLength(2);
  });

  it('a server that never stops is cut off at maxPages with PaginationLimitError', async () => {
    const client = await listing(Number.MAX_SAFE_INTEGER, 1, (p) => `c${p}`);
    const limited = createDialpadClient({ apiKey: 'k-pages', baseUrl: client.baseUrl, rateLimit: false, maxPages: 5 });
    const error = await (async () => {
      for await (const _ of limited.users.list()) void _;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationLimitError);
    expect(error).toMatchObject({ pages: 5, operationId: 'users.list', limit: 'max-pages' });
    expect((error as Error).message).toBe('users.list: stopped after 5 page(s): maxPages (5) reached');
    // The fix for a long listing: filters, or a larger page budget.
    expect((error as PaginationLimitError).advice).toMatch(/Narrow the listing with filters, or raise maxPages/);
    expect((error as PaginationLimitError).advice).not.toMatch(/mock/);
    expect(server!.requests).toHaveLength(5);
  });

  it('a server that sends a cursor twice is stopped at once', async () => {
    const client = await listing(100, 10, () => 'c1');
    const error = await (async () => {
      for await (const _ of client.offices.list()) void _;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationLimitError);
    expect(error).toMatchObject({ pages: 2, operationId: 'offices.list', limit: 'repeated-cursor' });
    expect((error as Error).message).toMatch(/cursor it had sent before, so iterating further would loop/);
    expect((error as Error).message).not.toMatch(/maxPages/);
    // A page budget cannot fix a loop: the advice says so and points at a paging mock or a report.
    const { advice } = error as PaginationLimitError;
    expect(advice).toMatch(/Raising maxPages will not help/);
    expect(advice).toMatch(/startMockServer/);
    expect(advice).toMatch(/@bollard\/dialpad\/testing/);
    expect(advice).toMatch(/request id/);
    expect((error as PaginationLimitError).toJSON()).toMatchObject({ limit: 'repeated-cursor', pages: 2 });
    expect(server!.requests).toHaveLength(2);
  });
});

describe('request size', () => {
  it('an sms.send over 1 MB (media included) fails with RequestTooLargeError before anything is sent, with no invented status', async () => {
    server = await startLocalServer((_, res) => json(res, 200, {}));
    const client = createDialpadClient({ apiKey: 'k-size', baseUrl: server.url, rateLimit: false });
    const media = Buffer.alloc(800 * 1024, 7).toString('base64'); // ~1.07 MB once base64-encoded
    const error = await client.sms.send({ user_id: 1, to_numbers: ['+14155550123'], media }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestTooLargeError);
    expect(error).toMatchObject({ sent: false, limit: 1048576 });
    expect(error).not.toHaveProperty('status');
    expect((error as Error).message).toMatch(/limit is 1048576/);
    expect((error as Error).message).not.toContain(media.slice(0, 32));
    expect(server.requests).toHaveLength(0);
    await client.sms.send({ user_id: 1, to_numbers: ['+14155550123'], media: media.slice(0, 700 * 1024) });
    expect(server.requests).toHaveLength(1);
  });
});

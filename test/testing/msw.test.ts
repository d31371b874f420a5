import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { getResponse, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import ts from 'typescript';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixtures, type Fixture } from '../../generated/fixtures/index.js';
import { operationIds, operations, type OperationId, type OperationMeta } from '../../generated/operations.js';
import { createDialpadClient, NotFoundError, ServiceUnavailableError } from '../../src/index.js';
import { createHandlers } from '../../src/testing/handlers.js';
import { literalFirst } from '../../src/testing/routes.js';
import { dialpadHandler, dialpadHandlers, MOCK_AUTHORIZATION_CODE, MOCK_NEXT_CURSOR } from '../../src/testing/index.js';
import { invokeAreaMethod } from '../support/invoke.js';
import { ROOT } from '../support/prism.js';

// A loopback address with nothing behind it (the discard port): a request MSW failed to intercept
// ends in ConnectionError on this machine instead of reaching any network.
const BASE = 'http://127.0.0.1:9';

const server = setupServer(...dialpadHandlers({ baseUrl: BASE }));
const seen: { method: string; url: string }[] = [];
server.events.on('request:start', ({ request }) => void seen.push({ method: request.method, url: request.url }));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => server.close());

// Created per test, after listen(): the client takes globalThis.fetch when it is created.
const client = () => createDialpadClient({ apiKey: 'msw-test-key', baseUrl: BASE, rateLimit: false, maxRetries: 0 });

/** What the area method resolves to for the fixture's answer (first page of a listing). */
function expectedAnswer(operationId: OperationId): unknown {
  const { status, body }: Fixture['response'] = fixtures[operationId].response;
  if (operations[operationId].paginated) return { ...(body as object), cursor: MOCK_NEXT_CURSOR };
  return body === null || status === 204 || status >= 300 ? undefined : body;
}

describe('dialpadHandlers: every operation answers its fixture', () => {
  it('has one handler per operation, OAuth ones included', () => {
    const handlers = dialpadHandlers();
    expect(handlers).toHaveLength(operationIds.length);
    const routes = handlers.map((h) => `${String(h.info.method)} ${String(h.info.path)}`).sort();
    const expected = operationIds.map((id) => `${operations[id].method} https://dialpad.com${operations[id].path.replace(/\{([^}]+)\}/g, ':$1')}`).sort();
    expect(routes).toEqual(expected);
    expect(routes).toContain('POST https://dialpad.com/oauth2/token');
  });

  it.each(operationIds.map((id) => [id] as const))('%s through its area method, with its fixture request', async (operationId) => {
    const result = await invokeAreaMethod(client(), operationId, fixtures[operationId].request);
    expect(result).toEqual(expectedAnswer(operationId));
    // It went through the handler for its own method and path, once.
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe(operations[operationId].method);
    const path = new URL(seen[0]!.url).pathname;
    const pattern = new RegExp(`^${operations[operationId].path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    expect(path).toMatch(pattern);
  });

  it('answers on https://dialpad.com by default (what createDialpadClient({ apiKey }) calls)', async () => {
    const response = await getResponse(dialpadHandlers(), new Request('https://dialpad.com/api/v2/users/me'));
    expect(response?.status).toBe(200);
    expect(await response!.json()).toEqual(fixtures['users.get'].response.body);
    expect(await getResponse(dialpadHandlers(), new Request('https://sandbox.dialpad.com/api/v2/users/me'))).toBeUndefined();
  });

  it('the OAuth authorize redirect goes back to redirect_uri with a code and the state', async () => {
    const query = new URLSearchParams({ redirect_uri: 'https://app.example.com/oauth/cb', client_id: 'c1', state: 'st-42', response_type: 'code' });
    const response = await fetch(`${BASE}/oauth2/authorize?${query}`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`https://app.example.com/oauth/cb?code=${MOCK_AUTHORIZATION_CODE}&state=st-42`);
    expect(await response.text()).toBe('');
  });

  it('a 204 answer has no body', async () => {
    const response = await fetch(`${BASE}/oauth2/deauthorize`, { method: 'POST' });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });
});

describe('listings page so that iteration ends', () => {
  it('for await over contacts.list() yields the fixture items twice, then ends', async () => {
    const items = fixtures['contacts.list'].response.body.items;
    const ids: (string | null | undefined)[] = [];
    for await (const contact of client().contacts.list()) ids.push(contact.id);
    expect(ids).toEqual([...items, ...items].map((c) => c.id));
    expect(ids).toHaveLength(4);
    expect(seen.map((r) => new URL(r.url).searchParams.get('cursor'))).toEqual([null, MOCK_NEXT_CURSOR]);
  });

  it('.pages() gives two pages: the first with the mock cursor, the second with cursor null', async () => {
    const cursors: unknown[] = [];
    for await (const page of client().users.list({ state: 'active' }).pages()) cursors.push(page.cursor);
    expect(cursors).toEqual([MOCK_NEXT_CURSOR, null]);
  });

  const listings = operationIds.filter((id) => operations[id].paginated);
  it.each(listings.map((id) => [id] as const))('%s iterates to its end: twice its fixture items', async (operationId) => {
    const meta: OperationMeta = operations[operationId];
    const fixture: Fixture = fixtures[operationId];
    const iterable = (await iterableOf(operationId, fixture)) as AsyncIterable<unknown>;
    const got: unknown[] = [];
    for await (const item of iterable) got.push(item);
    const items = (fixture.response.body as { items: unknown[] }).items;
    expect(items.length).toBeGreaterThan(0);
    expect(got).toEqual([...items, ...items]);
    expect(seen).toHaveLength(2);
    expect(meta.method).toBe('GET');
  });

  async function iterableOf(operationId: OperationId, fixture: Fixture): Promise<unknown> {
    const [area, method] = operationId.split('.') as [string, string];
    const fn = (client() as unknown as Record<string, Record<string, (...args: unknown[]) => unknown>>)[area]![method]!;
    const args: unknown[] = operations[operationId].pathParams.map((name) => fixture.request.path[name]);
    return fn(...args, fixture.request.query);
  }

  it('listings that hold more than one page in real life page the same way (no cursor → cursor, cursor → null)', async () => {
    const first = await (await fetch(`${BASE}/api/v2/callcenters`)).json();
    const second = await (await fetch(`${BASE}/api/v2/callcenters?cursor=${MOCK_NEXT_CURSOR}`)).json();
    expect(first).toEqual({ ...fixtures['callcenters.list'].response.body, cursor: MOCK_NEXT_CURSOR });
    expect(second).toEqual({ ...fixtures['callcenters.list'].response.body, cursor: null });
  });
});

describe('overrides, per test or per server', () => {
  it('server.use(dialpadHandler(...)) changes one answer, and resetHandlers brings the fixture back', async () => {
    const ada = { ...fixtures['users.get'].response.body, display_name: 'Ada Lovelace' };
    server.use(dialpadHandler('users.get', { body: ada }, { baseUrl: BASE }));
    expect((await client().users.get('me')).display_name).toBe('Ada Lovelace');
    // Other operations still answer their fixtures.
    expect((await client().contacts.get('1')).id).toBe(fixtures['contacts.get'].response.body.id);
    server.resetHandlers();
    expect((await client().users.get('me')).display_name).toBe(fixtures['users.get'].response.body.display_name);
  });

  it('a 404 override makes the client throw NotFoundError with the message given', async () => {
    server.use(dialpadHandler('users.get', { status: 404, body: { error: { code: 404, message: 'no such user' } } }, { baseUrl: BASE }));
    const error = await client().users.get('42').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, operationId: 'users.get' });
    expect((error as Error).message).toBe('users.get: 404 no such user');
  });

  it('an error status without a body gets Dialpad’s error shape', async () => {
    server.use(dialpadHandler('users.get', { status: 503 }, { baseUrl: BASE }));
    const error = await client().users.get('42').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect((error as Error).message).toMatch(/^users\.get: 503 mocked 503 answer/);
  });

  it('an explicit page is answered as given: no mock paging on top', async () => {
    const one = fixtures['contacts.list'].response.body.items[0];
    server.use(dialpadHandler('contacts.list', { body: { items: [one], cursor: null } }, { baseUrl: BASE }));
    const ids: unknown[] = [];
    for await (const contact of client().contacts.list()) ids.push(contact.id);
    expect(ids).toEqual([one.id]);
  });

  it('a resolver override sees the request (path parameters, body)', async () => {
    server.use(
      dialpadHandler(
        'sms.send',
        async ({ request }) => {
          const body = (await request.json()) as { text: string };
          return HttpResponse.json({ ...fixtures['sms.send'].response.body, text: body.text.toUpperCase() });
        },
        { baseUrl: BASE },
      ),
      dialpadHandler('contacts.get', ({ params }) => HttpResponse.json({ ...fixtures['contacts.get'].response.body, id: String(params.id) }), { baseUrl: BASE }),
    );
    expect((await client().sms.send({ user_id: 1, to_numbers: ['+14155550123'], text: 'hello' })).text).toBe('HELLO');
    expect((await client().contacts.get('abc-7')).id).toBe('abc-7');
  });

  it('dialpadHandlers({ overrides }) replaces the answer of the operations named, and only those', async () => {
    const local = await getResponse(
      dialpadHandlers({ baseUrl: BASE, overrides: { 'users.get': { status: 404 }, 'contacts.get': { headers: { 'x-request-id': 'req-7' } } } }),
      new Request(`${BASE}/api/v2/users/me`),
    );
    expect(local?.status).toBe(404);
    expect(await local!.json()).toEqual({ error: { code: 404, message: 'mocked 404 answer from @bollard/dialpad/testing' } });
    const handlers = dialpadHandlers({ baseUrl: BASE, overrides: { 'contacts.get': { headers: { 'x-request-id': 'req-7' } } } });
    const contact = await getResponse(handlers, new Request(`${BASE}/api/v2/contacts/1`));
    expect(contact?.headers.get('x-request-id')).toBe('req-7');
    expect(await contact!.json()).toEqual(fixtures['contacts.get'].response.body);
    const user = await getResponse(handlers, new Request(`${BASE}/api/v2/users/me`));
    expect(await user!.json()).toEqual(fixtures['users.get'].response.body);
  });

  it('an unknown operation is refused where it is named', () => {
    expect(() => dialpadHandler('users.fetch' as OperationId, { status: 404 })).toThrow(/unknown operation "users.fetch"/);
    expect(() => dialpadHandlers({ overrides: { 'nope.nope': { status: 404 } } as never })).toThrow(/overrides: unknown operation "nope.nope"/);
  });
});

describe('where two path templates match one URL, the literal one wins', () => {
  // Today's table has no such pair; Dialpad's has (/offices/primary beside /offices/{id}), so the
  // ordering is tested on a table that puts the parameter first, as a generated table may.
  const office = (id: string, name: string) => ({ request: { path: {}, query: {}, body: null }, response: { status: 200, body: { id, name } } });
  const meta = (operationId: string, path: string): OperationMeta => ({ ...operations['offices.list'], operationId, path, paginated: false, pathParams: path.includes('{') ? ['id'] : [], queryParams: [] });
  const table = {
    operations: { 'offices.get': meta('offices.get', '/api/v2/offices/{id}'), 'offices.primary': meta('offices.primary', '/api/v2/offices/primary') },
    fixtures: { 'offices.get': office('42', 'Any office'), 'offices.primary': office('1', 'Primary office') },
  };

  it('/api/v2/offices/primary answers the literal operation, /api/v2/offices/42 the templated one', async () => {
    const handlers = createHandlers(table, { baseUrl: BASE });
    expect(handlers.map((h) => h.info.path)).toEqual([`${BASE}/api/v2/offices/primary`, `${BASE}/api/v2/offices/:id`]);
    const primary = await getResponse(handlers, new Request(`${BASE}/api/v2/offices/primary`));
    expect(await primary!.json()).toEqual({ id: '1', name: 'Primary office' });
    const other = await getResponse(handlers, new Request(`${BASE}/api/v2/offices/42`));
    expect(await other!.json()).toEqual({ id: '42', name: 'Any office' });
  });

  it('(why the order matters: MSW takes the first match, so in table order the parameter would win)', async () => {
    const inTableOrder = Object.values(table.operations).map((op) =>
      http.get(`${BASE}${op.path.replace('{id}', ':id')}`, () => HttpResponse.json(table.fixtures[op.operationId as 'offices.get'].response.body)),
    );
    const primary = await getResponse(inTableOrder, new Request(`${BASE}/api/v2/offices/primary`));
    expect(await primary!.json()).toEqual({ id: '42', name: 'Any office' });
  });

  it('the comparator puts a literal segment before a parameter wherever they first differ', () => {
    const paths = ['/a/{x}/c', '/a/{x}', '/a/b/{y}', '/a/b/c', '/a/b'];
    expect([...paths].sort(literalFirst)).toEqual(['/a/b', '/a/b/c', '/a/b/{y}', '/a/{x}', '/a/{x}/c']);
  });

  it('the real handlers are in that order', () => {
    const paths = dialpadHandlers().map((h) => new URL(String(h.info.path)).pathname.replace(/:(\w+)/g, '{$1}'));
    for (let i = 1; i < paths.length; i++) expect(literalFirst(paths[i - 1]!, paths[i]!)).toBeLessThanOrEqual(0);
  });
});

describe('msw stays out of the main entry', () => {
  /** Every module src/index.ts loads, following relative imports (types-only ones included). */
  function importGraph(entry: string): Map<string, string[]> {
    const graph = new Map<string, string[]>();
    const queue = [entry];
    while (queue.length) {
      const file = queue.pop()!;
      if (graph.has(file)) continue;
      const specifiers = ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
      graph.set(file, specifiers);
      for (const s of specifiers) if (s.startsWith('.')) queue.push(resolve(dirname(file), s.replace(/\.js$/, '.ts')));
    }
    return graph;
  }

  it('no module reachable from src/index.ts imports msw or src/testing/', () => {
    const graph = importGraph(join(ROOT, 'src/index.ts'));
    expect(graph.size).toBeGreaterThan(20);
    const offenders = [...graph].filter(([file, specifiers]) => file.includes('/src/testing/') || specifiers.some((s) => s === 'msw' || s.startsWith('msw/')));
    expect(offenders.map(([file]) => file)).toEqual([]);
    // The testing entry does import it: the check above looks at the right thing.
    const testing = importGraph(join(ROOT, 'src/testing/index.ts'));
    expect([...testing.values()].flat()).toContain('msw');
  });
});

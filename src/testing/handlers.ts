/**
 * MSW request handlers for every operation, built at run time from the operations table and the
 * fixtures, so they follow the spec without a generated file of their own. This module (and so
 * msw) is loaded only through `@bollard/dialpad/testing`, never by the main entry.
 */
import { http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import { fixtures, type Fixture } from '../../generated/fixtures/index.js';
import { operations, type OperationId, type OperationMeta } from '../../generated/operations.js';
import type { DialpadAnswer, DialpadOverrides, DialpadResolver } from './answers.js';
import { pageOf } from './paging.js';
import { literalFirst, toMswPath } from './routes.js';

/** Where the client sends requests by default (its 'production' environment). */
export const DEFAULT_MOCK_BASE_URL = 'https://dialpad.com';

export interface DialpadHandlersOptions {
  /** The client's `baseUrl`; default https://dialpad.com (what `createDialpadClient({ apiKey })` calls). */
  baseUrl?: string;
  /** Per operationId, an answer or an MSW resolver in place of the fixture's answer. */
  overrides?: DialpadOverrides;
}

/** The code an OAuth authorize redirect carries back to the app. */
export const MOCK_AUTHORIZATION_CODE = 'bollard-mock-code';

const methods = { GET: http.get, PUT: http.put, POST: http.post, DELETE: http.delete, PATCH: http.patch } as const;

function urlFor(baseUrl: string, template: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${toMswPath(template)}`;
}

/**
 * A response for a status and body: no body for 204, a redirect or a body-less answer (Dialpad
 * sends none there, and the client reads an empty body as `undefined`), else JSON.
 */
function respond(status: number, body: unknown, headers: Record<string, string>): Response {
  if (body === null || body === undefined || status === 204 || (status >= 300 && status < 400)) {
    return new HttpResponse(null, { status, headers });
  }
  return HttpResponse.json(body as JsonBodyType, { status, headers });
}

/**
 * A redirect needs somewhere to go: the OAuth authorize answer sends the browser back to the
 * app's `redirect_uri` with a code and the `state` it was given, as Dialpad does after consent.
 */
function redirectHeaders(status: number, request: Request, baseUrl: string): Record<string, string> {
  if (status < 300 || status >= 400) return {};
  const query = new URL(request.url).searchParams;
  const target = new URL(query.get('redirect_uri') ?? baseUrl);
  target.searchParams.set('code', MOCK_AUTHORIZATION_CODE);
  const state = query.get('state');
  if (state !== null) target.searchParams.set('state', state);
  return { location: target.toString() };
}

function hasCursor(request: Request): boolean {
  return Boolean(new URL(request.url).searchParams.get('cursor'));
}

/** The fixture's answer; a listing pages (see paging.ts) so that `for await` over it ends. */
function fixtureResolver(meta: OperationMeta, fixture: Fixture, baseUrl: string, extraHeaders: Record<string, string> = {}): DialpadResolver {
  return ({ request }) => {
    const { status } = fixture.response;
    const body = meta.paginated ? pageOf(fixture.response.body, hasCursor(request)) : fixture.response.body;
    return respond(status, body, { ...redirectHeaders(status, request, baseUrl), ...extraHeaders });
  };
}

/** Dialpad's error shape, for an error status given without a body, so the client's error says something. */
function errorBody(status: number) {
  return { error: { code: status, message: `mocked ${status} answer from @bollard/dialpad/testing` } };
}

function answerResolver(meta: OperationMeta, fixture: Fixture, answer: DialpadAnswer<OperationId>, baseUrl: string): DialpadResolver {
  const status = answer.status ?? fixture.response.status;
  const headers = answer.headers ?? {};
  // Only the status or headers changed: the fixture's answer, paging included.
  if (answer.body === undefined && status === fixture.response.status) return fixtureResolver(meta, fixture, baseUrl, headers);
  // An explicit answer is sent as given, cursor included: the test said what the page holds.
  const body = answer.body !== undefined ? answer.body : status >= 400 ? errorBody(status) : null;
  return ({ request }) => respond(status, body, { ...redirectHeaders(status, request, baseUrl), ...headers });
}

/** The table the handlers are built from; the real one in use, another in tests of the ordering. */
export interface HandlerTable {
  operations: Readonly<Record<string, OperationMeta>>;
  fixtures: Readonly<Record<string, Fixture>>;
}

function handlerFor(table: HandlerTable, operationId: string, answer: DialpadAnswer<OperationId> | DialpadResolver | undefined, baseUrl: string): HttpHandler {
  const meta = table.operations[operationId];
  const fixture = table.fixtures[operationId];
  if (!meta || !fixture) throw new TypeError(`unknown operation ${JSON.stringify(operationId)}: use an operationId of \`operations\` (e.g. users.get)`);
  const resolver =
    answer === undefined ? fixtureResolver(meta, fixture, baseUrl) : typeof answer === 'function' ? answer : answerResolver(meta, fixture, answer, baseUrl);
  return methods[meta.method](urlFor(baseUrl, meta.path), resolver);
}

/** Handlers for every operation of `table`, literal paths before parameters (MSW takes the first match). */
export function createHandlers(table: HandlerTable, options: DialpadHandlersOptions = {}): HttpHandler[] {
  const baseUrl = options.baseUrl ?? DEFAULT_MOCK_BASE_URL;
  const overrides = (options.overrides ?? {}) as Record<string, DialpadAnswer<OperationId> | DialpadResolver | undefined>;
  for (const id of Object.keys(overrides)) {
    if (!(id in table.operations)) throw new TypeError(`overrides: unknown operation ${JSON.stringify(id)}`);
  }
  const ids = Object.keys(table.operations).sort((a, b) => literalFirst(table.operations[a]!.path, table.operations[b]!.path));
  return ids.map((id) => handlerFor(table, id, overrides[id], baseUrl));
}

const realTable: HandlerTable = { operations, fixtures };

/**
 * One MSW handler per operation of the Dialpad API (OAuth ones included), answering its fixture.
 * `setupServer(...dialpadHandlers())`, then a client with the same `baseUrl` gets the fixtures.
 */
export function dialpadHandlers(options: DialpadHandlersOptions = {}): HttpHandler[] {
  return createHandlers(realTable, options);
}

/**
 * One handler answering `answer` for one operation, for `server.use(...)` in a single test:
 * `dialpadHandler('users.get', { status: 404 })` makes `client.users.get(...)` throw NotFoundError.
 */
export function dialpadHandler<Id extends OperationId>(operationId: Id, answer: DialpadAnswer<Id> | DialpadResolver, options: { baseUrl?: string } = {}): HttpHandler {
  return handlerFor(realTable, operationId, answer as DialpadAnswer<OperationId> | DialpadResolver, options.baseUrl ?? DEFAULT_MOCK_BASE_URL);
}

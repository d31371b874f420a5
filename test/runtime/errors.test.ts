import { describe, expect, inject, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  createDialpadClient,
  DialpadApiError,
  DialpadError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  ServiceUnavailableError,
  TimeoutError,
} from '../../src/index.js';
import { json, startLocalServer } from '../support/local-server.js';

const API_KEY = 'sk_live_errors_test_0123456789';
const prism = () => createDialpadClient({ apiKey: API_KEY, baseUrl: inject('prismUrl'), maxRetries: 0, rateLimit: false });
const prefer = (code: number) => ({ headers: { prefer: `code=${code}` } });

async function failure(promise: Promise<unknown>): Promise<DialpadError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DialpadError);
  return error as DialpadError;
}

function expectNoSecret(error: DialpadError): void {
  for (const text of [error.message, error.advice, JSON.stringify(error), String(error.stack)]) expect(text).not.toContain(API_KEY);
}

describe('one typed error per status of Dialpad’s table, through Prism', () => {
  it.each([
    [400, BadRequestError, false, /Fix the request/],
    [401, AuthenticationError, false, /valid API key or access token/],
    [403, PermissionDeniedError, false, /lacks access/],
    [404, NotFoundError, false, /Check the id/],
    [409, ConflictError, false, /reconcile/],
    [429, RateLimitError, true, /Wait/],
    [503, ServiceUnavailableError, true, /errorUuid/],
  ] as const)('%i → %o', async (status, ErrorClass, retryable, advice) => {
    const error = await failure(prism().contacts.get('5766289023197184', prefer(status)));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(DialpadApiError);
    const api = error as DialpadApiError;
    expect(api.status).toBe(status);
    expect(api.operationId).toBe('contacts.get');
    expect(api.retryable).toBe(retryable);
    expect(api.advice).toMatch(advice);
    expect(api.message).toMatch(new RegExp(`^contacts\\.get: ${status} `));
    if (status !== 503) expect(api.requestId).toEqual(expect.any(String));
    expect(api.toJSON()).toMatchObject({ name: ErrorClass.name, status, operationId: 'contacts.get', retryable });
    expectNoSecret(api);
  });

  it('413 on sms.send is PayloadTooLargeError', async () => {
    const error = await failure(prism().sms.send({ user_id: 1, to_numbers: ['+14155550123'], text: 'x' }, prefer(413)));
    expect(error).toBeInstanceOf(PayloadTooLargeError);
    expect((error as DialpadApiError).status).toBe(413);
  });

  it('403 names the OAuth scope the operation needs, from operations', async () => {
    const firstPage = async () => {
      for await (const page of prism().calls.list({}, prefer(403)).pages()) return page;
    };
    const error = await failure(firstPage());
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as PermissionDeniedError).requiredScopes).toEqual(['calls:list']);
    expect(error.advice).toContain('calls:list');
  });

  it('503 carries the error UUID from the body', async () => {
    const error = (await failure(prism().users.get('me', prefer(503)))) as ServiceUnavailableError;
    expect(error.errorUuid).toBe('6f1c2b9e-4d3a-4c8e-9a51-2f7d0e8b3c14');
  });

  it('the low-level GET throws the same typed errors', async () => {
    const error = await failure(prism().GET('/api/v2/users/{id}', { params: { path: { id: 'me' } }, headers: { prefer: 'code=404' } }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.operationId).toBe('users.get');
  });
});

describe('secrets never leak into errors', () => {
  it('a server that echoes the credential back gets it redacted from message, advice and toJSON', async () => {
    const server = await startLocalServer((req, res) =>
      json(res, 400, { error: { code: 400, message: `bad key ${String(req.headers.authorization).replace('Bearer ', '')} in request`, request_id: 'r1' } }),
    );
    try {
      const client = createDialpadClient({ apiKey: API_KEY, baseUrl: server.url, maxRetries: 0, rateLimit: false });
      const error = await failure(client.users.get('me'));
      expect(error.message).toContain('[redacted]');
      expectNoSecret(error);
    } finally {
      await server.close();
    }
  });
});

describe('no HTTP answer', () => {
  it('a refused connection is ConnectionError', async () => {
    const server = await startLocalServer(() => undefined);
    const url = server.url;
    await server.close();
    const client = createDialpadClient({ apiKey: API_KEY, baseUrl: url, maxRetries: 0, rateLimit: false });
    const error = await failure(client.users.get('me'));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.retryable).toBe(true);
    expectNoSecret(error);
  });

  it('no answer within the timeout is TimeoutError', async () => {
    const server = await startLocalServer(() => undefined); // never answers
    try {
      const client = createDialpadClient({ apiKey: API_KEY, baseUrl: server.url, maxRetries: 0, rateLimit: false, timeout: 200 });
      const error = await failure(client.users.get('me'));
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as TimeoutError).timeoutMs).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('the caller’s AbortSignal cancels the call with the signal’s reason', async () => {
    const server = await startLocalServer(() => undefined);
    try {
      const client = createDialpadClient({ apiKey: API_KEY, baseUrl: server.url, rateLimit: false });
      const controller = new AbortController();
      const pending = client.users.get('me', { signal: controller.signal });
      setTimeout(() => controller.abort(new Error('user gave up')), 50);
      await expect(pending).rejects.toThrow('user gave up');
    } finally {
      await server.close();
    }
  });
});

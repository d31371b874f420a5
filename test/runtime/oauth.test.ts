import { randomUUID } from 'node:crypto';
import { OAuth2Server } from 'oauth2-mock-server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  AuthenticationError,
  buildAuthorizeUrl,
  createDialpadClient,
  createOAuthTokenProvider,
  exchangeCode,
  refreshAccessToken,
  type TokenSet,
} from '../../src/index.js';
import { json, startLocalServer } from '../support/local-server.js';

const oauth = new OAuth2Server();
let endpoints: { authorizationEndpoint: string; tokenEndpoint: string };
const client = { clientId: 'bollard-test-app', clientSecret: 'app-secret-123456' };
const redirectUri = 'https://agent.example.com/oauth/callback';

beforeAll(async () => {
  await oauth.issuer.keys.generate('RS256');
  await oauth.start(0, '127.0.0.1');
  // Tokens issued within one second would otherwise be identical JWTs.
  oauth.service.on('beforeTokenSigning', (token: { payload: Record<string, unknown> }) => {
    token.payload.jti = randomUUID();
  });
  const base = oauth.issuer.url!.replace(/\/$/, '');
  endpoints = { authorizationEndpoint: `${base}/authorize`, tokenEndpoint: `${base}/token` };
});
afterAll(() => oauth.stop());

/** Plays the browser: follows the authorize URL and reads the code off the redirect. */
async function authorize(url: string): Promise<{ code: string; state: string }> {
  const response = await fetch(url, { redirect: 'manual' });
  expect(response.status).toBe(302);
  const location = new URL(response.headers.get('location')!);
  expect(`${location.origin}${location.pathname}`).toBe(redirectUri);
  return { code: location.searchParams.get('code')!, state: location.searchParams.get('state')! };
}

async function signIn(scopes = ['offline_access', 'calls:list']): Promise<TokenSet> {
  const { url, codeVerifier, state } = buildAuthorizeUrl({ ...client, ...endpoints, redirectUri, scopes });
  const redirect = await authorize(url);
  expect(redirect.state).toBe(state);
  return exchangeCode({ ...client, ...endpoints, code: redirect.code, codeVerifier, redirectUri });
}

describe('OAuth 2.0 authorization code with PKCE, against oauth2-mock-server', () => {
  it('builds an authorize URL with an S256 challenge, state and scopes', () => {
    const { url, codeVerifier, state } = buildAuthorizeUrl({ ...client, redirectUri, scopes: ['offline_access', 'ai_recap'], environment: 'sandbox' });
    const parsed = new URL(url);
    expect(`${parsed.origin}${parsed.pathname}`).toBe('https://sandbox.dialpad.com/oauth2/authorize');
    expect(Object.fromEntries(parsed.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: 'bollard-test-app',
      redirect_uri: redirectUri,
      scope: 'offline_access ai_recap',
      state,
      code_challenge_method: 'S256',
    });
    expect(codeVerifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(parsed.searchParams.get('code_challenge')).not.toBe(codeVerifier);
    expect(url).not.toContain(client.clientSecret);
  });

  it('exchanges the code (the server checks the PKCE verifier) and refreshes with the refresh token', async () => {
    const tokens = await signIn();
    expect(tokens.accessToken).toMatch(/^ey/);
    expect(tokens.refreshToken).toBeTruthy();
    expect(tokens.expiresAt).toBeGreaterThan(Date.now());
    const renewed = await refreshAccessToken({ ...client, ...endpoints, refreshToken: tokens.refreshToken! });
    expect(renewed.accessToken).toMatch(/^ey/);
    expect(renewed.accessToken).not.toBe(tokens.accessToken);
  });

  it('a wrong PKCE verifier is refused with a typed error that shows neither code nor secret', async () => {
    const { url } = buildAuthorizeUrl({ ...client, ...endpoints, redirectUri });
    const { code } = await authorize(url);
    const error = await exchangeCode({ ...client, ...endpoints, code, codeVerifier: 'x'.repeat(43), redirectUri }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(String((error as Error).message)).not.toContain(code);
    expect(JSON.stringify(error)).not.toContain(client.clientSecret);
  });

  it('the token provider refreshes shortly before expiry, once however many calls wait', async () => {
    oauth.service.once('beforeResponse', (response: { body: Record<string, unknown> }) => {
      response.body.expires_in = 30; // inside the provider's 60 s refresh window
    });
    const tokens = await signIn();
    let refreshes = 0;
    const provider = createOAuthTokenProvider({ ...client, ...endpoints, tokens, onTokens: () => void refreshes++ });
    const api = createDialpadClient({ credentials: provider, baseUrl: inject('prismUrl'), rateLimit: false });
    await Promise.all([api.users.get('me'), api.users.get('me'), api.users.get('me')]);
    expect(refreshes).toBe(1);
    expect(provider.current().accessToken).not.toBe(tokens.accessToken);
  });

  it('after a 401 it refreshes once and sends again with the new token; it never loops', async () => {
    const tokens = await signIn();
    const valid = new Set<string>();
    let refuseAll = false;
    const api = await startLocalServer((req, res) => {
      const token = String(req.headers.authorization).replace('Bearer ', '');
      if (!refuseAll && valid.has(token)) return json(res, 200, { id: 7 });
      json(res, 401, { error: { code: 401, message: 'expired' } });
    });
    try {
      let refreshes = 0;
      const provider = createOAuthTokenProvider({
        ...client,
        ...endpoints,
        tokens,
        onTokens: (next) => {
          refreshes++;
          valid.add(next.accessToken);
        },
      });
      const dialpad = createDialpadClient({ credentials: provider, baseUrl: api.url, rateLimit: false });
      await expect(dialpad.users.get('me')).resolves.toEqual({ id: 7 });
      expect(refreshes).toBe(1);
      expect(api.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${tokens.accessToken}`, `Bearer ${provider.current().accessToken}`]);

      // A server that refuses every token: one refresh, then AuthenticationError — no loop.
      refuseAll = true;
      api.requests.length = 0;
      const error = await dialpad.users.get('me').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(refreshes).toBe(2);
      expect(api.requests).toHaveLength(2);
      for (const secret of [tokens.accessToken, tokens.refreshToken!, provider.current().accessToken, client.clientSecret]) {
        expect(JSON.stringify(error)).not.toContain(secret);
        expect((error as Error).message).not.toContain(secret);
      }
    } finally {
      await api.close();
    }
  });
});

describe('API keys', () => {
  it('go only in the Authorization header, never in the URL', async () => {
    const api = await startLocalServer((_, res) => json(res, 200, { items: [] }));
    try {
      const dialpad = createDialpadClient({ apiKey: 'key-in-header-only-42', baseUrl: api.url, rateLimit: false });
      await dialpad.users.get('me');
      for await (const page of dialpad.users.list({ state: 'active' }).pages()) expect(page).toEqual({ items: [] });
      await dialpad.GET('/api/v2/users/{id}', { params: { path: { id: 'me' } } });
      expect(api.requests).toHaveLength(3);
      for (const request of api.requests) {
        expect(request.headers.authorization).toBe('Bearer key-in-header-only-42');
        expect(request.url).not.toContain('key-in-header-only-42');
        expect(request.url).not.toContain('apikey');
      }
    } finally {
      await api.close();
    }
  });

  it('an empty key is refused when the client is made, with what to do', () => {
    expect(() => createDialpadClient({ apiKey: '' })).toThrow(/apiKey must be a non-empty string/);
  });
});

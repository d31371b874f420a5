import { createHash, randomBytes } from 'node:crypto';
import type { CredentialProvider } from './core/pipeline.js';
import { environments, type Environment } from './environments.js';
import { AuthenticationError, ConnectionError, DialpadError, errorForStatus, type ApiErrorBody } from './errors.js';

/** Where the OAuth endpoints are: Dialpad's by default, or any authorization server for tests. */
export interface OAuthEndpoints {
  environment?: Environment;
  /** Base of the default endpoints (`<baseUrl>/oauth2/authorize`, `<baseUrl>/oauth2/token`). */
  baseUrl?: string;
  authorizationEndpoint?: string;
  tokenEndpoint?: string;
  fetch?: typeof fetch;
}

export interface TokenSet {
  accessToken: string;
  refreshToken?: string;
  /** Epoch milliseconds when the access token stops working, when the server said. */
  expiresAt?: number;
  tokenType: string;
  scope?: string;
  idToken?: string;
}

function endpoint(options: OAuthEndpoints, which: 'authorize' | 'token'): string {
  const explicit = which === 'authorize' ? options.authorizationEndpoint : options.tokenEndpoint;
  if (explicit) return explicit;
  const base = (options.baseUrl ?? environments[options.environment ?? 'production']).replace(/\/+$/, '');
  return `${base}/oauth2/${which}`;
}

const base64url = (bytes: Buffer) => bytes.toString('base64').replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

/** PKCE (RFC 7636): a random verifier and its S256 challenge. */
export function createPkcePair(): { codeVerifier: string; codeChallenge: string } {
  const codeVerifier = base64url(randomBytes(32));
  const codeChallenge = base64url(createHash('sha256').update(codeVerifier).digest());
  return { codeVerifier, codeChallenge };
}

export interface AuthorizeUrlOptions extends OAuthEndpoints {
  clientId: string;
  redirectUri: string;
  /** Scopes to ask for; add `offline_access` to get a refresh token. */
  scopes?: readonly string[];
  /** Unpredictable value the redirect brings back, to stop cross-site request forgery; made for you if left out. */
  state?: string;
}

/**
 * The URL to send a person's browser to, with a PKCE S256 challenge. Keep the returned
 * `codeVerifier` (server-side) and `state` until the redirect comes back.
 */
export function buildAuthorizeUrl(options: AuthorizeUrlOptions): { url: string; codeVerifier: string; state: string } {
  if (!options.clientId) throw new TypeError('clientId is required: the client id of your Dialpad OAuth app');
  if (!/^https?:\/\//.test(options.redirectUri ?? '')) throw new TypeError('redirectUri must be the absolute http(s) URL registered for your OAuth app');
  const { codeVerifier, codeChallenge } = createPkcePair();
  const state = options.state ?? base64url(randomBytes(16));
  const url = new URL(endpoint(options, 'authorize'));
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', options.clientId);
  url.searchParams.set('redirect_uri', options.redirectUri);
  if (options.scopes?.length) url.searchParams.set('scope', options.scopes.join(' '));
  url.searchParams.set('state', state);
  url.searchParams.set('code_challenge', codeChallenge);
  url.searchParams.set('code_challenge_method', 'S256');
  return { url: url.toString(), codeVerifier, state };
}

interface TokenResponse {
  access_token?: string;
  refresh_token?: string;
  expires_in?: number;
  token_type?: string;
  scope?: string;
  id_token?: string;
}

async function requestToken(options: OAuthEndpoints & { clientId: string; clientSecret?: string }, form: Record<string, string | undefined>, operationId: string): Promise<TokenSet> {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...form, client_id: options.clientId, client_secret: options.clientSecret })) {
    if (value !== undefined) body.set(key, value);
  }
  const secrets = [form.code, form.refresh_token, form.code_verifier, options.clientSecret].filter((s): s is string => Boolean(s));
  const redact = (text: string) => secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), text);
  let response: Response;
  try {
    // RFC 6749 §4.1.3: the token request is form-encoded.
    response = await (options.fetch ?? globalThis.fetch)(endpoint(options, 'token'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body,
    });
  } catch (cause) {
    throw new ConnectionError(operationId, cause, { redact });
  }
  const text = await response.text();
  let parsed: (TokenResponse & ApiErrorBody & { error_description?: string }) | undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!response.ok) {
    // OAuth errors come as { error: 'invalid_grant', error_description }; Dialpad's as { error: { message } }.
    const oauthError = typeof parsed?.error === 'string' ? `${parsed.error}${parsed.error_description ? `: ${parsed.error_description}` : ''}` : undefined;
    const errorBody: ApiErrorBody = oauthError ? { error: { message: oauthError, reason: String(parsed?.error) } } : (parsed ?? {});
    if (response.status === 400 && oauthError && /invalid_grant|invalid_client|unauthorized_client/.test(oauthError)) {
      throw new AuthenticationError(response.status, errorBody, { operationId, redact });
    }
    throw errorForStatus(response.status, errorBody, { operationId, redact });
  }
  if (!parsed?.access_token) {
    throw new DialpadError(`${operationId}: the token endpoint answered without an access_token`, { operationId, retryable: false, advice: 'Check the token endpoint URL and the client credentials.' });
  }
  return {
    accessToken: parsed.access_token,
    refreshToken: parsed.refresh_token ?? undefined,
    expiresAt: typeof parsed.expires_in === 'number' ? Date.now() + parsed.expires_in * 1000 : undefined,
    tokenType: parsed.token_type ?? 'Bearer',
    scope: parsed.scope ?? undefined,
    idToken: parsed.id_token ?? undefined,
  };
}

export interface ExchangeCodeOptions extends OAuthEndpoints {
  clientId: string;
  clientSecret?: string;
  code: string;
  codeVerifier: string;
  redirectUri?: string;
}

/** Trades the code from the redirect (and the PKCE verifier) for tokens at /oauth2/token. */
export function exchangeCode(options: ExchangeCodeOptions): Promise<TokenSet> {
  return requestToken(options, { grant_type: 'authorization_code', code: options.code, code_verifier: options.codeVerifier, redirect_uri: options.redirectUri }, 'oauth.token');
}

export interface RefreshOptions extends OAuthEndpoints {
  clientId: string;
  clientSecret?: string;
  /** Issued when the app asked for `offline_access`. */
  refreshToken: string;
}

/** A new access token (and usually a new refresh token) from a refresh token. */
export function refreshAccessToken(options: RefreshOptions): Promise<TokenSet> {
  return requestToken(options, { grant_type: 'refresh_token', refresh_token: options.refreshToken }, 'oauth.token');
}

export interface OAuthTokenProviderOptions extends OAuthEndpoints {
  clientId: string;
  clientSecret?: string;
  tokens: TokenSet;
  /** Refresh this long before the access token expires; default 60 000 ms. */
  refreshBeforeExpiryMs?: number;
  /** Called with every new token set, to store it (the refresh token may rotate). */
  onTokens?: (tokens: TokenSet) => void | Promise<void>;
  now?: () => number;
}

/**
 * A credential provider for the client: hands out the access token, refreshes it shortly before
 * it expires, and once after a 401 — one refresh at a time, however many calls are waiting.
 */
export function createOAuthTokenProvider(options: OAuthTokenProviderOptions): CredentialProvider & { current(): TokenSet } {
  let tokens = options.tokens;
  const issued = new Set<string>([tokens.accessToken, ...(tokens.refreshToken ? [tokens.refreshToken] : [])]);
  if (options.clientSecret) issued.add(options.clientSecret);
  let inFlight: Promise<TokenSet> | undefined;
  const now = options.now ?? Date.now;
  const skew = options.refreshBeforeExpiryMs ?? 60_000;

  const refresh = (): Promise<TokenSet> => {
    inFlight ??= (async () => {
      if (!tokens.refreshToken) {
        throw new AuthenticationError(401, { error: { message: 'the access token expired and there is no refresh token' } }, {
          operationId: 'oauth.token',
        });
      }
      const next = await refreshAccessToken({ ...options, refreshToken: tokens.refreshToken });
      tokens = { ...next, refreshToken: next.refreshToken ?? tokens.refreshToken };
      issued.add(tokens.accessToken);
      if (tokens.refreshToken) issued.add(tokens.refreshToken);
      await options.onTokens?.(tokens);
      return tokens;
    })().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };

  return {
    async getToken() {
      if (tokens.expiresAt !== undefined && tokens.expiresAt - skew <= now()) await refresh();
      return tokens.accessToken;
    },
    async refreshAfterUnauthorized() {
      if (!tokens.refreshToken) return false;
      await refresh();
      return true;
    },
    secrets: () => issued,
    current: () => tokens,
  };
}

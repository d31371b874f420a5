import type { OperationMeta } from '../../generated/operations.js';
import { InvalidRequestError } from '../errors.js';

/** An operation's parts as every entry point hands them over: path parameters, query, body. */
export interface CallParts {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
}

/** A request ready to send, with the parts the guard, the limiter and the audit read. */
export interface PreparedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** Path parameter values by name, as the guard and the limiter key on them. */
  pathParams: Record<string, string | number>;
  query?: Record<string, unknown>;
  /** The decoded JSON body, for the guard's target checks and the audit's target ids. */
  json?: unknown;
  /** Why the request cannot be sent as given (raised after the guard, so a denial is what the caller hears first). */
  invalid?: InvalidRequestError;
}

/** Where every URL of a client starts: `https://dialpad.com` + an optional path prefix. */
export interface BaseUrl {
  readonly origin: string;
  /** Without a trailing slash; '' for none. */
  readonly pathPrefix: string;
  /** origin + pathPrefix. */
  readonly href: string;
}

export function parseBaseUrl(value: string): BaseUrl {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`baseUrl must be an absolute http(s) URL, got ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError(`baseUrl must be an http(s) URL, got ${JSON.stringify(value)}`);
  if (url.username || url.password || url.search || url.hash) throw new TypeError('baseUrl must not carry credentials, a query or a fragment');
  const pathPrefix = url.pathname.replace(/\/+$/, '');
  return { origin: url.origin, pathPrefix, href: `${url.origin}${pathPrefix}` };
}

// Headers the request path sets itself, or that would change where or how the request goes.
const RESERVED_HEADERS = new Set(['authorization', 'host', 'cookie', 'content-length', 'transfer-encoding', 'connection', 'upgrade', 'te', 'trailer', 'keep-alive', 'proxy-authorization', 'proxy-connection', 'expect']);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

const isScalar = (value: unknown): value is string | number | boolean | bigint =>
  typeof value === 'string' || typeof value === 'boolean' || typeof value === 'bigint' || (typeof value === 'number' && Number.isFinite(value));

/** A path parameter as it goes into the URL, or why it cannot. */
function pathValue(name: string, value: unknown): string | { problem: string } {
  if (value === undefined || value === null) return { problem: `missing path parameter "${name}"` };
  if (!isScalar(value) || typeof value === 'boolean') return { problem: `path parameter "${name}" must be a string or a number` };
  const text = String(value);
  if (text.trim() === '') return { problem: `path parameter "${name}" is empty` };
  // Encoded or not, a dot segment makes the URL name another resource (users/. is the user list).
  if (text === '.' || text === '..') return { problem: `path parameter "${name}" is a dot segment (${JSON.stringify(text)}): it would change which operation the URL names` };
  return encodeURIComponent(text);
}

/** form/explode serialization, as the API expects: `a=1&b=x&b=y`; undefined and null are left out. */
function queryString(query: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(item))}`);
    }
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/**
 * Builds the request from the operation's template and the client's base URL — never from a string a
 * caller wrote — and says what is wrong with the parts, if anything: an unknown, missing, empty or
 * dot-segment path parameter, an unknown or nested query value, a body the operation does not take
 * or that is not JSON, a header the request path owns.
 */
export function prepareRequest(base: BaseUrl, operation: OperationMeta, parts: CallParts, headers: Record<string, string> = {}): PreparedRequest {
  const problems: string[] = [];
  const pathIn = parts.path ?? {};
  const pathParams: Record<string, string | number> = {};
  if (!isPlainObject(pathIn)) problems.push('path parameters must be an object');
  else {
    for (const key of Object.keys(pathIn)) if (!operation.pathParams.includes(key)) problems.push(`unknown path parameter "${key}"`);
    for (const name of operation.pathParams) {
      const value = Object.hasOwn(pathIn, name) ? pathIn[name] : undefined;
      if (typeof value === 'string' || typeof value === 'number') pathParams[name] = value;
    }
  }
  let path = '';
  if (problems.length === 0) {
    path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const value = pathValue(name, Object.hasOwn(pathIn, name) ? (pathIn as Record<string, unknown>)[name] : undefined);
      if (typeof value === 'string') return value;
      problems.push(value.problem);
      return '_';
    });
  }

  let query: Record<string, unknown> | undefined;
  if (parts.query !== undefined && parts.query !== null) {
    if (!isPlainObject(parts.query)) problems.push('query must be an object');
    else {
      query = {};
      for (const [key, value] of Object.entries(parts.query)) {
        if (!operation.queryParams.includes(key)) problems.push(`unknown query parameter "${key}"`);
        else if (value === undefined || value === null) continue;
        else if (isScalar(value) || (Array.isArray(value) && value.every((item) => item === null || item === undefined || isScalar(item)))) query[key] = value;
        else problems.push(`query parameter "${key}" must be a string, number, boolean or a list of them`);
      }
    }
  }

  let body: string | undefined;
  if (parts.body !== undefined) {
    if (!operation.hasBody) problems.push(`${operation.method} ${operation.path} takes no request body`);
    else {
      try {
        body = JSON.stringify(parts.body);
      } catch (error) {
        problems.push(`the body is not JSON (${(error as Error).message})`);
      }
    }
  }

  const sentHeaders: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (RESERVED_HEADERS.has(lower)) problems.push(`header "${name}" is set by the client itself`);
    else if (typeof value !== 'string' || /[\r\n]/.test(value) || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) problems.push(`header "${name}" is not a valid header`);
    else sentHeaders[lower] = value;
  }

  const url = `${base.href}${path}${query ? queryString(query) : ''}`;
  // Defense in depth: whatever the parts, the URL stays on the client's origin and under its prefix.
  if (problems.length === 0 && !url.startsWith(`${base.href}/`)) problems.push('the URL would leave the client’s base URL');
  return {
    url,
    method: operation.method,
    headers: sentHeaders,
    body,
    pathParams,
    query,
    json: parts.body,
    invalid: problems.length ? new InvalidRequestError(operation.operationId, problems.join('; ')) : undefined,
  };
}

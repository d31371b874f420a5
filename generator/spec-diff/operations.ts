import type { OpenApiDocument } from '../bundle.js';
import { HTTP_METHODS } from '../extensions.js';
import type { RefResolver } from './refs.js';

type Node = Record<string, any>;

export interface RateLimit {
  limit: number;
  windowSeconds: number;
  per: string;
  tier?: number;
}

/**
 * Who may call an operation and what it does, from our x-dialpad-* extensions; for a description
 * without them (Dialpad's own), scopes come from the security requirements and rate limits from
 * `x-ratelimit` or the "Rate limit: N per minute" prose. undefined = the side does not say.
 */
export interface PermissionView {
  area?: string;
  access?: string;
  effectDescription?: string;
  effectFlags?: string[];
  scopes?: string[];
  rateLimits?: RateLimit[];
  /** null = ours, and none. */
  webhookEvent?: string | null;
  maxRequestBytes?: number | null;
  since?: string;
  source?: string;
}

export interface ParameterView {
  in: string;
  name: string;
  required: boolean;
  deprecated: boolean;
  schema: unknown;
}

export interface OperationView {
  /** Method and path with parameter names blanked: `GET /api/v2/users/{}`. */
  key: string;
  method: string;
  path: string;
  operationId: string | undefined;
  /** Carries our overlays' metadata (x-dialpad-area), so its operationId is one of ours. */
  ours: boolean;
  area: string;
  deprecated: boolean;
  parameters: ParameterView[];
  requestBody: { required: boolean; content: Map<string, unknown> } | undefined;
  /** status → media type → schema (undefined when the response has no content). */
  responses: Map<string, Map<string, unknown>>;
  /** Accepted ways to authenticate: each alternative is the sorted scheme names it needs together. */
  security: string[];
  /** No security of its own: it takes the document's (whose changes are reported once, document-wide). */
  securityInherited: boolean;
  permissions: PermissionView;
}

export function pathKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, '{}')}`;
}

export function operationViews(document: OpenApiDocument, refs: RefResolver): OperationView[] {
  const views: OperationView[] = [];
  for (const [path, rawItem] of Object.entries<Node>(document.paths ?? {})) {
    const item = refs.deref(rawItem);
    for (const method of HTTP_METHODS) {
      const operation = item[method] as Node | undefined;
      if (!operation || typeof operation !== 'object') continue;
      views.push(operationView(document, refs, path, method, item, operation));
    }
  }
  return views;
}

function operationView(
  document: OpenApiDocument,
  refs: RefResolver,
  path: string,
  method: string,
  item: Node,
  operation: Node,
): OperationView {
  const ceiling = companyCeiling(document);
  const ours = typeof operation['x-dialpad-area'] === 'string';
  const operationId = typeof operation.operationId === 'string' ? operation.operationId : undefined;
  const security: Node[] = Array.isArray(operation.security)
    ? operation.security
    : Array.isArray(document.security)
      ? document.security
      : [];
  return {
    key: pathKey(method, path),
    method: method.toUpperCase(),
    path,
    operationId,
    ours,
    area: areaOf(operation, operationId, path),
    deprecated: operation.deprecated === true,
    parameters: parametersOf(refs, item, operation),
    requestBody: requestBodyOf(refs, operation),
    responses: responsesOf(refs, operation),
    security: securityAlternatives(security),
    securityInherited: !Array.isArray(operation.security),
    permissions: ours ? ourPermissions(operation, ceiling) : derivedPermissions(operation, security, ceiling),
  };
}

/** An empty list (or an empty requirement) lets anyone call: that is the `(anonymous)` alternative. */
export function securityAlternatives(requirements: Node[]): string[] {
  if (!requirements.length) return ['(anonymous)'];
  return [
    ...new Set(
      requirements.map(
        (requirement) =>
          Object.keys(requirement ?? {})
            .sort()
            .join(' + ') || '(anonymous)',
      ),
    ),
  ].sort();
}

function areaOf(operation: Node, operationId: string | undefined, path: string): string {
  if (typeof operation['x-dialpad-area'] === 'string') return operation['x-dialpad-area'];
  if (Array.isArray(operation.tags) && typeof operation.tags[0] === 'string') return operation.tags[0];
  if (operationId?.includes('.')) return operationId.split('.')[0]!;
  return (
    path
      .replace(/^\/api\/v\d+/, '')
      .split('/')
      .find(Boolean) ?? 'other'
  );
}

function parametersOf(refs: RefResolver, item: Node, operation: Node): ParameterView[] {
  const byKey = new Map<string, ParameterView>();
  for (const raw of [
    ...(Array.isArray(item.parameters) ? item.parameters : []),
    ...(Array.isArray(operation.parameters) ? operation.parameters : []),
  ]) {
    const parameter = refs.deref(raw);
    if (typeof parameter.name !== 'string' || typeof parameter.in !== 'string') continue;
    const content =
      parameter.content && typeof parameter.content === 'object'
        ? Object.values<Node>(parameter.content)[0]
        : undefined;
    const view: ParameterView = {
      in: parameter.in,
      name: parameter.name,
      required: parameter.in === 'path' || parameter.required === true,
      deprecated: parameter.deprecated === true,
      schema: parameter.schema ?? content?.schema ?? {},
    };
    // Header names are case-insensitive; an operation's parameter overrides the path item's.
    byKey.set(`${parameter.in}:${parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name}`, view);
  }
  return [...byKey.values()];
}

function requestBodyOf(refs: RefResolver, operation: Node): OperationView['requestBody'] {
  if (!operation.requestBody) return undefined;
  const body = refs.deref(operation.requestBody);
  const content = new Map<string, unknown>();
  for (const [media, entry] of Object.entries<Node>(body.content ?? {})) content.set(media, entry?.schema ?? {});
  return { required: body.required === true, content };
}

function responsesOf(refs: RefResolver, operation: Node): Map<string, Map<string, unknown>> {
  const responses = new Map<string, Map<string, unknown>>();
  for (const [status, raw] of Object.entries<Node>(operation.responses ?? {})) {
    const response = refs.deref(raw);
    const content = new Map<string, unknown>();
    for (const [media, entry] of Object.entries<Node>(response.content ?? {})) content.set(media, entry?.schema);
    responses.set(status.toUpperCase(), content);
  }
  return responses;
}

function ourPermissions(operation: Node, ceiling: RateLimit): PermissionView {
  const effect = operation['x-dialpad-effect'] as Node | undefined;
  const since = operation['x-dialpad-since'] as Node | undefined;
  const source = operation['x-dialpad-source'] as Node | undefined;
  return {
    area: operation['x-dialpad-area'],
    access: typeof operation['x-dialpad-access'] === 'string' ? operation['x-dialpad-access'] : undefined,
    effectDescription: typeof effect?.description === 'string' ? effect.description : undefined,
    effectFlags: Array.isArray(effect?.flags) ? [...effect.flags].map(String).sort() : undefined,
    scopes: Array.isArray(operation['x-dialpad-scopes']) ? [...operation['x-dialpad-scopes']].map(String).sort() : [],
    rateLimits: belowCeiling(
      (Array.isArray(operation['x-dialpad-rate-limits']) ? operation['x-dialpad-rate-limits'] : []).map(normalizePer),
      ceiling,
    ),
    webhookEvent:
      typeof operation['x-dialpad-webhook-event'] === 'string' ? operation['x-dialpad-webhook-event'] : null,
    maxRequestBytes:
      typeof operation['x-dialpad-max-request-bytes'] === 'number' ? operation['x-dialpad-max-request-bytes'] : null,
    since: since ? [since.version, since.date].filter(Boolean).join(' ') : undefined,
    source: typeof source?.url === 'string' ? source.url : undefined,
  };
}

function derivedPermissions(operation: Node, security: Node[], ceiling: RateLimit): PermissionView {
  const scopes = new Set<string>();
  for (const requirement of security)
    for (const list of Object.values<unknown>(requirement ?? {}))
      if (Array.isArray(list)) for (const scope of list) scopes.add(String(scope));
  const limits = declaredRateLimits(operation);
  return { scopes: [...scopes].sort(), rateLimits: limits && belowCeiling(limits, ceiling) };
}

/** `per` as one comparable string whichever way a side spells it: `{ in: path, name: id }` (now) or `path:id` (before). */
function normalizePer(rule: any): RateLimit {
  const per = rule?.per;
  return { ...rule, per: per && typeof per === 'object' ? `${per.in}:${per.name}` : String(per ?? 'company') };
}

/** Dialpad's company-wide ceiling (20 requests per second) where a document does not state its own. */
const DEFAULT_CEILING: RateLimit = { limit: 20, windowSeconds: 1, per: 'company' };

function companyCeiling(document: OpenApiDocument): RateLimit {
  const stated = document.info?.['x-dialpad-company-rate-limit'] as Node | undefined;
  return typeof stated?.limit === 'number' && typeof stated.windowSeconds === 'number' && stated.windowSeconds > 0
    ? { limit: stated.limit, windowSeconds: stated.windowSeconds, per: 'company' }
    : DEFAULT_CEILING;
}

/** A company-wide limit at or above the ceiling restricts nothing: stating it or not is no change. */
function belowCeiling(limits: RateLimit[], ceiling: RateLimit): RateLimit[] {
  const ceilingRate = ceiling.limit / ceiling.windowSeconds;
  return limits.filter(
    (limit) => limit.per !== 'company' || limit.tier !== undefined || limit.limit / limit.windowSeconds < ceilingRate,
  );
}

const UNIT_SECONDS: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86_400 };

/** Both of Dialpad's ways of saying it: `x-ratelimit: [[limit, seconds], ...]` and prose ("Rate limit: 10 per minute per IVR."). */
function declaredRateLimits(operation: Node): RateLimit[] | undefined {
  const structured = operation['x-ratelimit'];
  const limits: RateLimit[] = [];
  if (Array.isArray(structured)) {
    for (const pair of structured) {
      if (Array.isArray(pair) && typeof pair[0] === 'number' && typeof pair[1] === 'number' && pair[1] > 0)
        limits.push({ limit: pair[0], windowSeconds: pair[1], per: 'company' });
    }
  }
  const prose =
    /Rate limit:\s*(\d+)\s+per\s+(?:(\d+)\s+)?(second|minute|hour|day)s?(?:\s+per\s+([A-Za-z][A-Za-z ]*?))?\s*[.\n]/i.exec(
      `${operation.description ?? ''}\n`,
    );
  if (prose) {
    const [, limit, count, unit, per] = prose;
    limits.push({
      limit: Number(limit),
      windowSeconds: Number(count ?? 1) * UNIT_SECONDS[unit!.toLowerCase()]!,
      per: per ? `per ${per.trim()}` : 'company',
    });
  }
  return Array.isArray(structured) || prose ? limits : undefined;
}

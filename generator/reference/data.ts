import type { OpenApiDocument } from '../bundle.js';
import { EFFECT_FLAGS, GRANTABLE_AREAS, WEBHOOK_EVENTS } from '../extensions.js';
import { resolveRef, type OperationModel, type RateLimit } from '../model.js';
import { CONNECT, EFFECT_FLAG_MEANINGS, EVENT_SIGNALS, PAGINATION, RATE_LIMITS, SIZE_LIMITS_INTRO, STATUS_ADVICE, VERSIONING } from './prose.js';

/**
 * Everything the reference shows, in one JSON-able value: the Markdown is printed from it, and the
 * HTML page carries it as a data island and renders from it in the browser, so that the per-agent
 * page (src/reference.ts) can narrow it without any code of the generator.
 */
export interface ReferenceData {
  title: string;
  version: string;
  generatedFrom: string;
  servers: { name: string; url: string }[];
  connect: typeof CONNECT & { authorizationUrl: string; tokenUrl: string; webhookCreatedBy: string[]; websocketCreatedBy: string[] };
  scopes: { name: string; description: string }[];
  companyRateLimit: { limit: number; windowSeconds: number; text: string };
  rateLimitNotes: typeof RATE_LIMITS;
  areas: { name: string; description: string; grantable: boolean }[];
  effectFlags: { name: string; meaning: string }[];
  events: { name: string; signals: string; subscribeWith: string[] }[];
  statusCodes: { status: number; code: string; meaning: string; advice: string; errorClass: string; retryable: boolean }[];
  pagination: string[];
  sizeLimitsIntro: string;
  versioning: string[];
  operations: ReferenceOperation[];
}

export interface ReferenceOperation {
  id: string;
  /** How to call it with this package, e.g. `dialpad.calls.initiate(id, body)`. */
  call: string;
  method: string;
  path: string;
  area: string;
  access: 'read' | 'write';
  scopes: string[];
  summary: string;
  effect: string;
  flags: string[];
  /** Human phrasing of each of the operation's own caps, e.g. `5 per minute, per id`. */
  rateLimits: string[];
  maxRequestBytes: number | null;
  webhookEvent: string | null;
  since: string;
  source: string;
  paginated: boolean;
  pathParams: string[];
  queryParams: string[];
}

function windowText(seconds: number): string {
  const named: Record<number, string> = { 1: 'second', 60: 'minute', 3600: 'hour', 86400: 'day' };
  return named[seconds] ? `per ${named[seconds]}` : `per ${seconds} seconds`;
}

export function rateLimitText(rule: RateLimit): string {
  const per = rule.per === 'company' ? 'for the company' : `per ${rule.per.name}`;
  const tier = rule.tier === undefined ? '' : ` (tier ${rule.tier} accounts)`;
  return `${rule.limit} ${windowText(rule.windowSeconds)}, ${per}${tier}`;
}

function callSignature(op: OperationModel): string {
  const args = op.pathParams.map((p) => p.name);
  if (op.body) args.push(op.body.required ? 'body' : 'body?');
  else if (op.queryParams.length) args.push(op.queryParams.some((p) => p.required && p.name !== 'cursor') ? 'query' : 'query?');
  return `dialpad.${op.namespace}.${op.methodName}(${args.join(', ')})`;
}

function toReferenceOperation(op: OperationModel): ReferenceOperation {
  return {
    id: op.operationId,
    call: callSignature(op),
    method: op.httpMethod,
    path: op.path,
    area: op.area,
    access: op.access,
    scopes: [...op.scopes],
    summary: op.summary,
    effect: op.effect.description,
    flags: EFFECT_FLAGS.filter((flag) => op.effect.flags.includes(flag)),
    rateLimits: op.rateLimits.map(rateLimitText),
    maxRequestBytes: op.maxRequestBytes,
    webhookEvent: op.webhookEvent,
    since: op.since.date ? `${op.since.version} · ${op.since.date}` : op.since.version,
    source: op.source.url,
    paginated: op.paginated,
    pathParams: op.pathParams.map((p) => p.name),
    queryParams: op.queryParams.map((p) => p.name),
  };
}

/** Without a row in STATUS_ADVICE a status gets what the runtime throws for it: a plain DialpadApiError. */
function adviceFor(status: number): (typeof STATUS_ADVICE)[number] {
  return (
    STATUS_ADVICE[status] ?? {
      errorClass: 'DialpadApiError',
      retryable: status >= 500,
      advice: 'See the status and message; contact Dialpad support with the request id if it persists.',
    }
  );
}

function statusCodes(document: OpenApiDocument): ReferenceData['statusCodes'] {
  const rows = Object.values<any>(document.components?.responses ?? {})
    .map((node) => resolveRef(document, node))
    .map((response) => ({ response, error: response?.content?.['application/json']?.example?.error }))
    .filter(({ error }) => Number.isInteger(error?.code) && error.code >= 400)
    .map(({ response, error }) => ({ status: Number(error.code), code: String(error.reason ?? ''), meaning: String(response.description ?? ''), ...adviceFor(Number(error.code)) }));
  return rows.sort((a, b) => a.status - b.status);
}

function events(operations: OperationModel[]): ReferenceData['events'] {
  const kinds = WEBHOOK_EVENTS.filter((kind) => operations.some((op) => op.webhookEvent === kind || op.path === `/api/v2/subscriptions/${kind}`));
  return kinds.map((kind) => ({
    name: kind,
    signals: EVENT_SIGNALS[kind] ?? `Dialpad pushes a ${kind} event.`,
    subscribeWith: createdBy(operations, `/api/v2/subscriptions/${kind}`),
  }));
}

function createdBy(operations: OperationModel[], path: string): string[] {
  return operations.filter((op) => op.httpMethod === 'POST' && op.path === path).map((op) => op.operationId);
}

export function buildReferenceData(document: OpenApiDocument, operations: OperationModel[]): ReferenceData {
  const flow = document.components?.securitySchemes?.oauth2?.flows?.authorizationCode ?? {};
  const company = document.info?.['x-dialpad-company-rate-limit'] ?? { limit: 20, windowSeconds: 1, per: 'company' };
  const used = new Set(operations.map((op) => op.area));
  const tagDescriptions = new Map<string, string>((document.tags ?? []).map((tag: any) => [tag.name, tag.description ?? '']));
  // Grantable areas in their canonical order, then anything else (OAuth infrastructure) after.
  const areaNames = [...GRANTABLE_AREAS.filter((a) => used.has(a)), ...[...used].filter((a) => !(GRANTABLE_AREAS as readonly string[]).includes(a)).sort()];
  const areaOrder = new Map(areaNames.map((name, i) => [name, i]));
  const sorted = [...operations].sort(
    (a, b) => (areaOrder.get(a.area) ?? 0) - (areaOrder.get(b.area) ?? 0) || a.path.localeCompare(b.path) || methodRank(a.httpMethod) - methodRank(b.httpMethod),
  );
  return {
    title: 'Dialpad API v2 — reference for agents',
    version: String(document.info?.version ?? 'v2'),
    generatedFrom: 'generated/openapi.json',
    servers: (document.servers ?? []).map((server: any) => ({ name: String(server.description ?? server.url), url: String(server.url) })),
    connect: {
      ...CONNECT,
      authorizationUrl: String(flow.authorizationUrl ?? ''),
      tokenUrl: String(flow.tokenUrl ?? ''),
      webhookCreatedBy: createdBy(operations, '/api/v2/webhooks'),
      websocketCreatedBy: createdBy(operations, '/api/v2/websockets'),
    },
    scopes: Object.entries<string>(flow.scopes ?? {}).map(([name, description]) => ({ name, description })),
    companyRateLimit: { limit: company.limit, windowSeconds: company.windowSeconds, text: rateLimitText(company) },
    rateLimitNotes: RATE_LIMITS,
    areas: areaNames.map((name) => ({ name, description: tagDescriptions.get(name) ?? '', grantable: (GRANTABLE_AREAS as readonly string[]).includes(name) })),
    effectFlags: EFFECT_FLAGS.map((name) => ({ name, meaning: EFFECT_FLAG_MEANINGS[name] ?? name })),
    events: events(operations),
    statusCodes: statusCodes(document),
    pagination: PAGINATION,
    sizeLimitsIntro: SIZE_LIMITS_INTRO,
    versioning: VERSIONING,
    operations: sorted.map(toReferenceOperation),
  };
}

const METHOD_ORDER = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
function methodRank(method: string): number {
  return METHOD_ORDER.indexOf(method);
}

import { Ajv2020 } from 'ajv/dist/2020.js';
import { SpecError, SpecErrors } from './spec-error.js';
import type { OpenApiDocument } from './bundle.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** The nine areas an agent can be granted, plus OAuth infrastructure (never grantable). */
export const GRANTABLE_AREAS = ['calls', 'messages', 'users', 'contacts', 'offices', 'departments', 'callcenters', 'events', 'stats'] as const;
export const AREAS = [...GRANTABLE_AREAS, 'oauth'] as const;
export const EFFECT_FLAGS = ['external', 'irreversible', 'billable', 'async'] as const;
export const WEBHOOK_EVENTS = ['call', 'sms', 'contact'] as const;

/** Which overlay is responsible for each extension, so an error says where to fix it. */
export const OVERLAY_FOR: Record<string, string> = {
  'x-dialpad-area': 'overlays/10-area-access-effect.yaml',
  'x-dialpad-access': 'overlays/10-area-access-effect.yaml',
  'x-dialpad-effect': 'overlays/10-area-access-effect.yaml',
  'x-dialpad-targets': 'overlays/10-area-access-effect.yaml',
  'x-dialpad-scopes': 'overlays/20-scopes.yaml',
  'x-dialpad-rate-limits': 'overlays/30-rate-limits.yaml',
  'x-dialpad-max-request-bytes': 'overlays/30-rate-limits.yaml',
  'x-dialpad-webhook-event': 'overlays/40-events.yaml',
  'x-dialpad-since': 'overlays/50-version-source.yaml',
  'x-dialpad-source': 'overlays/50-version-source.yaml',
};

export const rateLimitSchema = {
  type: 'object',
  required: ['limit', 'windowSeconds', 'per'],
  additionalProperties: false,
  properties: {
    limit: { type: 'integer', minimum: 1 },
    windowSeconds: { type: 'integer', minimum: 1 },
    per: { type: 'string', pattern: '^(company|path:[A-Za-z_][A-Za-z0-9_]*)$' },
    tier: { type: 'integer', minimum: 0 },
  },
} as const;

const operationExtensionsSchema = {
  type: 'object',
  required: ['x-dialpad-area', 'x-dialpad-access', 'x-dialpad-effect', 'x-dialpad-since', 'x-dialpad-source'],
  properties: {
    'x-dialpad-area': { enum: AREAS },
    'x-dialpad-access': { enum: ['read', 'write'] },
    'x-dialpad-effect': {
      type: 'object',
      required: ['description', 'flags'],
      additionalProperties: false,
      properties: {
        description: { type: 'string', minLength: 1 },
        flags: { type: 'array', uniqueItems: true, items: { enum: EFFECT_FLAGS } },
      },
    },
    'x-dialpad-scopes': { type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1 } },
    'x-dialpad-rate-limits': { type: 'array', items: rateLimitSchema },
    'x-dialpad-webhook-event': { enum: WEBHOOK_EVENTS },
    'x-dialpad-max-request-bytes': { type: 'integer', minimum: 1 },
    'x-dialpad-targets': {
      type: 'array',
      items: {
        type: 'object',
        required: ['kind', 'from'],
        additionalProperties: false,
        properties: {
          kind: { enum: ['user', 'call', 'contact', 'office', 'department', 'callcenter', 'webhook', 'websocket', 'subscription', 'stats'] },
          from: { type: 'string', pattern: '^(path|body):[A-Za-z_][A-Za-z0-9_]*$' },
          guarded: { type: 'boolean' },
        },
      },
    },
    'x-dialpad-since': {
      type: 'object',
      required: ['version'],
      additionalProperties: false,
      properties: { version: { const: 'v2' }, date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } },
    },
    'x-dialpad-source': {
      type: 'object',
      required: ['url'],
      additionalProperties: false,
      properties: { referenceOperationId: { type: 'string' }, url: { type: 'string', pattern: '^https://' } },
    },
  },
} as const;

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateExtensions = ajv.compile<unknown>(operationExtensionsSchema);

export interface OperationRef {
  path: string;
  method: HttpMethod;
  operation: Record<string, any>;
}

export function listOperations(document: OpenApiDocument): OperationRef[] {
  const found: OperationRef[] = [];
  for (const [path, item] of Object.entries<Record<string, any>>(document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      if (item[method]) found.push({ path, method, operation: item[method] });
    }
  }
  return found;
}

/**
 * After the overlays: every operation has our operationId and a complete, well-formed set of
 * x-dialpad-* extensions. Errors name the operation and the overlay that should have set the value.
 */
export function checkOperationMetadata(document: OpenApiDocument, options: { requireOverlays: boolean }): string[] {
  const errors: SpecError[] = [];
  const warnings: string[] = [];
  const seen = new Map<string, string>();
  const rootScopes = Object.keys(document.components?.securitySchemes?.oauth2?.flows?.authorizationCode?.scopes ?? {});
  for (const { path, method, operation } of listOperations(document)) {
    const where = `${method.toUpperCase()} ${path}`;
    const id = operation.operationId;
    if (typeof id !== 'string' || !/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z0-9]*$/.test(id)) {
      errors.push(new SpecError({ file: 'spec/', message: `${where}: operationId ${JSON.stringify(id)} is not of the form area.method`, hint: 'give it our dotted operationId, e.g. calls.initiate' }));
      continue;
    }
    const previous = seen.get(id);
    if (previous) errors.push(new SpecError({ file: 'spec/', message: `operationId ${id} is used by both ${previous} and ${where}` }));
    seen.set(id, where);
    if (!options.requireOverlays) continue;
    if (!validateExtensions(operation as unknown)) {
      for (const problem of validateExtensions.errors ?? []) {
        const key = problem.keyword === 'required' ? String(problem.params.missingProperty) : problem.instancePath.split('/')[1] ?? '';
        const file = OVERLAY_FOR[key.replaceAll('~1', '/')] ?? 'overlays/';
        const what = problem.keyword === 'required' ? `has no ${key}` : `${problem.instancePath.slice(1)} ${problem.message}`;
        errors.push(new SpecError({ file, message: `${id} (${where}) ${what}`, hint: `add or fix an action targeting $.paths['${path}'].${method}` }));
      }
    }
    for (const scope of operation['x-dialpad-scopes'] ?? []) {
      if (!rootScopes.includes(scope)) {
        errors.push(new SpecError({ file: OVERLAY_FOR['x-dialpad-scopes']!, message: `${id} needs scope ${scope}, which the oauth2 security scheme does not list` }));
      }
    }
    for (const target of operation['x-dialpad-targets'] ?? []) {
      const [where, name] = String(target.from).split(':');
      if (where === 'path' && !path.includes(`{${name}}`)) {
        errors.push(new SpecError({ file: OVERLAY_FOR['x-dialpad-targets']!, message: `${id}: target ${target.kind} from path:${name}, but ${path} has no {${name}}` }));
      }
    }
    for (const limit of operation['x-dialpad-rate-limits'] ?? []) {
      const key = /^path:(.+)$/.exec(limit.per)?.[1];
      if (key && !path.includes(`{${key}}`)) {
        errors.push(new SpecError({ file: OVERLAY_FOR['x-dialpad-rate-limits']!, message: `${id}: rate limit counted per path:${key}, but ${path} has no {${key}}` }));
      }
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new SpecErrors(errors);
  return warnings;
}

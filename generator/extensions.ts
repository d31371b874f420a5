import { Ajv2020 } from 'ajv/dist/2020.js';
import { SpecError, SpecErrors } from './spec-error.js';
import type { OpenApiDocument } from './bundle.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/**
 * The areas an agent can be granted, read or write: the nine of the product's first table, then the
 * ones the rest of the API needs for a grant to mean something (reasons in spec/README.md). OAuth
 * endpoints are infrastructure, never grantable.
 */
export const GRANTABLE_AREAS = [
  'calls',
  'messages',
  'users',
  'contacts',
  'offices',
  'departments',
  'callcenters',
  'events',
  'stats',
  'numbers',
  'recordings',
  'routing',
  'rooms',
  'channels',
  'meetings',
  'coaching',
  'admin',
] as const;
export const AREAS = [...GRANTABLE_AREAS, 'oauth'] as const;
/**
 * external: places a real call or sends a real message/fax; irreversible: cannot be undone (deletes,
 * releasing or moving numbers); live-call: changes a call in progress (assign, park, record, VI);
 * billable: uses a paid license or resource; async: the effect happens after the answer.
 */
export const EFFECT_FLAGS = ['external', 'irreversible', 'live-call', 'billable', 'async'] as const;
export const WEBHOOK_EVENTS = ['call', 'sms', 'contact', 'agent_status', 'changelog', 'channel', 'fax'] as const;
/** Kinds of id a target can be; the first five are the ones a policy's `targets` can list. */
export const TARGET_KINDS = [
  'user',
  'office',
  'department',
  'callcenter',
  'number',
  'group',
  'call',
  'contact',
  'room',
  'channel',
  'meeting',
  'webhook',
  'websocket',
  'subscription',
  'stats',
  'callrouter',
  'ivr',
  'disposition',
  'coachingteam',
  'scorecard',
  'policy',
  'report',
  'sharelink',
  'device',
  'schedule',
  'bulk',
] as const;
export const PARAMETER_LOCATIONS = ['path', 'query', 'body'] as const;

/** Which overlay is responsible for each extension, so an error says where to fix it. */
export const OVERLAY_FOR: Record<string, string> = {
  'x-dialpad-area': 'overlays/10-area-access-effect.yaml',
  'x-dialpad-access': 'overlays/10-area-access-effect.yaml',
  'x-dialpad-effect': 'overlays/10-area-access-effect.yaml',
  'x-dialpad-targets': 'overlays/10-area-access-effect.yaml',
  'x-dialpad-scopes': 'overlays/20-scopes.yaml',
  'x-dialpad-content-scopes': 'overlays/20-scopes.yaml',
  'x-dialpad-company-admin': 'overlays/20-scopes.yaml',
  'x-dialpad-rate-limits': 'overlays/30-rate-limits.yaml',
  'x-dialpad-max-request-bytes': 'overlays/30-rate-limits.yaml',
  'x-dialpad-webhook-event': 'overlays/40-events.yaml',
  'x-dialpad-since': 'overlays/50-version-source.yaml',
  'x-dialpad-source': 'overlays/50-version-source.yaml',
};

/** Where a value of the request is: a path or query parameter, or a top-level body field. */
const fieldSchema = {
  type: 'object',
  required: ['in', 'name'],
  additionalProperties: false,
  // A body field may be nested: `target.target_id` names target_id inside the body's target object.
  properties: { in: { enum: PARAMETER_LOCATIONS }, name: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$' } },
} as const;

export const rateLimitSchema = {
  type: 'object',
  required: ['limit', 'windowSeconds', 'per'],
  additionalProperties: false,
  properties: {
    limit: { type: 'integer', minimum: 1 },
    windowSeconds: { type: 'integer', minimum: 1 },
    /** `company`, or the request value it is counted per (`{ in: path, name: id }`). */
    per: { anyOf: [{ const: 'company' }, fieldSchema] },
    tier: { type: 'integer', minimum: 0 },
  },
} as const;

const targetSchema = {
  type: 'object',
  required: ['kind', 'in', 'name'],
  additionalProperties: false,
  properties: {
    kind: { enum: TARGET_KINDS },
    in: fieldSchema.properties.in,
    name: fieldSchema.properties.name,
    /** For kind `group`: the body field whose value says what kind of group the id names. */
    typeField: fieldSchema.properties.name,
    /** Checked against an agent's `targets`: an identity the call acts as, or on whose behalf. */
    guarded: { type: 'boolean' },
  },
  if: { properties: { kind: { const: 'group' } } },
  then: { required: ['typeField'] },
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
    'x-dialpad-content-scopes': { type: 'array', uniqueItems: true, minItems: 1, items: { type: 'string', minLength: 1 } },
    'x-dialpad-company-admin': { type: 'boolean' },
    'x-dialpad-rate-limits': { type: 'array', items: rateLimitSchema },
    'x-dialpad-webhook-event': { enum: WEBHOOK_EVENTS },
    'x-dialpad-max-request-bytes': { type: 'integer', minimum: 1 },
    'x-dialpad-targets': { type: 'array', items: targetSchema },
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

/** The names an operation's requests can carry: path and query parameters, top-level body fields. */
function requestFields(document: OpenApiDocument, path: string, operation: Record<string, any>): Record<'path' | 'query' | 'body', Set<string>> {
  const deref = (node: any): any => {
    let current = node;
    for (let hops = 0; current?.$ref && hops < 20; hops++) {
      current = String(current.$ref)
        .replace(/^#\//, '')
        .split('/')
        .reduce((value: any, key) => value?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], document);
    }
    return current;
  };
  const parameters = (operation.parameters ?? []).map(deref);
  const bodyNames = new Set<string>();
  // Every field of the body, nested ones as dotted paths (target.target_id), through all variants.
  const collect = (schema: any, prefix = '', depth = 0): void => {
    const resolved = deref(schema);
    if (!resolved || depth > 8) return;
    for (const [name, property] of Object.entries<any>(resolved.properties ?? {})) {
      bodyNames.add(`${prefix}${name}`);
      collect(property, `${prefix}${name}.`, depth + 1);
    }
    for (const part of [...(resolved.allOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])]) collect(part, prefix, depth + 1);
  };
  collect(deref(operation.requestBody)?.content?.['application/json']?.schema);
  const named = (where: string) => new Set<string>(parameters.filter((p: any) => p?.in === where).map((p: any) => p.name));
  const pathNames = named('path');
  for (const match of path.matchAll(/\{([^}]+)\}/g)) pathNames.add(match[1]!);
  return { path: pathNames, query: named('query'), body: bodyNames };
}

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
    for (const key of ['x-dialpad-scopes', 'x-dialpad-content-scopes'] as const) {
      for (const scope of operation[key] ?? []) {
        if (!rootScopes.includes(scope)) {
          errors.push(new SpecError({ file: OVERLAY_FOR[key]!, message: `${id} needs scope ${scope}, which the oauth2 security scheme does not list` }));
        }
      }
    }
    const fields = requestFields(document, path, operation);
    const missingField = (field: { in: string; name: string }) => !fields[field.in as keyof typeof fields]?.has(field.name);
    for (const target of operation['x-dialpad-targets'] ?? []) {
      for (const field of [target, ...(target.typeField ? [{ in: target.in, name: target.typeField }] : [])]) {
        if (missingField(field)) {
          errors.push(new SpecError({ file: OVERLAY_FOR['x-dialpad-targets']!, message: `${id}: target ${target.kind} names ${field.in} ${field.name}, which ${where} does not have` }));
        }
      }
    }
    for (const limit of operation['x-dialpad-rate-limits'] ?? []) {
      if (typeof limit.per === 'object' && missingField(limit.per)) {
        errors.push(new SpecError({ file: OVERLAY_FOR['x-dialpad-rate-limits']!, message: `${id}: rate limit counted per ${limit.per.in} ${limit.per.name}, which ${where} does not have` }));
      }
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new SpecErrors(errors);
  return warnings;
}

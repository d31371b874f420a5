import type { OpenApiDocument } from './bundle.js';
import { listOperations, type HttpMethod } from './extensions.js';

/** A value of the request: a path or query parameter, or a top-level body field. */
export interface RequestField {
  in: 'path' | 'query' | 'body';
  name: string;
}

export interface RateLimit {
  limit: number;
  windowSeconds: number;
  per: 'company' | RequestField;
  tier?: number;
}

export interface Target extends RequestField {
  kind: string;
  typeField?: string;
  guarded?: boolean;
}

export interface ParameterModel {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  description?: string;
  example?: unknown;
}

/** Everything the emitters need about one operation, read once from the loaded document. */
export interface OperationModel {
  operationId: string;
  namespace: string;
  methodName: string;
  httpMethod: Uppercase<HttpMethod>;
  path: string;
  area: string;
  access: 'read' | 'write';
  scopes: string[];
  contentScopes: string[];
  companyAdmin: boolean;
  rateLimits: RateLimit[];
  maxRequestBytes: number | null;
  targets: Target[];
  webhookEvent: string | null;
  effect: { description: string; flags: string[] };
  since: { version: string; date?: string };
  source: { referenceOperationId?: string; url: string };
  summary: string;
  description: string;
  paginated: boolean;
  pathParams: ParameterModel[];
  queryParams: ParameterModel[];
  body: { required: boolean; example?: unknown; contentType: string } | null;
  success: { status: number; json: boolean; example?: unknown };
}

export function resolveRef<T = any>(document: OpenApiDocument, node: any): T {
  let current = node;
  const seen = new Set<string>();
  while (current && typeof current.$ref === 'string') {
    const ref: string = current.$ref;
    if (seen.has(ref) || !ref.startsWith('#/')) break;
    seen.add(ref);
    current = ref
      .slice(2)
      .split('/')
      .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce((value: any, key) => value?.[key], document);
  }
  return current as T;
}

function mediaExample(media: any): unknown {
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  const first = Object.values<any>(media.examples ?? {})[0];
  return first?.value;
}

function isPaginated(document: OpenApiDocument, method: string, queryParams: ParameterModel[], schema: any): boolean {
  if (method !== 'get' || !queryParams.some((p) => p.name === 'cursor')) return false;
  const resolved = resolveRef(document, schema);
  return Boolean(resolved?.properties?.items && resolved?.properties?.cursor);
}

/** `users.initiate_call` → ['users', 'initiateCall']; `call.participants.add` → ['call', 'participantsAdd']. */
export function splitOperationId(operationId: string): [string, string] {
  const camel = (text: string) => text.replace(/[-_]+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());
  const [first = '', ...rest] = operationId.split('.');
  const methodName = rest.map((part, i) => (i === 0 ? camel(part) : camel(part).replace(/^./, (c) => c.toUpperCase()))).join('');
  return [camel(first), methodName || 'call'];
}

export interface ModelOptions {
  /** Fill missing x-dialpad-* values from the HTTP method and tags instead of requiring overlays. */
  deriveMissing?: boolean;
}

export function buildModel(document: OpenApiDocument, options: ModelOptions = {}): { operations: OperationModel[]; warnings: string[] } {
  const warnings: string[] = [];
  const operations = listOperations(document).map(({ path, method, operation }) => {
    const [namespace, methodName] = splitOperationId(operation.operationId);
    const operationId: string = operation.operationId;
    const parameters: ParameterModel[] = (operation.parameters ?? []).map((p: any) => {
      const param = resolveRef(document, p);
      return { name: param.name, in: param.in, required: Boolean(param.required), description: param.description, example: param.example ?? param.schema?.example };
    });
    const requestBody = operation.requestBody ? resolveRef(document, operation.requestBody) : undefined;
    const bodyType = requestBody ? Object.keys(requestBody.content ?? {})[0] : undefined;
    const responses = operation.responses ?? {};
    const successCode = Object.keys(responses).find((code) => /^[23]\d\d$/.test(code)) ?? '200';
    const success = resolveRef(document, responses[successCode]);
    const successMedia = success?.content?.['application/json'];
    const queryParams = parameters.filter((p) => p.in === 'query');

    let area = operation['x-dialpad-area'];
    let access = operation['x-dialpad-access'];
    if (options.deriveMissing) {
      if (!area) {
        area = namespace;
        warnings.push(`${operationId}: no x-dialpad-area; using ${area}`);
      }
      if (!access) {
        access = method === 'get' ? 'read' : 'write';
        warnings.push(`${operationId}: no x-dialpad-access; derived ${access} from ${method.toUpperCase()}`);
      }
    }
    if (successMedia && mediaExample(successMedia) === undefined) warnings.push(`${operationId}: no example for its ${successCode} response`);

    const model: OperationModel = {
      operationId,
      namespace,
      methodName,
      httpMethod: method.toUpperCase() as Uppercase<HttpMethod>,
      path,
      area,
      access,
      scopes: operation['x-dialpad-scopes'] ?? [],
      contentScopes: operation['x-dialpad-content-scopes'] ?? [],
      companyAdmin: operation['x-dialpad-company-admin'] === true,
      rateLimits: operation['x-dialpad-rate-limits'] ?? [],
      maxRequestBytes: operation['x-dialpad-max-request-bytes'] ?? null,
      targets: operation['x-dialpad-targets'] ?? [],
      webhookEvent: operation['x-dialpad-webhook-event'] ?? null,
      effect: operation['x-dialpad-effect'] ?? { description: operation.summary ?? '', flags: [] },
      since: operation['x-dialpad-since'] ?? { version: 'v2' },
      source: operation['x-dialpad-source'] ?? { url: '' },
      summary: operation.summary ?? '',
      description: operation.description ?? '',
      paginated: isPaginated(document, method, queryParams, successMedia?.schema),
      pathParams: parameters.filter((p) => p.in === 'path').sort((a, b) => path.indexOf(`{${a.name}}`) - path.indexOf(`{${b.name}}`)),
      queryParams,
      body: requestBody && bodyType ? { required: Boolean(requestBody.required), example: mediaExample(requestBody.content[bodyType]), contentType: bodyType } : null,
      success: { status: Number(successCode), json: Boolean(successMedia), example: mediaExample(successMedia) },
    };
    return model;
  });
  operations.sort((a, b) => a.operationId.localeCompare(b.operationId));
  return { operations, warnings };
}

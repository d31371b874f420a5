import { TS_BANNER } from './banner.js';
import type { OpenApiDocument } from './bundle.js';
import { listOperations } from './extensions.js';
import type { FormatOptions } from './format-options.js';
import { resolveRef } from './model.js';
import { formatTsLiteral } from './prettier-print.js';

type Schema = Record<string, any>;

/** Inlines every $ref (a repeated one becomes a plain object past the first level), drops OpenAPI-only keys. */
function inline(document: OpenApiDocument, schema: Schema | undefined, seen: string[] = []): Schema {
  if (!schema || typeof schema !== 'object') return {};
  if (typeof schema.$ref === 'string') {
    if (seen.includes(schema.$ref)) return { type: 'object' };
    return inline(document, resolveRef(document, schema), [...seen, schema.$ref]);
  }
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'example' || key === 'examples' || key === 'xml' || key === 'externalDocs' || key.startsWith('x-')) continue;
    if (key === 'properties') out.properties = Object.fromEntries(Object.entries<Schema>(value).map(([name, s]) => [name, inline(document, s, seen)]));
    else if (key === 'items' || key === 'additionalProperties' || key === 'not') out[key] = typeof value === 'object' ? inline(document, value, seen) : value;
    else if (key === 'oneOf' || key === 'anyOf' || key === 'allOf') out[key] = (value as Schema[]).map((s) => inline(document, s, seen));
    else out[key] = value;
  }
  return out;
}

/**
 * Per operation, the JSON Schema of a tool call's input: path parameters as properties, then
 * `query` and `body` objects — the same parts the generated methods take.
 */
export function emitToolSchemas(document: OpenApiDocument, { printWidth }: FormatOptions): string {
  const schemas: Record<string, Schema> = {};
  for (const { operation } of listOperations(document).sort((a, b) => a.operation.operationId.localeCompare(b.operation.operationId))) {
    const properties: Schema = {};
    const required: string[] = [];
    const query: Schema = { type: 'object', properties: {}, additionalProperties: false };
    const queryRequired: string[] = [];
    for (const raw of operation.parameters ?? []) {
      const param = resolveRef<Schema>(document, raw);
      const schema = { ...inline(document, param.schema), ...(param.description ? { description: param.description } : {}) };
      if (param.in === 'path') {
        properties[param.name] = schema;
        required.push(param.name);
      } else if (param.in === 'query') {
        query.properties[param.name] = schema;
        if (param.required) queryRequired.push(param.name);
      }
    }
    if (Object.keys(query.properties).length) {
      if (queryRequired.length) query.required = queryRequired;
      properties.query = query;
      if (queryRequired.length) required.push('query');
    }
    const body = resolveRef<Schema>(document, operation.requestBody);
    const bodySchema = body?.content?.['application/json']?.schema;
    if (bodySchema) {
      properties.body = inline(document, bodySchema);
      if (body.required) required.push('body');
    }
    schemas[operation.operationId] = { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false };
  }
  const text = `${TS_BANNER}
import type { OperationId } from './operations.js';

/** JSON Schema of each operation's input as an agent tool: path parameters, then \`query\` and \`body\`. */
export const toolInputSchemas: Record<OperationId, Record<string, unknown>> = ${formatTsLiteral(schemas, printWidth)};
`;
  return text;
}

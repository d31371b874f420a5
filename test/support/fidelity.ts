import type { OpenApiDocument } from '../../generator/bundle.js';
import { listOperations } from '../../generator/extensions.js';
import { resolveRef } from '../../generator/model.js';

/** One way our operation differs from the same operation in Dialpad's published description. */
export interface Difference {
  operationId: string;
  /** Where: `parameter query.cursor`, `body.to_numbers`, `operation`, ... */
  at: string;
  what: string;
}

type Schema = Record<string, any>;

function types(document: OpenApiDocument, schema: Schema | undefined): Set<string> {
  const resolved = resolveRef<Schema>(document, schema);
  if (!resolved) return new Set();
  const raw = resolved.type ?? (resolved.anyOf ?? resolved.oneOf ?? []).flatMap((s: Schema) => [...types(document, s)]);
  const list: string[] = Array.isArray(raw) ? raw : [raw];
  if (list.length === 0 && (resolved.properties || resolved.$ref)) list.push('object');
  return new Set(list.filter((t) => t !== 'null').map((t) => (t === 'integer' ? 'integer' : t)));
}

function enumValues(document: OpenApiDocument, schema: Schema | undefined): unknown[] | undefined {
  const resolved = resolveRef<Schema>(document, schema);
  if (!resolved) return undefined;
  if (resolved.enum) return resolved.enum.filter((v: unknown) => v !== null);
  for (const part of resolved.anyOf ?? resolved.oneOf ?? []) {
    const inner = enumValues(document, part);
    if (inner) return inner;
  }
  if (resolved.items) return undefined;
  return undefined;
}

/** Properties of an object schema, merging oneOf/anyOf/allOf variants (a body may be one of several shapes). */
function properties(document: OpenApiDocument, schema: Schema | undefined): Map<string, Schema> {
  const resolved = resolveRef<Schema>(document, schema);
  const found = new Map<string, Schema>();
  if (!resolved) return found;
  for (const [name, value] of Object.entries<Schema>(resolved.properties ?? {})) found.set(name, value);
  for (const part of [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.allOf ?? [])]) {
    for (const [name, value] of properties(document, part)) if (!found.has(name)) found.set(name, value);
  }
  return found;
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** Which way a value travels: what we send (parameters, request bodies) or what Dialpad answers. */
export type Direction = 'request' | 'response';

/** The first of `key` found on the schema or the variants of its anyOf/oneOf (`anyOf: [$ref, null]` keeps the ref's). */
function keyword(document: OpenApiDocument, schema: Schema | undefined, key: string): unknown {
  const resolved = resolveRef<Schema>(document, schema);
  if (!resolved) return undefined;
  if (resolved[key] !== undefined) return resolved[key];
  for (const part of resolved.anyOf ?? resolved.oneOf ?? []) {
    const inner = keyword(document, part, key);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

export const INT64_AS_STRING = 'int64 carried as a JSON string';

/**
 * Dialpad sends int64 values as JSON strings (protobuf's JSON mapping; the reference's own examples),
 * though its description types them `integer`. Ours: `string` in answers, `integer | string` in requests.
 * Returns the finding for this value, or undefined where the reference has no int64 here.
 */
function int64Finding(ta: Set<string>, tb: Set<string>, formatA: unknown, formatB: unknown, direction: Direction): string | undefined {
  if (formatB !== 'int64' || !tb.has('integer')) return undefined;
  const wanted = direction === 'response' ? ['string'] : ['integer', 'string'];
  if (formatA === 'int64' && sameSet(ta, new Set(wanted))) return `${INT64_AS_STRING} (${wanted.join(' | ')} in ${direction === 'response' ? 'answers' : 'requests'})`;
  return `int64 typed ${[...ta].join('|') || 'nothing'}${formatA === 'int64' ? '' : ` without format int64`}; ${direction === 'response' ? 'answers carry int64 as a string' : 'requests take integer | string'}`;
}

function compareSchemas(ours: OpenApiDocument, theirs: OpenApiDocument, a: Schema, b: Schema, at: string, operationId: string, out: Difference[], direction: Direction, depth = 0): void {
  if (depth > 6) return;
  const ta = types(ours, a);
  const tb = types(theirs, b);
  const formatA = keyword(ours, a, 'format');
  const formatB = keyword(theirs, b, 'format');
  const int64 = int64Finding(ta, tb, formatA, formatB, direction);
  if (int64) out.push({ operationId, at, what: int64 });
  else {
    if (ta.size && tb.size && !sameSet(ta, tb)) out.push({ operationId, at, what: `type ${[...ta].join('|')} where the reference has ${[...tb].join('|')}` });
    if (formatA !== formatB) out.push({ operationId, at, what: `format ${String(formatA ?? 'none')} where the reference has ${String(formatB ?? 'none')}` });
  }
  const defaultA = keyword(ours, a, 'default');
  const defaultB = keyword(theirs, b, 'default');
  if (JSON.stringify(defaultA) !== JSON.stringify(defaultB)) out.push({ operationId, at, what: `default ${JSON.stringify(defaultA) ?? 'none'} where the reference has ${JSON.stringify(defaultB) ?? 'none'}` });
  const requiredA = [...((keyword(ours, a, 'required') as string[] | undefined) ?? [])].sort();
  const requiredB = [...((keyword(theirs, b, 'required') as string[] | undefined) ?? [])].sort();
  if (!Array.isArray(keyword(ours, a, 'required')) && keyword(ours, a, 'required') !== undefined) requiredA.length = 0;
  if (JSON.stringify(requiredA) !== JSON.stringify(requiredB)) out.push({ operationId, at, what: `required [${requiredA.join(', ')}] where the reference has [${requiredB.join(', ')}]` });
  const ea = enumValues(ours, a);
  const eb = enumValues(theirs, b);
  if (ea && eb) {
    const extra = ea.filter((v) => !eb.includes(v));
    const missing = eb.filter((v) => !ea.includes(v));
    if (extra.length) out.push({ operationId, at, what: `enum values not in the reference: ${extra.join(', ')}` });
    if (missing.length) out.push({ operationId, at, what: `enum values missing: ${missing.join(', ')}` });
  } else if (eb && !ea) {
    out.push({ operationId, at, what: 'no enum where the reference has one' });
  } else if (ea && !eb) {
    out.push({ operationId, at, what: 'an enum where the reference has a free value' });
  }
  const pa = properties(ours, a);
  const pb = properties(theirs, b);
  for (const [name, schema] of pa) {
    const other = pb.get(name);
    if (!other) {
      if (pb.size || ta.has('object')) out.push({ operationId, at: `${at}.${name}`, what: 'property not in the reference' });
      continue;
    }
    compareSchemas(ours, theirs, schema, other, `${at}.${name}`, operationId, out, direction, depth + 1);
  }
  for (const name of pb.keys()) {
    if (!pa.has(name) && (pa.size || ta.has('object'))) out.push({ operationId, at: `${at}.${name}`, what: 'reference property missing' });
  }
  const ia = keyword(ours, a, 'items') as Schema | undefined;
  const ib = keyword(theirs, b, 'items') as Schema | undefined;
  if (ia && ib) compareSchemas(ours, theirs, ia, ib, `${at}[]`, operationId, out, direction, depth + 1);
}

/**
 * Every operation of ours against the reference: method + path exist there; parameter names,
 * locations, required-ness, types, formats, defaults and enums match; request and response bodies
 * have the same properties (none missing, none invented) with the same types, formats, defaults,
 * enums and `required` lists; the success status agrees. int64 values follow our convention (see
 * int64Finding), reported as a finding of its own so spec/deviations.yaml records it once.
 */
export function compareWithReference(ours: OpenApiDocument, reference: OpenApiDocument): Difference[] {
  const out: Difference[] = [];
  for (const { path, method, operation } of listOperations(ours)) {
    const operationId: string = operation.operationId;
    const theirs = reference.paths?.[path]?.[method];
    if (!theirs) {
      out.push({ operationId, at: 'operation', what: `${method.toUpperCase()} ${path} is not in the reference` });
      continue;
    }
    const key = (p: Schema) => `${p.in}.${p.name}`;
    const ourParams = new Map<string, Schema>((operation.parameters ?? []).map((p: Schema) => resolveRef<Schema>(ours, p)).map((p: Schema) => [key(p), p]));
    const theirParams = new Map<string, Schema>((theirs.parameters ?? []).map((p: Schema) => resolveRef<Schema>(reference, p)).map((p: Schema) => [key(p), p]));
    for (const [name, param] of ourParams) {
      const other = theirParams.get(name);
      if (!other) {
        out.push({ operationId, at: `parameter ${name}`, what: 'parameter not in the reference' });
        continue;
      }
      if (Boolean(param.required) !== Boolean(other.required)) out.push({ operationId, at: `parameter ${name}`, what: `required ${Boolean(param.required)} where the reference has ${Boolean(other.required)}` });
      compareSchemas(ours, reference, param.schema, other.schema, `parameter ${name}`, operationId, out, 'request');
    }
    for (const name of theirParams.keys()) {
      if (!ourParams.has(name)) out.push({ operationId, at: `parameter ${name}`, what: 'reference parameter missing' });
    }
    const ourBody = resolveRef<Schema>(ours, operation.requestBody)?.content?.['application/json']?.schema;
    const theirBody = resolveRef<Schema>(reference, theirs.requestBody)?.content?.['application/json']?.schema;
    if (ourBody && !theirBody) out.push({ operationId, at: 'body', what: 'request body where the reference has none' });
    if (!ourBody && theirBody) out.push({ operationId, at: 'body', what: 'reference request body missing' });
    if (ourBody && theirBody) compareSchemas(ours, reference, ourBody, theirBody, 'body', operationId, out, 'request');
    const ourBodyRequired = Boolean(resolveRef<Schema>(ours, operation.requestBody)?.required);
    const theirBodyRequired = Boolean(resolveRef<Schema>(reference, theirs.requestBody)?.required);
    if (ourBody && theirBody && ourBodyRequired !== theirBodyRequired) out.push({ operationId, at: 'body', what: `body required ${ourBodyRequired} where the reference has ${theirBodyRequired}` });

    const success = (responses: Record<string, unknown> = {}) => Object.keys(responses).find((code) => /^[23]/.test(code));
    const ourStatus = success(operation.responses);
    const theirStatus = success(theirs.responses);
    if (ourStatus !== theirStatus) out.push({ operationId, at: 'response', what: `answers ${ourStatus} where the reference answers ${theirStatus}` });
    const ourResult = resolveRef<Schema>(ours, operation.responses?.[ourStatus ?? ''])?.content?.['application/json']?.schema;
    const theirResult = resolveRef<Schema>(reference, theirs.responses?.[theirStatus ?? ''])?.content?.['application/json']?.schema;
    if (ourResult && theirResult) compareSchemas(ours, reference, ourResult, theirResult, 'response', operationId, out, 'response');
  }
  return out;
}

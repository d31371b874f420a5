import { TS_BANNER } from './banner.js';
import type { FormatOptions } from './format-options.js';
import type { OperationModel } from './model.js';
import { formatTsLiteral } from './prettier-print.js';

/**
 * The area modules, the types module they name their types from, and the caller contract — written
 * directly in the form prettier gives them (tests hold every file a fixed point of prettier).
 */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function identifier(name: string): string {
  const camel = name.replace(/[^A-Za-z0-9_$]+([A-Za-z0-9])/g, (_, c: string) => c.toUpperCase());
  return IDENTIFIER.test(camel) ? camel : `_${camel.replace(/[^A-Za-z0-9_$]/g, '_')}`;
}

function typeName(area: string): string {
  return identifier(area).replace(/^./, (c) => c.toUpperCase());
}

/** A property name as prettier keeps it: bare when it is an identifier, else quoted. */
const propertyName = (name: string) => (IDENTIFIER.test(name) ? name : `'${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);

/**
 * A line we write in one piece, checked against the print width: one prettier would break another
 * way is noted, and the file goes through prettier itself.
 */
let tooLong: string[] = [];
function fitting(text: string, width: number): string {
  if (text.length > width) tooLong.push(text.trim());
  return text;
}

function jsdoc(op: OperationModel): string[] {
  const limits = op.rateLimits.length
    ? op.rateLimits.map((l) => `${l.limit} per ${l.windowSeconds} s per ${l.per}${l.tier !== undefined ? ` (tier ${l.tier})` : ''}`).join('; ')
    : 'company ceiling only';
  const lines = [
    op.summary,
    '',
    ...op.description.trim().split('\n'),
    '',
    `- Access: ${op.access} (area \`${op.area}\`)`,
    `- Scope: ${op.scopes.length ? op.scopes.map((s) => `\`${s}\``).join(', ') : 'none'}`,
    `- Rate limit: ${limits}`,
    `- Effect: ${op.effect.description}${op.effect.flags.length ? ` [${op.effect.flags.join(', ')}]` : ''}`,
    ...(op.webhookEvent ? [`- Webhook event: \`${op.webhookEvent}\``] : []),
    ...(op.paginated ? ['- Paginated: iterate the result; `.pages()` yields whole pages'] : []),
    ...(op.source.url ? [`@see ${op.source.url}`] : []),
  ];
  // prettier trims each line of a JSDoc comment.
  return ['/**', ...lines.map((line) => ` * ${line.replaceAll('*/', '*\\/')}`.trimEnd()), ' */'];
}

/** The named types of one operation: what its method takes and returns. */
export interface OperationTypeNames {
  path?: string;
  query?: string;
  body?: string;
  /** The answer; for a listing, one page. */
  result?: string;
  /** For a listing: one item of a page. */
  item?: string;
}

function typeNames(op: OperationModel): OperationTypeNames {
  const base = typeName(op.namespace) + typeName(op.methodName);
  return {
    ...(op.pathParams.length ? { path: `${base}Path` } : {}),
    ...(op.queryParams.length ? { query: `${base}Query` } : {}),
    ...(op.body ? { body: `${base}Body` } : {}),
    ...(op.success.json ? { result: `${base}Result` } : {}),
    ...(op.paginated && op.success.json ? { item: `${base}Item` } : {}),
  };
}

/**
 * `export type Name = type;` as prettier prints it when it does not fit: broken after `=`, or, when
 * the type starts with `NonNullable<…>`, inside those angle brackets.
 */
function typeAlias(name: string, type: string | { nonNullable: string; suffix: string }, width: number): string {
  const text = typeof type === 'string' ? type : `NonNullable<${type.nonNullable}>${type.suffix}`;
  const one = `export type ${name} = ${text};`;
  if (one.length <= width) return one;
  if (typeof type === 'string') return `export type ${name} =\n${fitting(`  ${type};`, width)}`;
  return [fitting(`export type ${name} = NonNullable<`, width), fitting(`  ${type.nonNullable}`, width), fitting(`>${type.suffix};`, width)].join('\n');
}

/**
 * generated/operation-types.ts: every type a method names, once, as an alias of openapi-typescript's
 * types — so that signatures (and the declarations tsc emits for them) stay short.
 */
function emitOperationTypes(operations: OperationModel[], names: Map<string, OperationTypeNames>, width: number): string {
  const out = [
    TS_BANNER,
    `import type { operations } from './schema.js';`,
    '',
    '// What each method of the client takes and returns, named once per operation.',
  ];
  for (const op of operations) {
    const n = names.get(op.operationId)!;
    const ref = `operations[${quoted(op.operationId)}]`;
    out.push('');
    out.push(`/** \`${op.operationId}\`: ${op.httpMethod} ${op.path} */`);
    if (n.path) out.push(typeAlias(n.path, `${ref}['parameters']['path']`, width));
    if (n.query) out.push(typeAlias(n.query, { nonNullable: `${ref}['parameters']['query']`, suffix: '' }, width));
    if (n.body) out.push(typeAlias(n.body, { nonNullable: `${ref}['requestBody']`, suffix: `['content'][${quoted(op.body!.contentType)}]` }, width));
    if (n.result) out.push(typeAlias(n.result, `${ref}['responses'][${op.success.status}]['content']['application/json']`, width));
    if (n.item) out.push(typeAlias(n.item, { nonNullable: `${n.result}['items']`, suffix: '[number]' }, width));
  }
  return `${out.join('\n')}\n`;
}

const quoted = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** One method: its JSDoc, its signature (parameters broken one per line when it does not fit), its call. */
function method(op: OperationModel, n: OperationTypeNames, width: number): string[] {
  const ind = '      ';
  const t = (name: string) => `T.${name}`;
  const params: string[] = op.pathParams.map((p) => `${identifier(p.name)}: ${t(n.path!)}[${quoted(p.name)}]`);
  const parts: string[] = [];
  if (op.pathParams.length) {
    const fields = op.pathParams.map((p) => (identifier(p.name) === p.name ? p.name : `${propertyName(p.name)}: ${identifier(p.name)}`));
    parts.push(`path: { ${fields.join(', ')} }`);
  }
  if (op.body) {
    params.push(`body${op.body.required ? '' : '?'}: ${t(n.body!)}`);
    parts.push('body');
    if (op.queryParams.length) parts.push('query: options?.query');
  } else if (op.queryParams.length) {
    const required = op.queryParams.some((p) => p.required && p.name !== 'cursor');
    params.push(`query${required ? '' : '?'}: ${t(n.query!)}`);
    parts.push('query');
  }
  params.push(`options?: ${op.body && op.queryParams.length ? `O & { query?: ${t(n.query!)} }` : 'O'}`);
  const returns = op.paginated ? `Paginated<${t(n.item!)}, ${t(n.result!)}>` : `Promise<${n.result ? t(n.result) : 'void'}>`;
  const name = identifier(op.methodName);
  const lines = jsdoc(op).map((line) => ind + line);
  const oneLine = `${ind}${name}(${params.join(', ')}): ${returns} {`;
  if (oneLine.length <= width) lines.push(oneLine);
  else lines.push(`${ind}${name}(`, ...params.map((p) => fitting(`${ind}  ${p},`, width)), fitting(`${ind}): ${returns} {`, width));
  const args = [quoted(op.operationId), parts.length ? `{ ${parts.join(', ')} }` : '{}', 'options'];
  const call = `caller.${op.paginated ? 'paginate' : 'call'}`;
  const callLine = `${ind}  return ${call}(${args.join(', ')});`;
  if (callLine.length <= width) lines.push(callLine);
  else lines.push(`${ind}  return ${call}(`, ...args.map((a) => fitting(`${ind}    ${a},`, width)), `${ind}  );`);
  lines.push(`${ind}},`);
  return lines;
}

function areaModule(area: string, ops: OperationModel[], names: Map<string, OperationTypeNames>, width: number): string {
  const namespaces = new Map<string, OperationModel[]>();
  for (const op of ops) namespaces.set(op.namespace, [...(namespaces.get(op.namespace) ?? []), op]);
  const factory = `create${typeName(area)}Area`;
  const usesPaginated = ops.some((op) => op.paginated);
  const out = [
    TS_BANNER.trimEnd(),
    `import type { OperationCaller${usesPaginated ? ', Paginated' : ''} } from '../caller.js';`,
    `import type * as T from '../operation-types.js';`,
    '',
    `/** The \`${area}\` area: ${ops.length} operation(s) in ${[...namespaces.keys()].map((n) => `\`client.${n}\``).join(', ')}. */`,
    fitting(`export function ${factory}<O>(caller: OperationCaller<O>) {`, width),
    '  return {',
  ];
  for (const [namespace, members] of namespaces) {
    out.push(`    ${propertyName(identifier(namespace))}: {`);
    for (const op of members) out.push(...method(op, names.get(op.operationId)!, width));
    out.push('    },');
  }
  const alias = `export type ${typeName(area)}Area<O> = ReturnType<typeof ${factory}<O>>;`;
  // Too long for a line, prettier breaks inside the angle brackets.
  const aliasLines =
    alias.length <= width ? [alias] : [`export type ${typeName(area)}Area<O> = ReturnType<`, fitting(`  typeof ${factory}<O>`, width), '>;'];
  out.push('  };', '}', '', ...aliasLines, '');
  return out.join('\n');
}

function indexModule(operations: OperationModel[], areas: string[], width: number): string {
  const out = [TS_BANNER.trimEnd()];
  for (const area of areas) out.push(fitting(`import { create${typeName(area)}Area } from './${area}.js';`, width));
  out.push(
    `import type { OperationCaller } from '../caller.js';`,
    '',
    '/** Every namespace of every area, bound to one caller. */',
    'export function createAreas<O>(caller: OperationCaller<O>) {',
    '  return {',
    ...areas.map((area) => `    ...create${typeName(area)}Area(caller),`),
    '  };',
    '}',
    '',
    'export type Areas<O> = ReturnType<typeof createAreas<O>>;',
    '',
  );
  const namespaces = [...new Set(operations.map((op) => op.namespace))].sort();
  const head = 'export const namespaces = ';
  out.push(`${head}${formatTsLiteral(namespaces, width, 0, head.length, ' as const;'.length)} as const;`, '');
  return out.join('\n');
}

export interface EmittedAreas {
  files: Map<string, string>;
  /** Files with a line too long for the forms we write: the caller formats them with prettier. */
  unformatted: Set<string>;
}

/**
 * One module per area — a factory returning `{ <namespace>: { <method>() } }` bound to a caller —
 * their index, and generated/operation-types.ts with the types the methods name.
 */
export function emitAreaModules(operations: OperationModel[], { printWidth }: FormatOptions): EmittedAreas {
  const names = new Map<string, OperationTypeNames>();
  const taken = new Map<string, string>();
  for (const op of operations) {
    const n = typeNames(op);
    for (const name of Object.values(n)) {
      const other = taken.get(name);
      if (other) throw new Error(`${op.operationId} and ${other} would both name a type ${name}; rename one of the operations`);
      taken.set(name, op.operationId);
    }
    names.set(op.operationId, n);
  }
  const byArea = new Map<string, OperationModel[]>();
  for (const op of operations) byArea.set(op.area, [...(byArea.get(op.area) ?? []), op]);
  const areas = [...byArea.keys()].sort();
  const files = new Map<string, string>();
  const unformatted = new Set<string>();
  const add = (name: string, write: () => string) => {
    tooLong = [];
    files.set(name, write());
    if (tooLong.length) unformatted.add(name);
  };
  for (const area of [...areas].sort((a, b) => a.localeCompare(b))) add(`areas/${area}.ts`, () => areaModule(area, byArea.get(area)!, names, printWidth));
  add('areas/index.ts', () => indexModule(operations, areas, printWidth));
  add('operation-types.ts', () => emitOperationTypes(operations, names, printWidth));
  return { files, unformatted };
}

/** The contract between generated methods and the hand-written runtime, which implements it. */
export function emitCaller(): string {
  return `${TS_BANNER}
import type { OperationId } from './operations.js';

/** What a generated method hands to the runtime: the operation and its parts, already split. */
export interface OperationInput {
  path?: Record<string, string | number>;
  query?: Record<string, unknown>;
  body?: unknown;
}

/** Async iteration over every item of every page, or page by page with \`.pages()\`. */
export interface Paginated<TItem, TPage> extends AsyncIterable<TItem> {
  pages(): AsyncIterable<TPage>;
}

/** Implemented by the runtime (src/): every generated method goes through it. */
export interface OperationCaller<O> {
  call<R>(operationId: OperationId, input: OperationInput, options?: O): Promise<R>;
  paginate<T, P>(operationId: OperationId, input: OperationInput, options?: O): Paginated<T, P>;
}
`;
}

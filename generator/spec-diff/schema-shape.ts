import type { RefResolver } from './refs.js';

type Node = Record<string, any>;

/**
 * A schema reduced to what callers depend on. 3.0 `nullable: true`, a 3.1 `"null"` in `type`,
 * `null` in an enum and a `{type: 'null'}` variant all become `nullable`, so the two versions
 * compare equal; `allOf` is merged; schema names play no part.
 */
export interface Shape {
  /** Without "null"; undefined = any type. */
  types: Set<string> | undefined;
  nullable: boolean;
  format: string | undefined;
  /** Enum values as JSON text, without null; undefined = not an enum. */
  enum: Set<string> | undefined;
  properties: Map<string, Node>;
  required: Set<string>;
  items: Node | undefined;
  /** A schema for map values; true/false/undefined are not compared. */
  additionalProperties: Node | undefined;
  /** oneOf/anyOf alternatives left after taking out a null alternative. */
  variants: Node[] | undefined;
  readOnly: boolean;
  writeOnly: boolean;
}

export function shapeOf(raw: unknown, resolver: RefResolver, cache: WeakMap<object, Shape>): Shape {
  const node = resolver.deref(raw);
  const cached = cache.get(node);
  if (cached) return cached;
  const shape = buildShape(node, resolver, cache, 0);
  cache.set(node, shape);
  return shape;
}

function emptyShape(): Shape {
  return {
    types: undefined,
    nullable: false,
    format: undefined,
    enum: undefined,
    properties: new Map(),
    required: new Set(),
    items: undefined,
    additionalProperties: undefined,
    variants: undefined,
    readOnly: false,
    writeOnly: false,
  };
}

function buildShape(node: Node, resolver: RefResolver, cache: WeakMap<object, Shape>, depth: number): Shape {
  const shape = emptyShape();
  const declared =
    typeof node.type === 'string' ? [node.type] : Array.isArray(node.type) ? (node.type as string[]) : undefined;
  if (declared) {
    shape.nullable = declared.includes('null');
    const types = declared.filter((t) => t !== 'null');
    shape.types = types.length ? new Set(types) : undefined;
    if (!types.length && shape.nullable) shape.types = new Set();
  }
  // 3.0.3 made it explicit: `nullable` only counts beside a `type` in the same schema object.
  if (node.nullable === true && resolver.openapi30 && declared) shape.nullable = true;
  shape.format = typeof node.format === 'string' ? node.format : undefined;
  const values: unknown[] | undefined = Array.isArray(node.enum)
    ? node.enum
    : 'const' in node
      ? [node.const]
      : undefined;
  if (values) {
    if (values.includes(null)) shape.nullable = true;
    shape.enum = new Set(values.filter((v) => v !== null).map((v) => JSON.stringify(v)));
  }
  if (node.properties && typeof node.properties === 'object') {
    for (const [name, schema] of Object.entries<Node>(node.properties)) shape.properties.set(name, schema);
  }
  if (Array.isArray(node.required)) for (const name of node.required) shape.required.add(String(name));
  if (node.items && typeof node.items === 'object' && !Array.isArray(node.items)) shape.items = node.items;
  if (node.additionalProperties && typeof node.additionalProperties === 'object')
    shape.additionalProperties = node.additionalProperties;
  shape.readOnly = node.readOnly === true;
  shape.writeOnly = node.writeOnly === true;
  if (!shape.types) {
    if (shape.properties.size || shape.additionalProperties) shape.types = new Set(['object']);
    else if (shape.items) shape.types = new Set(['array']);
  }

  if (Array.isArray(node.allOf) && depth < 16) {
    for (const part of node.allOf) mergeInto(shape, buildShape(resolver.deref(part), resolver, cache, depth + 1));
  }
  const alternatives = Array.isArray(node.oneOf) ? node.oneOf : Array.isArray(node.anyOf) ? node.anyOf : undefined;
  if (alternatives && depth < 16) {
    const real: Node[] = [];
    for (const alternative of alternatives as unknown[]) {
      const resolved = resolver.deref(alternative);
      if (
        resolved.type === 'null' ||
        (Array.isArray(resolved.type) && resolved.type.length === 1 && resolved.type[0] === 'null')
      )
        shape.nullable = true;
      else real.push(alternative as Node);
    }
    // `oneOf: [X, {type: null}]` is 3.1's spelling of a nullable X: compare it as X.
    if (real.length === 1) mergeInto(shape, buildShape(resolver.deref(real[0]), resolver, cache, depth + 1));
    else if (real.length > 1) shape.variants = real;
  }
  return shape;
}

function mergeInto(target: Shape, part: Shape): void {
  if (part.types) target.types = target.types ? intersect(target.types, part.types) : new Set(part.types);
  if (part.nullable && !target.types) target.nullable = true;
  target.format ??= part.format;
  if (part.enum)
    target.enum = target.enum ? new Set([...target.enum].filter((v) => part.enum!.has(v))) : new Set(part.enum);
  for (const [name, schema] of part.properties) if (!target.properties.has(name)) target.properties.set(name, schema);
  for (const name of part.required) target.required.add(name);
  target.items ??= part.items;
  target.additionalProperties ??= part.additionalProperties;
  target.variants ??= part.variants;
}

function intersect(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const t of a) {
    if (b.has(t)) out.add(t);
    else if (t === 'number' && b.has('integer')) out.add('integer');
    else if (t === 'integer' && b.has('number')) out.add('integer');
  }
  return out;
}

/** Every value of `inner` is accepted by `outer` (integer is a number). undefined = any. */
export function typesCovered(inner: Set<string> | undefined, outer: Set<string> | undefined): boolean {
  if (!outer) return true;
  if (!inner) return false;
  for (const t of inner) if (!outer.has(t) && !(t === 'integer' && outer.has('number'))) return false;
  return true;
}

export function describeTypes(shape: Pick<Shape, 'types' | 'format'>): string {
  if (!shape.types) return 'any';
  const names = [...shape.types].sort().join('|') || 'null';
  return shape.format ? `${names} (${shape.format})` : names;
}

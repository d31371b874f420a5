import type { Impact } from './change.js';
import type { RefResolver } from './refs.js';
import { describeTypes, shapeOf, typesCovered, type Shape } from './schema-shape.js';

type Node = Record<string, any>;

/** Input schemas (parameters, request bodies) and output schemas (responses) break in opposite ways. */
export type Direction = 'request' | 'response';

export type SchemaChangeKind =
  | 'field-added'
  | 'field-removed'
  | 'required-changed'
  | 'type-changed'
  | 'nullable-changed'
  | 'format-changed'
  | 'enum-value-added'
  | 'enum-value-removed'
  | 'enum-changed'
  | 'variants-changed';

export interface SchemaChange {
  /** Relative to the compared schema: `.user.id`, `.items[]`, `` for the schema itself. */
  path: string;
  what: SchemaChangeKind;
  impact: Impact;
  detail: string;
  before?: unknown;
  after?: unknown;
}

const MAX_DEPTH = 48;

/**
 * Structural comparison of two schemas, each in its own document. Results are memoised per pair
 * of resolved nodes and direction (the same component compared from 200 operations is walked
 * once); a pair met again while it is being compared is a cycle and counts as equal.
 */
export class SchemaComparer {
  private readonly memo = {
    request: new WeakMap<object, WeakMap<object, SchemaChange[]>>(),
    response: new WeakMap<object, WeakMap<object, SchemaChange[]>>(),
  };
  private readonly active = new WeakMap<object, Set<object>>();
  private readonly shapes = { old: new WeakMap<object, Shape>(), new: new WeakMap<object, Shape>() };

  constructor(
    private readonly oldRefs: RefResolver,
    private readonly newRefs: RefResolver,
  ) {}

  compare(before: unknown, after: unknown, direction: Direction): SchemaChange[] {
    return this.pair(before, after, direction, 0);
  }

  private pair(beforeRaw: unknown, afterRaw: unknown, direction: Direction, depth: number): SchemaChange[] {
    const before = this.oldRefs.deref(beforeRaw);
    const after = this.newRefs.deref(afterRaw);
    const memo = this.memo[direction];
    const known = memo.get(before)?.get(after);
    if (known) return known;
    const active = this.active.get(before) ?? new Set<object>();
    if (active.has(after) || depth > MAX_DEPTH) return [];
    active.add(after);
    this.active.set(before, active);
    let result: SchemaChange[];
    try {
      result = this.walk(
        shapeOf(before, this.oldRefs, this.shapes.old),
        shapeOf(after, this.newRefs, this.shapes.new),
        direction,
        depth,
      );
    } finally {
      active.delete(after);
    }
    const row = memo.get(before) ?? new WeakMap<object, SchemaChange[]>();
    row.set(after, result);
    memo.set(before, row);
    return result;
  }

  private walk(before: Shape, after: Shape, direction: Direction, depth: number): SchemaChange[] {
    const out: SchemaChange[] = [];
    const input = direction === 'request';
    const sameTypes = typesCovered(before.types, after.types) && typesCovered(after.types, before.types);
    if (!sameTypes) {
      const widened = typesCovered(before.types, after.types);
      const narrowed = typesCovered(after.types, before.types);
      // Inputs may widen, outputs may narrow; anything else can break a caller.
      const impact: Impact = input
        ? widened
          ? 'additive'
          : 'breaking-callers'
        : narrowed
          ? 'patch'
          : 'breaking-callers';
      out.push({
        path: '',
        what: 'type-changed',
        impact,
        detail: `type ${describeTypes(before)} → ${describeTypes(after)}`,
        before: describeTypes(before),
        after: describeTypes(after),
      });
    } else if (before.format !== after.format && before.format && after.format) {
      out.push({
        path: '',
        what: 'format-changed',
        impact: 'breaking-callers',
        detail: `format ${before.format} → ${after.format}`,
        before: before.format,
        after: after.format,
      });
    }
    if (before.nullable !== after.nullable) {
      const nowNullable = after.nullable;
      const impact: Impact = input
        ? nowNullable
          ? 'additive'
          : 'breaking-callers'
        : nowNullable
          ? 'breaking-callers'
          : 'patch';
      out.push({
        path: '',
        what: 'nullable-changed',
        impact,
        detail: nowNullable ? 'may now be null' : 'is no longer nullable',
        before: before.nullable,
        after: after.nullable,
      });
    }
    out.push(...this.compareEnums(before, after, input));
    if (before.variants || after.variants) out.push(...this.compareVariants(before, after, direction, depth));
    if (has(before, 'object') && has(after, 'object'))
      out.push(...this.compareProperties(before, after, direction, depth));
    if (has(before, 'array') && has(after, 'array') && before.items && after.items) {
      out.push(...prefix('[]', this.pair(before.items, after.items, direction, depth + 1)));
    }
    if (before.additionalProperties && after.additionalProperties) {
      out.push(
        ...prefix('.{*}', this.pair(before.additionalProperties, after.additionalProperties, direction, depth + 1)),
      );
    }
    return out;
  }

  private compareEnums(before: Shape, after: Shape, input: boolean): SchemaChange[] {
    if (!before.enum && !after.enum) return [];
    if (before.enum && after.enum) {
      const out: SchemaChange[] = [];
      const added = [...after.enum].filter((value) => !before.enum!.has(value));
      const removed = [...before.enum].filter((value) => !after.enum!.has(value));
      // A new output value is additive; callers switching over every value learn of it from the changelog.
      if (added.length)
        out.push({
          path: '',
          what: 'enum-value-added',
          impact: 'additive',
          detail: `enum value${added.length > 1 ? 's' : ''} ${added.join(', ')} added`,
          after: added.map((v) => JSON.parse(v)),
        });
      if (removed.length)
        out.push({
          path: '',
          what: 'enum-value-removed',
          impact: input ? 'breaking-callers' : 'patch',
          detail: `enum value${removed.length > 1 ? 's' : ''} ${removed.join(', ')} removed`,
          before: removed.map((v) => JSON.parse(v)),
        });
      return out;
    }
    const constrained = Boolean(after.enum);
    const impact: Impact = input === constrained ? 'breaking-callers' : input ? 'additive' : 'patch';
    return [
      {
        path: '',
        what: 'enum-changed',
        impact,
        detail: constrained ? `now limited to ${[...after.enum!].join(', ')}` : 'no longer limited to a list of values',
        before: before.enum ? [...before.enum] : undefined,
        after: after.enum ? [...after.enum] : undefined,
      },
    ];
  }

  private compareVariants(before: Shape, after: Shape, direction: Direction, depth: number): SchemaChange[] {
    const a = before.variants ?? [];
    const b = after.variants ?? [];
    if (a.length === b.length)
      return a.flatMap((variant, i) => prefix(`(variant ${i + 1})`, this.pair(variant, b[i], direction, depth + 1)));
    const more = b.length > a.length;
    const impact: Impact =
      direction === 'request' ? (more ? 'additive' : 'breaking-callers') : more ? 'breaking-callers' : 'patch';
    return [
      {
        path: '',
        what: 'variants-changed',
        impact,
        detail: `alternatives (oneOf/anyOf) ${a.length || 1} → ${b.length || 1}`,
        before: a.length,
        after: b.length,
      },
    ];
  }

  private compareProperties(before: Shape, after: Shape, direction: Direction, depth: number): SchemaChange[] {
    const out: SchemaChange[] = [];
    const input = direction === 'request';
    const names = new Set([...before.properties.keys(), ...after.properties.keys()]);
    for (const name of [...names].sort()) {
      const path = `.${name}`;
      const was = before.properties.get(name);
      const now = after.properties.get(name);
      if (!was && now) {
        if (this.hidden(now, this.newRefs, this.shapes.new, direction)) continue;
        const required = after.required.has(name);
        const impact: Impact = input && required ? 'breaking-callers' : 'additive';
        out.push({ path, what: 'field-added', impact, detail: `field added${required ? ' (required)' : ''}` });
        continue;
      }
      if (was && !now) {
        if (this.hidden(was, this.oldRefs, this.shapes.old, direction)) continue;
        out.push({
          path,
          what: 'field-removed',
          impact: 'breaking-callers',
          detail: before.required.has(name) ? 'required field removed' : 'field removed',
        });
        continue;
      }
      const wasRequired = before.required.has(name);
      const nowRequired = after.required.has(name);
      if (wasRequired !== nowRequired) {
        const impact: Impact = input
          ? nowRequired
            ? 'breaking-callers'
            : 'additive'
          : nowRequired
            ? 'patch'
            : 'breaking-callers';
        out.push({
          path,
          what: 'required-changed',
          impact,
          detail: nowRequired ? 'now required' : 'no longer required',
          before: wasRequired,
          after: nowRequired,
        });
      }
      out.push(...prefix(path, this.pair(was, now, direction, depth + 1)));
    }
    return out;
  }

  /** readOnly fields are never sent, writeOnly fields never returned: their coming and going is no one's concern. */
  private hidden(raw: unknown, refs: RefResolver, cache: WeakMap<object, Shape>, direction: Direction): boolean {
    const shape = shapeOf(raw, refs, cache);
    return direction === 'request' ? shape.readOnly : shape.writeOnly;
  }
}

function has(shape: Shape, type: string): boolean {
  return !shape.types || shape.types.has(type);
}

function prefix(segment: string, changes: SchemaChange[]): SchemaChange[] {
  return changes.map((change) => ({ ...change, path: `${segment}${change.path}` }));
}

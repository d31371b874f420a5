import type { OpenApiDocument } from '../bundle.js';

type Node = Record<string, any>;

/**
 * Follows local `$ref`s of one document. A 3.1 `$ref` with siblings is the target with the
 * siblings laid over it; the merged node is cached so it keeps one identity (comparisons are
 * memoised by identity). Unresolvable refs become an empty schema and a warning.
 */
export class RefResolver {
  private readonly merged = new WeakMap<object, Node>();
  private readonly byPointer = new Map<string, Node | undefined>();

  /** OpenAPI 3.0, where `nullable` is a keyword (3.1 spells it as a "null" type). */
  readonly openapi30: boolean;

  constructor(
    private readonly document: OpenApiDocument,
    private readonly side: string,
    private readonly warnings: string[],
  ) {
    this.openapi30 = String(document.openapi).startsWith('3.0');
  }

  deref(node: unknown): Node {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return {};
    let current = node as Node;
    for (let hops = 0; typeof current.$ref === 'string'; hops++) {
      if (hops > 32) {
        this.warnings.push(`${this.side}: $ref chain too long at ${String(current.$ref)}`);
        return {};
      }
      const cached = this.merged.get(current);
      if (cached) return cached;
      const target = this.lookup(current.$ref);
      const { $ref: _ref, ...siblings } = current;
      const next = Object.keys(siblings).length ? { ...target, ...siblings } : target;
      if (next !== target) this.merged.set(current, next);
      current = next;
    }
    return current;
  }

  private lookup(ref: string): Node {
    if (this.byPointer.has(ref)) return this.byPointer.get(ref) ?? {};
    let found: unknown = undefined;
    if (ref.startsWith('#')) {
      found = this.document;
      for (const raw of ref.slice(1).split('/').filter(Boolean)) {
        const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
        found = found && typeof found === 'object' ? (found as Node)[key] : undefined;
      }
    }
    const node = found && typeof found === 'object' ? (found as Node) : undefined;
    if (!node) this.warnings.push(`${this.side}: cannot resolve $ref ${ref}`);
    this.byPointer.set(ref, node);
    return node ?? {};
  }
}

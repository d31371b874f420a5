/**
 * Path templates of the operations table, ordered for first-match routers (MSW tries handlers in
 * order). Where two templates could match one URL (`/offices/primary` and `/offices/{id}`), the
 * one with a literal segment at the first position where they differ must come first, or the
 * parameter would swallow the literal.
 */

const isParam = (segment: string) => /^\{[^}]+\}$/.test(segment);

/**
 * Sort order: the templates' shapes (literal or parameter, segment by segment) compared
 * lexicographically, a literal before a parameter, the shorter shape first when one is a prefix of
 * the other (a total order, as Array#sort needs). Templates of the same shape keep their order.
 */
export function literalFirst(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const l = isParam(left[i]!);
    const r = isParam(right[i]!);
    if (l !== r) return l ? 1 : -1;
  }
  return left.length - right.length;
}

/** Whether a concrete path (`/api/v2/users/42`) fits a template (`/api/v2/users/{id}`), segment by segment. */
export function fitsTemplate(template: string, pathname: string): boolean {
  const want = template.split('/');
  const got = pathname.replace(/\/+$/, '').split('/');
  return want.length === got.length && want.every((segment, i) => (isParam(segment) ? got[i] !== '' : segment === got[i]));
}

/** `/api/v2/users/{id}/screenpop` → `/api/v2/users/:id/screenpop` (MSW's path parameters). */
export function toMswPath(template: string): string {
  return template.replace(/\{([^}]+)\}/g, (_match, name: string) => `:${name}`);
}

import type { OperationMeta, RequestField } from '../../generated/operations.js';

/** What a call carries, as the guard, the limiter and the audit read it. */
export interface CallParts {
  readonly pathParams?: Readonly<Record<string, string | number>>;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly json?: unknown;
}

/** One id a call names, resolved from the operation's targets table. */
export interface NamedTarget {
  /** user, office, department, callcenter, number, room, call, ... (a group's kind comes from its type field). */
  readonly kind: string;
  readonly id: string;
  /** Checked against an agent's `targets`. */
  readonly guarded: boolean;
  /** Where in the request: `body sender_group_id`, `path id`. */
  readonly field: string;
}

/** The policy list each guarded kind is checked against. */
export const TARGET_LISTS = { user: 'users', office: 'offices', department: 'departments', callcenter: 'callcenters', number: 'numbers' } as const;
export type TargetList = (typeof TARGET_LISTS)[keyof typeof TARGET_LISTS];

/** Dialpad spells group kinds a few ways (`callcenter`, `call_center`); the policy has one. */
function kindFromType(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || value === '') return fallback;
  const kind = value.toLowerCase().replace(/[^a-z]/g, '');
  return kind;
}

/** The value of a path or query parameter or a top-level body field, as the request carries it. */
export function fieldValue(field: RequestField, parts: CallParts): unknown {
  if (field.in === 'path') return parts.pathParams?.[field.name];
  if (field.in === 'query') return parts.query?.[field.name];
  // Body fields may be nested (`target.target_id`); only own properties of plain objects are read.
  let value: unknown = parts.json;
  for (const key of field.name.split('.')) {
    if (!value || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function ids(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v) => v !== undefined && v !== null && v !== '' && (typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint')).map(String);
}

/** Every id the call names, per the operation's targets (kind resolved from a type field where there is one). */
export function namedTargets(operation: OperationMeta, parts: CallParts): NamedTarget[] {
  const found: NamedTarget[] = [];
  for (const target of operation.targets) {
    const kind = target.typeField ? kindFromType(fieldValue({ in: target.in, name: target.typeField }, parts), target.kind) : target.kind;
    for (const id of ids(fieldValue(target, parts))) found.push({ kind, id, guarded: target.guarded, field: `${target.in} ${target.name}` });
  }
  return found;
}

/** Phone numbers compare by their digits: `+1 (415) 555-0100` is `+14155550100`. */
export function sameTarget(kind: string, a: string, b: string): boolean {
  if (kind === 'number') return a.replace(/\D/g, '') === b.replace(/\D/g, '') && /\d/.test(a);
  return a === b;
}

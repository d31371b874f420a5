import { TS_BANNER } from './banner.js';
import type { FormatOptions } from './format-options.js';
import type { OperationModel } from './model.js';
import { formatTsLiteral } from './prettier-print.js';

export interface FixtureModel {
  request: { path: Record<string, unknown>; query: Record<string, unknown>; body: unknown };
  response: { status: number; body: unknown };
}

/** One valid request and its example response per operation, built from the document's examples. */
export function buildFixtures(operations: OperationModel[], warnings: string[]): Record<string, FixtureModel> {
  const fixtures: Record<string, FixtureModel> = {};
  for (const op of operations) {
    const path: Record<string, unknown> = {};
    for (const param of op.pathParams) {
      if (param.example === undefined) warnings.push(`${op.operationId}: path parameter ${param.name} has no example`);
      path[param.name] = param.example ?? 'example';
    }
    const query: Record<string, unknown> = {};
    for (const param of op.queryParams) {
      if (param.example !== undefined) query[param.name] = param.example;
      else if (param.required) warnings.push(`${op.operationId}: required query parameter ${param.name} has no example`);
    }
    if (op.body?.required && op.body.example === undefined) warnings.push(`${op.operationId}: request body has no example`);
    fixtures[op.operationId] = {
      request: { path, query, body: op.body ? (op.body.example ?? null) : null },
      response: { status: op.success.status, body: op.success.json ? (op.success.example ?? null) : null },
    };
  }
  return fixtures;
}

export function emitFixtures(fixtures: Record<string, FixtureModel>, { printWidth }: FormatOptions): string {
  const text = `${TS_BANNER}
import type { OperationId } from '../operations.js';

export interface Fixture {
  readonly request: {
    readonly path: Readonly<Record<string, string | number>>;
    readonly query: Readonly<Record<string, unknown>>;
    readonly body: unknown;
  };
  readonly response: { readonly status: number; readonly body: unknown };
}

/** Per operation: one request the API accepts and the answer it gives, for offline tests. */
export const fixtures = ${formatTsLiteral(fixtures, printWidth)} as const satisfies Record<OperationId, Fixture>;
`;
  return text;
}

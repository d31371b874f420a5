import type { DialpadClient } from '../../src/index.js';
import { operations, type OperationId } from '../../generated/operations.js';
import type { RequestOptions } from '../../src/index.js';

/**
 * Calls an operation through its generated area method, the way a user would: path parameters
 * positionally, then the body (or the query), then options. List methods: the first page.
 */
export async function invokeAreaMethod(
  client: DialpadClient,
  operationId: OperationId,
  request: { path: Readonly<Record<string, unknown>>; query: Readonly<Record<string, unknown>>; body: unknown },
  options?: RequestOptions,
): Promise<unknown> {
  const meta = operations[operationId];
  const [namespace, method] = operationId.split('.') as [string, string];
  const fn = (client as unknown as Record<string, Record<string, (...args: unknown[]) => unknown>>)[namespace]?.[method];
  if (typeof fn !== 'function') throw new Error(`client.${namespace}.${method} does not exist`);
  const args: unknown[] = meta.pathParams.map((name) => request.path[name]);
  if (meta.hasBody) args.push(request.body ?? undefined);
  else if (meta.queryParams.length) args.push(request.query);
  args.push(options);
  const result = fn(...args);
  if (meta.paginated) {
    const pages = (result as { pages(): AsyncIterable<unknown> }).pages();
    for await (const page of pages) return page;
    return undefined;
  }
  return result;
}

import { TS_BANNER } from './banner.js';
import type { FormatOptions } from './format-options.js';
import type { OperationModel } from './model.js';
import { formatTsInline, formatTsLiteral } from './prettier-print.js';

/** The permission metadata table: the one place the runtime reads operation metadata from. */
export function emitOperations(operations: OperationModel[], companyRateLimit: unknown, grantableAreas: readonly string[], { printWidth }: FormatOptions): string {
  const rows = Object.fromEntries(
    operations.map((op) => [
      op.operationId,
      {
        operationId: op.operationId,
        method: op.httpMethod,
        path: op.path,
        area: op.area,
        access: op.access,
        scopes: op.scopes,
        contentScopes: op.contentScopes,
        companyAdmin: op.companyAdmin,
        rateLimits: op.rateLimits.map((rule) => ({
          limit: rule.limit,
          windowSeconds: rule.windowSeconds,
          per: rule.per === 'company' ? 'company' : { in: rule.per.in, name: rule.per.name },
          ...(rule.tier === undefined ? {} : { tier: rule.tier }),
        })),
        maxRequestBytes: op.maxRequestBytes,
        targets: op.targets.map((t) => ({ kind: t.kind, in: t.in, name: t.name, ...(t.typeField ? { typeField: t.typeField } : {}), guarded: t.guarded === true })),
        webhookEvent: op.webhookEvent,
        effect: op.effect,
        since: op.since,
        source: op.source,
        summary: op.summary,
        paginated: op.paginated,
        pathParams: op.pathParams.map((p) => p.name),
        queryParams: op.queryParams.map((p) => p.name),
        hasBody: op.body !== null,
      },
    ]),
  );
  const areas = [...new Set(operations.map((op) => op.area))].sort();
  const limit = formatTsInline(companyRateLimit ?? { limit: 20, windowSeconds: 1, per: 'company' });
  const limitLine = `export const companyRateLimit = ${limit} as const satisfies RateLimitRule;`;
  if (limitLine.length > printWidth) throw new Error(`x-dialpad-company-rate-limit: too long to print on one line: ${limit}`);
  const grantable = grantableAreas.filter((a) => areas.includes(a));
  const byRoute = Object.fromEntries(operations.map((op) => [`${op.httpMethod} ${op.path}`, op.operationId]).sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0)));
  const text = `${TS_BANNER}
export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';
export type Access = 'read' | 'write';

/** A value of a request: a path or query parameter, or a top-level body field. */
export interface RequestField {
  readonly in: 'path' | 'query' | 'body';
  readonly name: string;
}

export interface RateLimitRule {
  readonly limit: number;
  readonly windowSeconds: number;
  /** 'company', or the request value it is counted per (each phone number, each call center, ...). */
  readonly per: 'company' | RequestField;
  /** Only for limits that depend on the account's tier (sms.send). */
  readonly tier?: number;
}

/** An id a call names: who acts, on whose behalf, or what it acts on. */
export interface OperationTarget extends RequestField {
  readonly kind: string;
  /** For kind 'group': the body field whose value says which kind of group the id is (office, department, callcenter, ...). */
  readonly typeField?: string;
  /** Checked against an agent's \`targets\` in the policy. */
  readonly guarded: boolean;
}

export interface OperationMeta {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly area: string;
  readonly access: Access;
  readonly scopes: readonly string[];
  /** Scopes that widen what the answer holds (recordings, message text), not whether it is allowed. */
  readonly contentScopes: readonly string[];
  /** Dialpad requires a company-admin API key (or an admin's token) for it. */
  readonly companyAdmin: boolean;
  readonly rateLimits: readonly RateLimitRule[];
  /** Largest request body Dialpad accepts, in bytes (media included), where it states one. */
  readonly maxRequestBytes: number | null;
  /** The ids it names; guarded ones are checked against an agent's target constraints. */
  readonly targets: readonly OperationTarget[];
  readonly webhookEvent: 'call' | 'sms' | 'contact' | 'agent_status' | 'changelog' | 'channel' | 'fax' | null;
  readonly effect: { readonly description: string; readonly flags: readonly string[] };
  readonly since: { readonly version: string; readonly date?: string };
  readonly source: { readonly referenceOperationId?: string; readonly url: string };
  readonly summary: string;
  readonly paginated: boolean;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly hasBody: boolean;
}

/** Every request counts against this, whatever its own tighter caps. */
${limitLine}

/** The areas an agent can be granted, read or write. */
export const grantableAreas = ${formatTsLiteral(grantable, printWidth, 0, 'export const grantableAreas = '.length, ' as const;'.length)} as const;

export const operations = ${formatTsLiteral(rows, printWidth)} as const satisfies Record<string, OperationMeta>;

export type OperationId = keyof typeof operations;
export type Area = (typeof operations)[OperationId]['area'];
export type GrantableArea = (typeof grantableAreas)[number];
export type EffectFlag = (typeof operations)[OperationId]['effect']['flags'][number];

export const operationIds = Object.keys(operations) as OperationId[];

/**
 * Method and path template → operation, exactly as the spec writes them: what the low-level
 * \`GET('/api/v2/users/{id}', ...)\` methods look a call up by (never a URL parsed back).
 */
export const operationsByRoute: Readonly<Record<string, OperationId>> = ${formatTsLiteral(byRoute, printWidth)} as const;
`;
  return text;
}

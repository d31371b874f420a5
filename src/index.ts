export { createDialpadClient, redactorOf, MAX_TIMEOUT_MS, type DialpadClient, type DialpadClientOptions, type LowLevelClient } from './client.js';
export type { RequestOptions, CredentialProvider, PreparedRequest, RequestLimiter, LimiterGrant, CallParts } from './core/pipeline.js';
export { apiKeyCredentials } from './credentials.js';
export { createRateLimiter, type RateLimiterOptions } from './ratelimit/limiter.js';
export {
  buildAuthorizeUrl,
  exchangeCode,
  refreshAccessToken,
  createOAuthTokenProvider,
  createPkcePair,
  type TokenSet,
  type AuthorizeUrlOptions,
  type ExchangeCodeOptions,
  type RefreshOptions,
  type OAuthTokenProviderOptions,
  type OAuthEndpoints,
} from './oauth.js';
export { environments, type Environment } from './environments.js';
export * from './errors.js';
export { PaginationLimitError, type PaginationLimit, type Paginated } from './pagination.js';
export {
  operations,
  operationIds,
  companyRateLimit,
  grantableAreas,
  type OperationId,
  type OperationMeta,
  type Area,
  type GrantableArea,
  type Access,
  type RateLimitRule,
  type RequestField,
  type OperationTarget,
} from '../generated/operations.js';
export type { paths, components, operations as OperationTypes } from '../generated/schema.js';
export { loadPolicy, parsePolicy, type LoadedPolicy, type LoadPolicyOptions } from './guard/policy.js';
export { policySchema } from './guard/policy-schema.js';
export { createGuard, grantedOperations, type Guard, type Decision, type CallInput } from './guard/decide.js';
export type { DenialReason } from './guard/errors.js';
export { RULES, DENIAL_ADVICE, describeAgent, type GuardRule } from './guard/rules.js';
export type { Approver, ApprovalRequest, ApprovalAnswer } from './guard/approval.js';
export type { BudgetStore } from './guard/budgets.js';
export { createAuditLog, checkpointPath, type AuditLog, type AuditOptions, type AuditSink } from './audit/log.js';
export { maskNumber, type AuditRecord, type AuditEntry } from './audit/record.js';
export { verifyAuditLog, type AuditVerification, type AuditCheckpoint, type VerifyOptions } from './audit/verify.js';
export { verifyAuditFile } from './audit/verify-file.js';
export type { PostgresAuditOptions, PgPoolLike } from './audit/postgres-options.js';
export {
  renderAuditReport,
  writeAuditReportFromFile,
  writeAuditReportFromPostgres,
  runAuditReportCommand,
  type AuditReportInput,
  type AuditReportOptions,
  type AuditReportResult,
  type AuditReportCommand,
} from './audit/report/index.js';
export { eventAccessFor, type EventAccess } from './guard/event-access.js';
export type { Policy, AgentPolicy, GrantLevel, Budget, ApprovalClass } from './guard/types.js';
export * from './events/index.js';
export * from './reference.js';
export * from './tools.js';
export * from './mcp.js';

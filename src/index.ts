export { createDialpadClient, type DialpadClient, type DialpadClientOptions, type LowLevelClient } from './client.js';
export type { RequestOptions, CredentialProvider, PipelineHooks, CallOutcome, PreparedRequest, RequestLimiter } from './core/pipeline.js';
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
} from '../generated/operations.js';
export type { paths, components, operations as OperationTypes } from '../generated/schema.js';
export { loadPolicy, parsePolicy, type LoadedPolicy, type LoadPolicyOptions } from './guard/policy.js';
export { policySchema } from './guard/policy-schema.js';
export { createGuard, grantedOperations, type Guard, type Decision, type CallInput } from './guard/decide.js';
export { AccessDeniedError, PolicyError, type DenialReason, type PolicyProblem } from './guard/errors.js';
export { createAuditLog, verifyAuditLog, maskNumber, type AuditLog, type AuditOptions, type AuditRecord, type AuditSink, type AuditVerification } from './guard/audit.js';
export { eventAccessFor, type EventAccess } from './guard/event-access.js';
export type { Policy, AgentPolicy, GrantLevel } from './guard/types.js';
export * from './events/index.js';
export * from './reference.js';
export * from './tools.js';
export * from './mcp.js';

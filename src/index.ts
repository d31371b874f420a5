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
export { PaginationLimitError, type Paginated } from './pagination.js';
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
export * from './events/index.js';
export * from './reference.js';

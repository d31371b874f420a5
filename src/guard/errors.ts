export { AccessDeniedError, PolicyError, type PolicyProblem } from '../errors.js';
export { DENIAL_ADVICE, type DenialReason } from './rules.js';

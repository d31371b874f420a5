export { EventStreamError, EventVerificationError, type EventVerificationReason } from '../errors.js';

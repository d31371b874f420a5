import type { GrantableArea, OperationId } from '../../generated/operations.js';

export type GrantLevel = 'none' | 'read' | 'write';

/** What one agent may do, as loaded from the policy file. */
export interface AgentPolicy {
  readonly name: string;
  /** Per area; an area left out is `none`. `write` includes `read`. */
  readonly grants: Readonly<Partial<Record<GrantableArea, GrantLevel>>>;
  /** Operations granted on top of the area grants. */
  readonly allow: readonly OperationId[];
  /** Operations refused whatever else says (deny wins). */
  readonly deny: readonly OperationId[];
  /** Needed, on top of write, for operations flagged irreversible (deleting a user or contact). */
  readonly allowIrreversible: boolean;
  /** Ids the agent may act as or on; absent = any. */
  readonly targets: {
    readonly users?: readonly string[];
    readonly offices?: readonly string[];
    readonly departments?: readonly string[];
    readonly callcenters?: readonly string[];
    /** Phone numbers it may send or call from (from_number, outbound_caller_id). */
    readonly numbers?: readonly string[];
  };
  /** After this moment the agent is denied everything. */
  readonly expires?: Date;
  /** The kill switch: false denies everything. */
  readonly enabled: boolean;
  /** Audit records show full phone numbers instead of the last four digits. */
  readonly revealPhoneNumbers: boolean;
}

export interface Policy {
  /** The OAuth scopes the credential holds (an API key: list what its user may do). */
  readonly credentialScopes: readonly string[];
  readonly agents: Readonly<Record<string, AgentPolicy>>;
}

import type { Access, GrantableArea, OperationId } from '../../generated/operations.js';

export type GrantLevel = 'none' | 'read' | 'write';

/** Effect classes an operator can ask approval for, besides single operations. */
export type ApprovalClass = 'external' | 'irreversible' | 'live-call';

/** A cap on what an agent may send over a sliding window. */
export interface Budget {
  /** How the budget is named in errors, the audit and `policy check` (default: what it covers and its window). */
  readonly name: string;
  /** The operations it counts; or every operation of `area` (and `access`). */
  readonly operations?: readonly OperationId[];
  readonly area?: GrantableArea;
  readonly access?: Access;
  readonly limit: number;
  /** The window as written (`30m`, `1h`, `1d`, `7d`) and in milliseconds. */
  readonly per: string;
  readonly perMs: number;
}

/** What one agent may do, as loaded from the policy file. */
export interface AgentPolicy {
  readonly name: string;
  /** Per area; an area left out is `none`. `write` includes `read`. */
  readonly grants: Readonly<Partial<Record<GrantableArea, GrantLevel>>>;
  /** Operations granted on top of the area grants. */
  readonly allow: readonly OperationId[];
  /** Operations refused whatever else says (deny wins). */
  readonly deny: readonly OperationId[];
  /** Needed, on top of write, for operations flagged irreversible (deleting, releasing numbers). */
  readonly allowIrreversible: boolean;
  /** Ids the agent may act as or on; absent = any. With any list, a kind without a list means none. */
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
  /** Effect classes and operations that are sent only after an approver says yes. */
  readonly approval: readonly (ApprovalClass | OperationId)[];
  /** Writes are checked and audited but not sent; they resolve with the operation's example answer. */
  readonly dryRun: boolean;
  readonly budgets: readonly Budget[];
}

export interface Policy {
  /** The OAuth scopes the credential holds (an API key: list what its user may do). */
  readonly credentialScopes: readonly string[];
  readonly agents: Readonly<Record<string, AgentPolicy>>;
}

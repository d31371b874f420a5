import type { OperationMeta } from '../../generated/operations.js';

/** What an approver is asked: enough to decide, nothing secret; phone numbers masked unless the agent reveals them. */
export interface ApprovalRequest {
  readonly agent: string;
  readonly operationId: string;
  readonly area: string;
  readonly access: 'read' | 'write';
  readonly method: string;
  readonly path: string;
  readonly effect: { readonly description: string; readonly flags: readonly string[] };
  /** The ids the call names, by kind (user, office, number, ...). */
  readonly targets: Readonly<Record<string, readonly string[]>>;
  /** The phone numbers it reaches (masked to the last four digits unless revealed). */
  readonly numbers: readonly string[];
  /** One line a person can read: "Make a user's Dialpad app dial a number — as user 111, to •••0100". */
  readonly summary: string;
  /** The call's id, as the audit log records it. */
  readonly call: string;
}

export interface ApprovalAnswer {
  approved: boolean;
  /** Who decided (a name, an email, "slack:U123"): the audit log records it. */
  by?: string;
  note?: string;
}

/** Asks a person. It gets an abort signal that fires when the wait is over (approvalTimeoutMs) or the caller gave up. */
export type Approver = (request: ApprovalRequest, context: { signal: AbortSignal }) => ApprovalAnswer | Promise<ApprovalAnswer>;

export type ApprovalOutcome = { approved: true; by: string; note?: string } | { approved: false; reason: 'approval-unavailable' | 'approval-declined' | 'approval-failed' | 'approval-timeout'; detail: string; by?: string; note?: string };

/** The one-line summary: the operation, who it acts as, where it goes. */
export function approvalSummary(operation: OperationMeta, targets: Readonly<Record<string, readonly string[]>>, numbers: readonly string[]): string {
  const who = Object.entries(targets)
    .filter(([kind]) => kind !== 'number')
    .map(([kind, list]) => `${kind} ${list.join(', ')}`);
  const from = targets.number?.length ? [`from ${targets.number.join(', ')}`] : [];
  const to = numbers.filter((n) => !targets.number?.includes(n));
  const parts = [...(who.length ? [`as ${who.join(', ')}`] : []), ...from, ...(to.length ? [`to ${to.join(', ')}`] : [])];
  return `${operation.summary}${parts.length ? ` — ${parts.join(', ')}` : ''}`;
}

const clean = (text: unknown, max = 200) => (typeof text === 'string' ? text.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, max) : undefined);

/**
 * Asks the approver, bounded by `timeoutMs` and the caller's signal. No approver, a no, an approver
 * that throws or does not answer in time: refused — never sent on a guess.
 */
export async function askApproval(approver: Approver | undefined, request: ApprovalRequest, timeoutMs: number, callerSignal?: AbortSignal): Promise<ApprovalOutcome> {
  if (!approver) return { approved: false, reason: 'approval-unavailable', detail: 'it needs a person’s approval and no approver is configured' };
  const controller = new AbortController();
  const onAbort = () => controller.abort(callerSignal!.reason);
  callerSignal?.addEventListener('abort', onAbort, { once: true });
  let timer: NodeJS.Timeout | undefined;
  try {
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => {
        controller.abort(new Error('approval timed out'));
        resolve('timeout');
      }, timeoutMs);
    });
    const aborted = new Promise<never>((_, reject) => {
      if (callerSignal?.aborted) reject(callerSignal.reason);
      callerSignal?.addEventListener('abort', () => reject(callerSignal.reason), { once: true });
    });
    const answer = await Promise.race([Promise.resolve().then(() => approver(request, { signal: controller.signal })), timedOut, aborted]).catch((error: unknown) => {
      if (callerSignal?.aborted) throw error;
      return 'failed' as const;
    });
    if (answer === 'timeout') return { approved: false, reason: 'approval-timeout', detail: `no answer from the approver within ${timeoutMs} ms` };
    if (answer === 'failed' || !answer || typeof answer !== 'object') return { approved: false, reason: 'approval-failed', detail: 'the approver failed before answering' };
    const by = clean(answer.by, 120);
    const note = clean(answer.note);
    if (answer.approved !== true) return { approved: false, reason: 'approval-declined', detail: `the approver${by ? ` (${by})` : ''} said no${note ? `: ${note}` : ''}`, by, note };
    return { approved: true, by: by ?? 'approver', note };
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onAbort);
  }
}

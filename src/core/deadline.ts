/**
 * The abort signal that ends a request at its timeout. On Node 20 every AbortSignal costs about
 * 6 µs to make (it is built transferable), more than the rest of a call's own work. A timeout is a
 * deadline, and calls whose deadlines fall in the same few milliseconds can share one controller:
 * when it fires, every call holding it is at its deadline. A deadline is rounded up to the next
 * GRANULARITY_MS, so a call may time out that much later than asked, never earlier.
 */
const GRANULARITY_MS = 8;
/** Each request adds an abort listener to the signal it is given (fetch warns past 1,500). */
const MAX_SHARERS = 256;
const TIMED_OUT = Symbol('timed out');

interface Shared {
  readonly controller: AbortController;
  readonly deadline: number;
  readonly timer: ReturnType<typeof setTimeout>;
  holders: number;
  joined: number;
}

export interface DeadlineLease {
  readonly signal: AbortSignal;
  /** Whether the signal fired because the deadline passed. */
  timedOut(): boolean;
  /** The call is done with the signal (its answer arrived or it failed). */
  release(): void;
}

let current: Shared | undefined;

function open(deadline: number, now: number): Shared {
  const controller = new AbortController();
  const shared: Shared = {
    controller,
    deadline,
    holders: 0,
    joined: 0,
    timer: setTimeout(() => {
      if (current === shared) current = undefined;
      controller.abort(TIMED_OUT);
    }, deadline - now),
  };
  return shared;
}

function lease(shared: Shared): DeadlineLease {
  // While a call holds it, its timer keeps the process alive, as a call's own timer would.
  if (shared.holders++ === 0) shared.timer.ref();
  shared.joined++;
  let released = false;
  return {
    signal: shared.controller.signal,
    timedOut: () => shared.controller.signal.aborted && shared.controller.signal.reason === TIMED_OUT,
    release() {
      if (released) return;
      released = true;
      if (--shared.holders > 0) return;
      // Still the one new calls join (calls one after another share it): it waits, without
      // holding the process open. Otherwise nobody will join it: its timer has nothing to end.
      if (current === shared) shared.timer.unref();
      else clearTimeout(shared.timer);
    },
  };
}

/** A signal that fires `timeoutMs` from now (rounded up to GRANULARITY_MS), shared where it can be. */
export function leaseDeadline(timeoutMs: number): DeadlineLease {
  const now = performance.now();
  const deadline = Math.ceil((now + timeoutMs) / GRANULARITY_MS) * GRANULARITY_MS;
  if (!current || current.deadline !== deadline || current.joined >= MAX_SHARERS || current.controller.signal.aborted) {
    if (current && current.holders === 0) clearTimeout(current.timer);
    current = open(deadline, now);
  }
  return lease(current);
}

/**
 * A call with its own abort signal gets its own controller, following both that signal and the
 * timeout: an abort by one caller must not end another's request.
 */
export function ownDeadline(timeoutMs: number | 'none', signal: AbortSignal | undefined): DeadlineLease {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(signal!.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer =
    timeoutMs === 'none'
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs);
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    release() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}

/** Events older than this are refused by receivers and streams unless configured otherwise: a replay window. */
export const DEFAULT_MAX_AGE_SECONDS = 300;
const DEFAULT_DEDUPE_WINDOW_SECONDS = 600;

/**
 * The age limit and the de-duplication window of a receiver or stream. A replayed event is refused
 * by one or the other: younger than `maxAgeSeconds`, it is still remembered; older, it is refused
 * by age. So the window must cover the age (plus clock slack); `maxAgeSeconds: null` turns the age
 * check off on purpose, and then only the window stands.
 */
export function replayGuard(options: { maxAgeSeconds?: number | null; dedupeWindowSeconds?: number }, clockToleranceSeconds = 5): { maxAgeSeconds: number | undefined; dedupeWindowMs: number } {
  const maxAgeSeconds = options.maxAgeSeconds === null ? undefined : (options.maxAgeSeconds ?? DEFAULT_MAX_AGE_SECONDS);
  if (maxAgeSeconds !== undefined && !(Number.isFinite(maxAgeSeconds) && maxAgeSeconds > 0)) throw new RangeError(`maxAgeSeconds must be a positive number of seconds (or null to turn the age check off), got ${String(maxAgeSeconds)}`);
  const covering = (maxAgeSeconds ?? 0) + clockToleranceSeconds;
  if (options.dedupeWindowSeconds !== undefined) {
    if (!(Number.isFinite(options.dedupeWindowSeconds) && options.dedupeWindowSeconds > 0)) throw new RangeError(`dedupeWindowSeconds must be a positive number, got ${String(options.dedupeWindowSeconds)}`);
    if (maxAgeSeconds !== undefined && options.dedupeWindowSeconds < covering) {
      throw new RangeError(`dedupeWindowSeconds (${options.dedupeWindowSeconds}) must cover maxAgeSeconds (${maxAgeSeconds}) plus ${clockToleranceSeconds} s of clock slack, or an event replayed in between would be handled twice`);
    }
  }
  const window = options.dedupeWindowSeconds ?? Math.max(DEFAULT_DEDUPE_WINDOW_SECONDS, covering);
  return { maxAgeSeconds, dedupeWindowMs: window * 1000 };
}

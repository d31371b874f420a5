import { createHash } from 'node:crypto';
import type { DialpadEvent } from './types.js';

export interface Deduplicator {
  /** True when the same event was seen within the window; otherwise remembers it. */
  isRepeat(event: DialpadEvent): boolean;
}

/**
 * Remembers a digest of each event's content for `windowMs`, at most `maxEntries` of them (the
 * oldest forgotten first), so memory stays bounded whatever the traffic.
 */
export function createDeduplicator(windowMs: number, maxEntries = 10_000, now: () => number = Date.now): Deduplicator {
  const seen = new Map<string, number>();
  return {
    isRepeat(event) {
      const at = now();
      for (const [key, expires] of seen) {
        if (expires > at && seen.size < maxEntries) break;
        seen.delete(key);
      }
      const key = createHash('sha256').update(event.kind).update('\0').update(JSON.stringify(event.data)).digest('base64url');
      const expires = seen.get(key);
      if (expires !== undefined && expires > at) return true;
      seen.delete(key);
      seen.set(key, at + windowMs);
      return false;
    },
  };
}

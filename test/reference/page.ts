import type { AgentReferenceView } from '../../src/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const REFERENCE_HTML = join(ROOT, 'generated/reference.html');
export const REFERENCE_MD = join(ROOT, 'generated/reference.md');

export const readReferenceHtml = () => readFileSync(REFERENCE_HTML, 'utf8');

/** The raw text of a page's data island, exactly as it sits between its script tags. */
export function islandText(html: string): string {
  const match = /<script type="application\/json" id="reference-data">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no data island');
  return match[1]!;
}

export interface IslandData {
  title: string;
  operations: { id: string; method: string; path: string; area: string; access: string; scopes: string[]; flags: string[]; source: string; webhookEvent: string | null; rateLimits: string[]; since: string }[];
  statusCodes: { status: number; code: string; meaning: string; advice: string; errorClass: string; retryable: boolean }[];
  events: { name: string; signals: string; subscribeWith: string[] }[];
  areas: { name: string; grantable: boolean }[];
  agent?: { name: string; grants: Record<string, string>; notes: string[]; totalOperations: number };
}

export const island = (html: string): IslandData => JSON.parse(islandText(html));

/** A hand-written view, as the CLI would compute it from a policy. */
export const SUPPORT_AGENT = {
  agent: 'support-triage',
  grants: { calls: 'read', messages: 'write', users: 'read', contacts: 'none' },
  operationIds: ['calls.list', 'calls.get', 'calls.aiRecap', 'sms.send', 'messages.schedule', 'users.list', 'users.get'],
  notes: ['sms.send: only to numbers in the customer’s ticket', 'From policy.yaml'],
} satisfies AgentReferenceView;

/**
 * The per-agent reference page: generated/reference.html narrowed to what one agent may call.
 * The page renders everything from its JSON data island, so narrowing it is rewriting that island
 * (no generator code at run time, and no second renderer to keep in step).
 */
import { escapeHtml, scriptSafeJson } from './html.js';

export type AgentGrantLevel = 'none' | 'read' | 'write';

export interface AgentReferenceView {
  /** The agent's name, shown at the top of the page. */
  agent: string;
  /** The agent's grant per area, shown at the top of the page. */
  grants: Record<string, AgentGrantLevel>;
  /** The operations the agent may call; the page lists only these. */
  operationIds: readonly string[];
  /** Lines shown under the grants (e.g. limits or conditions of the policy). */
  notes?: string[];
}

const ISLAND = /(<script\b[^>]*\bid=["']reference-data["'][^>]*>)([\s\S]*?)(<\/script\s*>)/i;

/**
 * Takes the text of generated/reference.html and returns the page for one agent: only the given
 * operations, with the agent's name, grants and notes at the top. Throws if the text is not the
 * reference page, or if an operationId is not in it (a policy naming an unknown method is a bug
 * worth seeing, not a row worth dropping quietly).
 */
export function renderAgentReference(html: string, view: AgentReferenceView): string {
  const island = ISLAND.exec(html);
  if (!island) throw new Error('renderAgentReference: the page has no <script id="reference-data"> (pass the text of generated/reference.html)');
  const data = JSON.parse(island[2]!) as { title?: string; operations: { id: string }[]; agent?: unknown };
  if (!Array.isArray(data.operations)) throw new Error('renderAgentReference: the page’s data has no operations');
  if (data.agent) throw new Error('renderAgentReference: the page is already narrowed to an agent; pass generated/reference.html itself');

  const known = new Set(data.operations.map((op) => op.id));
  const unknown = view.operationIds.filter((id) => !known.has(id));
  if (unknown.length) throw new Error(`renderAgentReference: not in the reference: ${[...new Set(unknown)].join(', ')}`);

  const allowed = new Set(view.operationIds);
  const narrowed = {
    ...data,
    operations: data.operations.filter((op) => allowed.has(op.id)),
    agent: {
      name: view.agent,
      grants: { ...view.grants },
      notes: [...(view.notes ?? [])],
      totalOperations: data.operations.length,
    },
  };
  const title = `${data.title ?? 'Dialpad API reference'} · agent ${view.agent}`;
  // Functions as replacements: a `$` in the data must stay a `$`.
  return html
    .replace(ISLAND, (_, open: string, _json: string, close: string) => `${open}${scriptSafeJson(narrowed)}${close}`)
    .replace(/<title>[\s\S]*?<\/title>/i, () => `<title>${escapeHtml(title)}</title>`);
}

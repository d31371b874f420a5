import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_SIGNALS } from '../../generator/reference/prose.js';
import { errorForStatus, operationIds, operations, renderAgentReference, type OperationId } from '../../src/index.js';
import { island, islandText, SUPPORT_AGENT, readReferenceHtml, REFERENCE_MD, ROOT } from './page.js';

const html = readReferenceHtml();
const data = island(html);
// prettier pads table cells; compare with runs of spaces collapsed.
const markdown = readFileSync(REFERENCE_MD, 'utf8').replace(/ {2,}/g, ' ');
const document = JSON.parse(readFileSync(join(ROOT, 'generated/openapi.json'), 'utf8'));

describe('generated/reference.html and reference.md', () => {
  it('carry the generated banner, and the page’s data island holds no `<` at all', () => {
    const banner = '<!-- generated from spec/ and overlays/ — do not edit. Regenerate with `npm run generate`. -->';
    expect(readFileSync(REFERENCE_MD, 'utf8').startsWith(`${banner}\n`)).toBe(true);
    expect(html.startsWith(`<!doctype html>\n${banner}\n`)).toBe(true);
    expect(islandText(html)).not.toContain('<');
  });

  it('list every operation of the operations table, with its metadata', () => {
    expect(data.operations.map((op) => op.id).sort()).toEqual([...operationIds].sort());
    for (const op of data.operations) {
      const meta = operations[op.id as OperationId];
      expect({ method: op.method, path: op.path, area: op.area, access: op.access, scopes: op.scopes, event: op.webhookEvent, source: op.source }, op.id).toEqual({
        method: meta.method,
        path: meta.path,
        area: meta.area,
        access: meta.access,
        scopes: meta.scopes,
        event: meta.webhookEvent,
        source: meta.source.url,
      });
      expect([...op.flags].sort(), op.id).toEqual([...meta.effect.flags].sort());
      expect(op.rateLimits).toHaveLength(meta.rateLimits.length);
      expect(op.since.startsWith(meta.since.version)).toBe(true);
    }
  });

  it('the Markdown has every section, each area with its count, and each method with its source link', () => {
    for (const heading of ['How to connect', 'Methods by area', 'Events', 'Rate limits', 'Pagination', 'Size limits', 'Status codes', 'Versioning']) {
      expect(markdown).toContain(`\n## ${heading}\n`);
    }
    for (const area of data.areas) {
      const count = operationIds.filter((id) => operations[id].area === area.name).length;
      expect(markdown).toContain(`\n### ${area.name} — ${count} method${count === 1 ? '' : 's'}\n`);
    }
    for (const id of operationIds) {
      const meta = operations[id];
      expect(markdown).toContain(`| [\`${id}\`](${meta.source.url}) | \`${meta.method} ${meta.path}\` |`);
    }
    for (const server of document.servers) expect(markdown).toContain(`\`${server.url}\``);
    expect(markdown).toContain('Company ceiling: **20 per second, for the company**');
  });

  it('status codes: the shared error responses, with the advice the runtime’s errors carry', () => {
    const shared = Object.values<any>(document.components.responses).map((r) => r.content['application/json'].example.error);
    expect(data.statusCodes.map((s) => s.status)).toEqual([400, 401, 403, 404, 409, 413, 429, 503]);
    for (const row of data.statusCodes) {
      const thrown = errorForStatus(row.status, undefined, {});
      expect({ advice: row.advice, errorClass: row.errorClass, retryable: row.retryable }, String(row.status)).toEqual({
        advice: thrown.advice,
        errorClass: thrown.constructor.name,
        retryable: thrown.retryable,
      });
      expect(row.code).toBe(shared.find((e) => e.code === row.status).reason);
      expect(markdown).toContain(`| ${row.status} | \`${row.code}\` | ${row.meaning} | ${row.advice} |`);
    }
  });

  it('every webhook event has its own description, how to subscribe and the methods that trigger it', () => {
    // Every event an operation triggers or a subscription can ask for.
    const subscribable = operationIds.map((id) => /^\/api\/v2\/subscriptions\/([a-z_]+)$/.exec(operations[id].path)?.[1]);
    const kinds = [...new Set([...operationIds.map((id) => operations[id].webhookEvent), ...subscribable].filter(Boolean))].sort();
    expect(data.events.map((e) => e.name).sort()).toEqual(kinds);
    for (const event of data.events) {
      expect(event.signals).toBe(EVENT_SIGNALS[event.name]);
      expect(event.subscribeWith.length, event.name).toBeGreaterThan(0);
      const row = markdown.split('\n').find((line) => line.startsWith(`| \`${event.name}\` |`));
      for (const id of operationIds.filter((id) => operations[id].webhookEvent === event.name)) expect(row).toContain(`\`${id}\``);
    }
  });
});

describe('renderAgentReference', () => {
  it('narrows the page to the agent’s operations and puts its name, grants and notes in the data', () => {
    const page = renderAgentReference(html, SUPPORT_AGENT);
    const narrowed = island(page);
    expect(narrowed.operations.map((op) => op.id).sort()).toEqual([...SUPPORT_AGENT.operationIds].sort());
    expect(narrowed.agent).toEqual({ name: SUPPORT_AGENT.agent, grants: SUPPORT_AGENT.grants, notes: SUPPORT_AGENT.notes, totalOperations: operationIds.length });
    expect(page).toContain(`<title>${data.title} · agent ${SUPPORT_AGENT.agent}</title>`);
    // Everything but the island and the title is the generated page, untouched.
    const strip = (text: string) => text.replace(islandText(text), '').replace(/<title>.*<\/title>/, '');
    expect(strip(page)).toBe(strip(html));
  });

  it('keeps the island one inert element whatever the name and notes hold', () => {
    const hostile = '</script><script>window.pwned = 1</script><!-- $& $1 \u2028';
    const page = renderAgentReference(html, { agent: hostile, grants: { calls: 'read' }, operationIds: ['calls.get'], notes: [hostile, '<!--'] });
    expect(islandText(page)).not.toMatch(/<\/script|<!--|</i);
    expect(page.match(/<script\b/g)).toHaveLength(html.match(/<script\b/g)!.length);
    const narrowed = island(page);
    expect(narrowed.agent?.name).toBe(hostile);
    expect(narrowed.agent?.notes).toEqual([hostile, '<!--']);
    expect(page).toContain('<title>Dialpad API v2 — reference for agents · agent &#60;/script&#62;&#60;script&#62;window.pwned = 1&#60;/script&#62;&#60;!-- $&#38; $1');
  });

  it('refuses an unknown operation, a page that is not the reference, and a page already narrowed', () => {
    expect(() => renderAgentReference(html, { agent: 'a', grants: {}, operationIds: ['calls.get', 'calls.launchRocket'] })).toThrow(/not in the reference: calls\.launchRocket/);
    expect(() => renderAgentReference('<html><body>hello</body></html>', SUPPORT_AGENT)).toThrow(/no <script id="reference-data">/);
    const once = renderAgentReference(html, SUPPORT_AGENT);
    expect(() => renderAgentReference(once, SUPPORT_AGENT)).toThrow(/already narrowed/);
  });
});

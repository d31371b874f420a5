import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listOperations } from '../../generator/extensions.js';
import { resolveRef } from '../../generator/model.js';
import { loadedDocument } from '../support/document.js';
import { ROOT } from '../support/prism.js';

const { document } = await loadedDocument();
const operations = listOperations(document);
const ERRORS = ['400', '401', '403', '404', '409', '429', '503'];

describe('every operation of the document', () => {
  it.each(operations.map((op) => [op.operation.operationId, op] as const))('%s declares its success answer with an example and the shared errors', (id, { operation }) => {
    const codes = Object.keys(operation.responses);
    const success = codes.find((code) => /^[23]/.test(code));
    expect(success, 'a 2xx or 3xx answer').toBeDefined();
    const media = resolveRef(document, operation.responses[success!])?.content?.['application/json'];
    if (media) expect(media.example ?? media.examples, `${id} ${success} example`).toBeDefined();
    for (const code of ERRORS) {
      expect(operation.responses[code]?.$ref, `${id} ${code}`).toMatch(/^#\/components\/responses\//);
      const schema = resolveRef(document, operation.responses[code]).content['application/json'].schema;
      expect(schema.$ref).toBe('#/components/schemas/Error');
    }
    expect(Boolean(operation.responses['413'])).toBe(id === 'sms.send');
    expect(operation.summary?.length).toBeGreaterThan(5);
    expect(operation.description?.length).toBeGreaterThan(40);
  });

  it('pages exactly where Dialpad’s answer is a page: takes `cursor` and answers { items, cursor }', () => {
    const reference = JSON.parse(readFileSync(join(ROOT, 'reference/dialpad/dialpad-api-v2.openapi.json'), 'utf8'));
    const answerProperties = (doc: any, operation: any) => {
      const ok = Object.keys(operation.responses ?? {}).find((code) => /^2/.test(code));
      const schema = resolveRef(doc, resolveRef(doc, operation.responses?.[ok ?? '']))?.content?.['application/json']?.schema;
      return Object.keys(resolveRef(doc, schema)?.properties ?? {});
    };
    const isPage = (keys: string[]) => keys.includes('items') && keys.includes('cursor');
    const pages = operations.filter(({ path, method }) => isPage(answerProperties(reference, reference.paths[path][method])));
    expect(pages.length).toBeGreaterThanOrEqual(35);
    for (const { operation, method } of operations) {
      const id = operation.operationId;
      const page = pages.some((p) => p.operation === operation);
      expect(isPage(answerProperties(document, operation)), `${id} answers a page`).toBe(page);
      if (!page) continue;
      expect(method, id).toBe('get');
      const names = (operation.parameters ?? []).map((p: unknown) => resolveRef<{ name: string }>(document, p).name);
      expect(names, `${id} takes a cursor`).toContain('cursor');
    }
  });

  it('has production and sandbox servers, bearer and OAuth (PKCE) security with every scope described', () => {
    expect(document.servers.map((s: { url: string }) => s.url)).toEqual(['https://dialpad.com', 'https://sandbox.dialpad.com']);
    const schemes = document.components.securitySchemes;
    expect(schemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const flow = schemes.oauth2.flows.authorizationCode;
    expect(flow.authorizationUrl).toMatch(/\/oauth2\/authorize$/);
    expect(flow.tokenUrl).toMatch(/\/oauth2\/token$/);
    expect(schemes.oauth2.description).toMatch(/PKCE \(S256\)/);
    const scopes = ['calls:list', 'ai_recap', 'screen_pop', 'message_content_export', 'message_content_export:all', 'recordings_export', 'offline_access', 'change_log', 'conference:read', 'conference:all', 'fax_message', 'agent_groups:read', 'digital_sessions'];
    expect(Object.keys(flow.scopes).sort()).toEqual([...scopes].sort());
    for (const scope of scopes) expect(flow.scopes[scope].length, scope).toBeGreaterThan(10);
    expect(schemes.apikeyQuery).toMatchObject({ type: 'apiKey', in: 'query', name: 'apikey' });
    expect(schemes.apikeyQuery.description).toMatch(/^Discouraged/);
    expect(document.security).toEqual([{ bearer: [] }, { oauth2: [] }]);
  });
});

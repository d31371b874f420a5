import { describe, expect, it } from 'vitest';
import { listOperations } from '../../generator/extensions.js';
import { resolveRef } from '../../generator/model.js';
import { loadedDocument } from '../support/document.js';

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

  it('pages every list operation with cursor and answers { items, cursor }', () => {
    const lists = operations.filter(({ method, operation }) => method === 'get' && /\.list/.test(operation.operationId));
    expect(lists.length).toBeGreaterThanOrEqual(11);
    for (const { operation } of lists) {
      const names = operation.parameters.map((p: unknown) => resolveRef<{ name: string }>(document, p).name);
      expect(names, operation.operationId).toContain('cursor');
      const schema = resolveRef(document, resolveRef(document, operation.responses['200']).content['application/json'].schema);
      expect(Object.keys(schema.properties).sort(), operation.operationId).toEqual(['cursor', 'items']);
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

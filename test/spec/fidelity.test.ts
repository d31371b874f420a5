import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadedDocument } from '../support/document.js';
import { compareWithReference, type Difference } from '../support/fidelity.js';
import { ROOT } from '../support/prism.js';

interface Deviation {
  operationId: string;
  at: string;
  match: string;
  reason: string;
}

const reference = JSON.parse(readFileSync(join(ROOT, 'reference/dialpad/dialpad-api-v2.openapi.json'), 'utf8'));
const deviations = parse(readFileSync(join(ROOT, 'spec/deviations.yaml'), 'utf8')) as Deviation[];
const covers = (d: Deviation, found: Difference) => (d.operationId === '*' || d.operationId === found.operationId) && (d.at === '*' || d.at === found.at) && found.what.includes(d.match);

describe('fidelity to Dialpad’s published description', async () => {
  const { document } = await loadedDocument();
  const differences = compareWithReference(document, reference);

  it('differs only where spec/deviations.yaml says so, with a reason', () => {
    const unexplained = differences.filter((found) => !deviations.some((d) => covers(d, found)));
    expect(unexplained.map((d) => `${d.operationId} ${d.at}: ${d.what}`)).toEqual([]);
    for (const d of deviations) expect(d.reason?.length, `${d.operationId} ${d.at}`).toBeGreaterThan(20);
  });

  it('lists no deviation that no longer happens', () => {
    const stale = deviations.filter((d) => !differences.some((found) => covers(d, found)));
    expect(stale.map((d) => `${d.operationId} ${d.at}: ${d.match}`)).toEqual([]);
  });

  it('catches a renamed parameter, a misspelled or missing field, a wrong type, format, default or required list, a changed enum, and an int64 answer typed as a number', () => {
    const broken = structuredClone(document);
    const list = broken.paths['/api/v2/users'].get;
    list.parameters = list.parameters.map((p: { name?: string }) => (p.name === 'email' ? { ...p, name: 'e_mail' } : p));
    const sms = broken.components.schemas.SendSmsRequest;
    sms.properties.textt = sms.properties.text;
    sms.properties.user_id = { type: 'string' };
    delete sms.properties.channel_hashtag;
    sms.properties.infer_country_code = { ...sms.properties.infer_country_code, default: true };
    sms.required = ['text'];
    broken.components.schemas.Call.properties.call_id = { type: ['integer', 'null'], format: 'int64' };
    sms.properties.text = { ...sms.properties.text, format: 'uri' };
    broken.paths['/oauth2/authorize'].get.parameters = broken.paths['/oauth2/authorize'].get.parameters.map((p: any) =>
      p.name === 'code_challenge_method' ? { ...p, schema: { type: 'string', enum: ['S256', 'S512'] } } : p,
    );
    const found = compareWithReference(broken, reference).map((d) => `${d.operationId} ${d.at}: ${d.what}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'users.list parameter query.e_mail: parameter not in the reference',
        'users.list parameter query.email: reference parameter missing',
        'sms.send body.textt: property not in the reference',
        'sms.send body.user_id: int64 typed string without format int64; requests take integer | string',
        'sms.send body.channel_hashtag: reference property missing',
        'sms.send body.infer_country_code: default true where the reference has false',
        'sms.send body: required [text] where the reference has []',
        'calls.get response.call_id: int64 typed integer; answers carry int64 as a string',
        'sms.send body.text: format uri where the reference has none',
        'oauth.authorize parameter query.code_challenge_method: enum values not in the reference: S512',
      ]),
    );
  });
});

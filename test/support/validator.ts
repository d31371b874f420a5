import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { OpenApiDocument } from '../../generator/bundle.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

/** Validates values against schemas of one OpenAPI document, `$ref`s resolved inside it. */
export function createValidator(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addKeyword('example');
  ajv.addSchema({ $id: 'doc.json', components: document.components ?? {} });
  const cache = new Map<string, ValidateFunction>();
  return (schema: unknown, value: unknown): string[] => {
    const key = JSON.stringify(schema);
    let validate = cache.get(key);
    if (!validate) {
      validate = ajv.compile(JSON.parse(key.replaceAll('"#/components/', '"doc.json#/components/')));
      cache.set(key, validate);
    }
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
  };
}

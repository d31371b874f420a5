import openapiTS, { astToString } from 'openapi-typescript';
import { TS_BANNER } from './banner.js';
import type { OpenApiDocument } from './bundle.js';

/** openapi-typescript types; fields with a default stay optional in request bodies. */
export async function emitSchema(document: OpenApiDocument): Promise<string> {
  const ast = await openapiTS(structuredClone(document) as any, {
    defaultNonNullable: false,
    alphabetize: false,
    silent: true,
  });
  return TS_BANNER + astToString(ast);
}

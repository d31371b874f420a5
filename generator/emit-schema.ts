import openapiTS, { astToString } from 'openapi-typescript';
import { TS_BANNER } from './banner.js';
import type { OpenApiDocument } from './bundle.js';
import type { FormatOptions } from './format-options.js';
import { printSchema } from './print-schema.js';

export interface EmittedSchema {
  text: string;
  /** Set when our printer met a construct it does not know and prettier formatted openapi-typescript's output. */
  fallback?: string;
  timings: Record<string, number>;
}

/**
 * openapi-typescript's types (fields with a default stay optional in request bodies), printed
 * straight from its syntax tree the way prettier would format them.
 */
export async function emitSchema(document: OpenApiDocument, options: FormatOptions): Promise<EmittedSchema> {
  const started = performance.now();
  const ast = await openapiTS(structuredClone(document) as any, {
    defaultNonNullable: false,
    alphabetize: false,
    silent: true,
  });
  const transformed = performance.now();
  const printed = printSchema(ast, options.printWidth);
  if ('text' in printed) {
    return {
      text: TS_BANNER + printed.text,
      timings: { 'schema.ts: openapi-typescript': transformed - started, 'schema.ts: print': performance.now() - transformed },
    };
  }
  const { format } = await import('prettier');
  const text = await format(TS_BANNER + astToString(ast), { ...options, filepath: 'schema.ts' });
  return {
    text,
    fallback: printed.unsupported,
    timings: { 'schema.ts: openapi-typescript': transformed - started, 'schema.ts: print + prettier (fallback)': performance.now() - transformed },
  };
}

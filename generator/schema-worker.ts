// schema.ts in a worker thread: openapi-typescript (with TypeScript and its own redocly) loads while
// the main thread bundles spec/ and applies overlays/, and transforms and prints while the main
// thread writes the other files. Started by startSchemaWorker (emit-schema.ts).
import { parentPort } from 'node:worker_threads';
import type { OpenApiDocument } from './bundle.js';
import { emitSchema, type EmittedSchema } from './emit-schema.js';
import type { FormatOptions } from './format-options.js';

const started = performance.now();
// Load now, before the document arrives.
await Promise.all([import('openapi-typescript'), import('./print-schema.js')]);
const loaded = performance.now() - started;

parentPort!.once('message', async ({ document, options }: { document: OpenApiDocument; options: FormatOptions }) => {
  try {
    const emitted: EmittedSchema = await emitSchema(document, options, { cloned: true });
    emitted.timings['schema.ts: load openapi-typescript + TypeScript'] = loaded;
    parentPort!.postMessage({ emitted });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) } });
  }
});

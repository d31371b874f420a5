import { TS_BANNER } from './banner.js';
import type { OpenApiDocument } from './bundle.js';
import type { FormatOptions } from './format-options.js';

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
export async function emitSchema(document: OpenApiDocument, options: FormatOptions, { cloned = false } = {}): Promise<EmittedSchema> {
  const loading = performance.now();
  // openapi-typescript brings TypeScript and its own redocly: loaded here, so the timings show it.
  const [{ default: openapiTS, astToString }, { printSchema }] = await Promise.all([import('openapi-typescript'), import('./print-schema.js')]);
  const started = performance.now();
  // openapi-typescript changes the document it is given.
  const ast = await openapiTS((cloned ? document : structuredClone(document)) as any, {
    defaultNonNullable: false,
    alphabetize: false,
    silent: true,
  });
  const transformed = performance.now();
  const printed = printSchema(ast, options.printWidth);
  if ('text' in printed) {
    return {
      text: TS_BANNER + printed.text,
      timings: {
        'schema.ts: load openapi-typescript + TypeScript': started - loading,
        'schema.ts: openapi-typescript': transformed - started,
        'schema.ts: print': performance.now() - transformed,
      },
    };
  }
  const { format } = await import('prettier');
  const text = await format(TS_BANNER + astToString(ast), { ...options, filepath: 'schema.ts' });
  return {
    text,
    fallback: printed.unsupported,
    timings: {
      'schema.ts: load openapi-typescript + TypeScript': started - loading,
      'schema.ts: openapi-typescript': transformed - started,
      'schema.ts: print + prettier (fallback)': performance.now() - transformed,
    },
  };
}

export interface SchemaWorker {
  /** Sends the document (a copy: the worker gets its own) and resolves with schema.ts. */
  emit(document: OpenApiDocument, options: FormatOptions): Promise<EmittedSchema>;
  /** Stops it, e.g. when loading the document failed. */
  stop(): void;
}

/**
 * A worker thread that starts loading openapi-typescript at once, so that loading it (the largest
 * single cost of a run) overlaps with bundling spec/, and transforming with writing the other files.
 */
export async function startSchemaWorker(): Promise<SchemaWorker> {
  const { Worker } = await import('node:worker_threads');
  // Run by tsx (generator/*.ts) or from the transpiled build (generator/run.mjs): the worker is beside us.
  const typescript = import.meta.url.endsWith('.ts');
  const file = new URL(`./schema-worker.${typescript ? 'ts' : 'js'}`, import.meta.url);
  // Under tsx (tests, `tsx generator/cli.ts`), the worker registers tsx itself: workers do not inherit it.
  const worker = typescript
    ? new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}); });`, {
        eval: true,
      })
    : new Worker(file);
  const answer = new Promise<EmittedSchema>((resolve, reject) => {
    worker.once('message', (message: { emitted?: EmittedSchema; error?: { message: string; stack?: string } }) => {
      if (message.emitted) resolve(message.emitted);
      else reject(Object.assign(new Error(message.error?.message), { stack: message.error?.stack }));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the schema.ts worker stopped (exit ${code}) before answering`)));
  });
  answer.catch(() => {});
  return {
    emit(document, options) {
      worker.postMessage({ document, options });
      return answer;
    },
    stop() {
      void worker.terminate();
    },
  };
}

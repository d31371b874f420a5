import { readFileSync } from 'node:fs';
import { BANNER_TEXT } from './banner.js';
import { formatJson } from './prettier-print.js';
import type { OpenApiDocument } from './bundle.js';
import { formatOptions } from './format-options.js';
import { emitAreaModules, emitCaller } from './emit-areas.js';
import { buildFixtures, emitFixtures } from './emit-fixtures.js';
import { emitOperations } from './emit-operations.js';
import { emitReference } from './emit-reference.js';
import { emitSchema, type EmittedSchema, type SchemaWorker } from './emit-schema.js';
import { emitToolSchemas } from './emit-tool-schemas.js';
import { GRANTABLE_AREAS } from './extensions.js';
import { loadDocument } from './load.js';
import { buildModel, splitOperationId, type OperationModel } from './model.js';
import { listOperations } from './extensions.js';
import { SpecError } from './spec-error.js';

export interface GenerateResult {
  /** Relative path inside the output folder → file content. */
  files: Map<string, string>;
  operations: OperationModel[];
  warnings: string[];
  /** Milliseconds per step of this run, for `npm run bench:generate`. */
  timings: Record<string, number>;
  /** Files our printers could not write in prettier's form, formatted by prettier itself instead (and why). */
  formattedByPrettier: Map<string, string>;
}

export interface GenerateOptions {
  /** An already-bundled OpenAPI file to generate from (no overlays; metadata derived where missing). */
  input?: string;
  /**
   * Make schema.ts in this worker thread (startSchemaWorker), alongside the rest — the command line
   * does: loading openapi-typescript then overlaps with loading the spec. Same output either way.
   */
  schemaWorker?: SchemaWorker;
}

async function readInput(file: string): Promise<OpenApiDocument> {
  const text = readFileSync(file, 'utf8');
  try {
    return file.endsWith('.json') ? JSON.parse(text) : (await import('yaml')).parse(text);
  } catch (cause) {
    throw new SpecError({ file, message: `cannot parse: ${(cause as Error).message}` });
  }
}

/**
 * A foreign description (no overlays) gets operationIds of our dotted form, derived from its own
 * (`users.initiate_call` → `users.initiateCall`), so that types and methods line up.
 */
function withOurOperationIds(document: OpenApiDocument, warnings: string[]): OpenApiDocument {
  const copy = structuredClone(document);
  const used = new Set<string>();
  for (const { path, method, operation } of listOperations(copy)) {
    const original = operation.operationId ?? `${path.split('/').filter(Boolean).pop()}.${method}`;
    let id = splitOperationId(original).join('.');
    for (let n = 2; used.has(id); n++) id = `${splitOperationId(original).join('.')}${n}`;
    if (id !== original) warnings.push(`${original}: renamed to ${id}`);
    used.add(id);
    operation.operationId = id;
  }
  return copy;
}

/**
 * Renders every file of generated/ in memory, in the form prettier gives it — written that way by
 * our printers, not formatted afterwards (prettier itself only for what they do not know; tests hold
 * every file a fixed point of prettier). Writing or comparing is the caller's job.
 */
export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const timings: Record<string, number> = {};
  let mark = performance.now();
  const lap = (label: string) => {
    const now = performance.now();
    timings[label] = (timings[label] ?? 0) + (now - mark);
    mark = now;
  };
  const worker = options.schemaWorker;
  try {
    return await render(options, worker, timings, lap, () => (mark = performance.now()));
  } catch (error) {
    worker?.stop();
    throw error;
  }
}

async function render(
  options: GenerateOptions,
  worker: SchemaWorker | undefined,
  timings: Record<string, number>,
  lap: (label: string) => void,
  restart: () => void,
): Promise<GenerateResult> {
  let document: OpenApiDocument;
  const warnings: string[] = [];
  if (options.input) {
    document = withOurOperationIds(await readInput(options.input), warnings);
    lap('load: --input');
  } else {
    const loaded = await loadDocument();
    document = loaded.document;
    warnings.push(...loaded.warnings);
    Object.assign(timings, loaded.timings);
    restart();
  }
  const model = buildModel(document, { deriveMissing: Boolean(options.input) });
  warnings.push(...model.warnings);
  const { operations } = model;
  const format = formatOptions();
  const width = format.printWidth;
  lap('model');

  const files = new Map<string, string>();
  const formattedByPrettier = new Map<string, string>();
  const schema: Promise<EmittedSchema> = worker ? worker.emit(document, format) : emitSchema(document, format);
  if (!worker) await schema;
  lap(worker ? 'schema.ts: hand the document to the worker' : 'schema.ts');
  files.set('operations.ts', emitOperations(operations, document.info?.['x-dialpad-company-rate-limit'], GRANTABLE_AREAS, format));
  files.set('caller.ts', emitCaller());
  files.set('tool-schemas.ts', emitToolSchemas(document, format));
  files.set('fixtures/index.ts', emitFixtures(buildFixtures(operations, warnings), format));
  lap('tables (operations, tool schemas, fixtures)');
  const areas = emitAreaModules(operations, format);
  for (const [name, content] of areas.files) files.set(name, content);
  if (areas.unformatted.size) {
    const prettier = await import('prettier');
    for (const name of areas.unformatted) {
      files.set(name, await prettier.format(files.get(name)!, { ...format, filepath: name }));
      formattedByPrettier.set(name, 'a line too long for the forms the generator writes');
    }
  }
  lap('areas + operation types');
  for (const [name, content] of emitReference(document, operations, width)) files.set(name, content);
  lap('reference (md, html)');
  // The document is data: our printer gives prettier's exact output.
  files.set('openapi.json', formatJson({ ...document, 'x-generated': BANNER_TEXT }, width));
  lap('openapi.json');
  const emitted = await schema;
  files.set('schema.ts', emitted.text);
  if (emitted.fallback) formattedByPrettier.set('schema.ts', emitted.fallback);
  if (worker) {
    lap('schema.ts: wait for the worker');
    for (const [step, ms] of Object.entries(emitted.timings)) timings[`${step} (worker)`] = ms;
  } else {
    delete timings['schema.ts'];
    Object.assign(timings, emitted.timings);
  }
  const sorted = new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
  return { files: sorted, operations, warnings, timings, formattedByPrettier };
}

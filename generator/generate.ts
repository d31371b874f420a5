import { readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { parse as parseYaml } from 'yaml';
import { BANNER_TEXT } from './banner.js';
import { formatJson, formatTsLiteral } from './prettier-print.js';
import type { OpenApiDocument } from './bundle.js';
import { emitAreaModules, emitCaller } from './emit-areas.js';
import { buildFixtures, emitFixtures } from './emit-fixtures.js';
import { emitOperations } from './emit-operations.js';
import { emitReference } from './emit-reference.js';
import { emitSchema } from './emit-schema.js';
import { emitToolSchemas } from './emit-tool-schemas.js';
import { GRANTABLE_AREAS } from './extensions.js';
import { loadDocument, PROJECT_ROOT } from './load.js';
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
}

export interface GenerateOptions {
  /** An already-bundled OpenAPI file to generate from (no overlays; metadata derived where missing). */
  input?: string;
}

function readInput(file: string): OpenApiDocument {
  const text = readFileSync(file, 'utf8');
  try {
    return file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
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

/** Renders every file of generated/ in memory, formatted; writing or comparing is the caller's job. */
export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  let document: OpenApiDocument;
  const warnings: string[] = [];
  if (options.input) {
    document = withOurOperationIds(readInput(options.input), warnings);
  } else {
    const loaded = await loadDocument();
    document = loaded.document;
    warnings.push(...loaded.warnings);
  }
  const model = buildModel(document, { deriveMissing: Boolean(options.input) });
  warnings.push(...model.warnings);
  const { operations } = model;

  const config = (await resolveConfig(`${PROJECT_ROOT}/generated/operations.ts`)) ?? {};

  const served = { ...document, 'x-generated': BANNER_TEXT };
  const files = new Map<string, string>();
  const timings: Record<string, number> = {};
  let mark = performance.now();
  const lap = (label: string) => {
    const now = performance.now();
    timings[label] = (timings[label] ?? 0) + (now - mark);
    mark = now;
  };
  files.set('schema.ts', await emitSchema(document));
  lap('openapi-typescript');
  const tables = new Map<string, unknown>();
  const table = (name: string, emitted: { text: string; data: unknown }) => {
    files.set(name, emitted.text);
    tables.set(name, emitted.data);
  };
  table('operations.ts', emitOperations(operations, document.info?.['x-dialpad-company-rate-limit'], GRANTABLE_AREAS));
  files.set('caller.ts', emitCaller());
  table('tool-schemas.ts', emitToolSchemas(document));
  lap('tables');
  for (const [name, content] of emitAreaModules(operations)) files.set(name, content);
  lap('ts-morph (areas)');
  table('fixtures/index.ts', emitFixtures(buildFixtures(operations, warnings)));
  for (const [name, content] of emitReference(document, operations)) files.set(name, content);
  lap('fixtures + reference');

  const width = config.printWidth ?? 80;
  // The document is data: our printer gives prettier's exact output, ~20× faster.
  files.set('openapi.json', formatJson(served, width));
  const formatted = new Map<string, string>();
  for (const [name, content] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    let text = name === 'openapi.json' ? content : await format(content, { ...config, filepath: name });
    // Data tables: prettier formats the code around a placeholder, our printer the data itself.
    if (tables.has(name)) text = text.replace('__DATA__', () => formatTsLiteral(tables.get(name), width));
    formatted.set(name, text);
    lap(name === 'schema.ts' ? 'prettier: schema.ts' : name.startsWith('reference.') ? 'prettier: reference.*' : 'prettier: the rest');
  }
  return { files: formatted, operations, warnings, timings };
}

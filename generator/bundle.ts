import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SpecError, SpecErrors } from './spec-error.js';
import { displayPath, readYamlSource, type YamlSource } from './yaml-source.js';

export type OpenApiDocument = Record<string, any>;

function pointerToPath(pointer: string): string[] {
  return pointer
    .replace(/^#?\/?/, '')
    .split('/')
    .filter((part) => part !== '')
    .map((part) => decodeURIComponent(part).replaceAll('~1', '/').replaceAll('~0', '~'));
}

/**
 * Resolves the multi-file spec into one document whose `$ref`s all point inside it.
 * Only when something is wrong are the files read again with our YAML reader — it names file and
 * line of a syntax error, and the line of each problem — so that a good spec is parsed once.
 */
export async function bundleSpec(rootFile: string): Promise<OpenApiDocument> {
  // Loaded when needed (it is big): `--input` runs never load it.
  const { bundle, createConfig } = await import('@redocly/openapi-core');
  // No argument: the same empty config as `{}` (equal resolvedConfig), without type-checking `{}`
  // against redocly's config types — 3 s of the project's type-check.
  const config = await createConfig();
  const result = await bundle({ ref: resolve(rootFile), config, dereference: false });
  const problems = result.problems.filter((p) => p.severity === 'error');
  if (problems.length === 0) return result.bundle.parsed as OpenApiDocument;

  const specDir = resolve(rootFile, '..');
  const sources = new Map<string, YamlSource>();
  // A malformed file throws here, naming file and line.
  for (const name of readdirSync(specDir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const file = join(specDir, name);
    sources.set(resolve(file), readYamlSource(file));
  }
  const errors = problems.map((problem) => {
    const location = problem.location[0];
    const absolute = location?.source.absoluteRef ?? rootFile;
    const source = sources.get(resolve(absolute));
    const line = location && source ? source.lineOf(pointerToPath(location.pointer ?? '')) : undefined;
    return new SpecError({
      file: displayPath(absolute),
      line,
      message: problem.message,
      hint: problem.message.includes("Can't resolve") ? 'check the $ref target file and JSON pointer' : undefined,
    });
  });
  throw errors.length === 1 ? errors[0] : new SpecErrors(errors);
}

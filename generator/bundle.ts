import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundle, createConfig } from '@redocly/openapi-core';
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
 * Every file is parsed first with our YAML reader, so a syntax error names file and line.
 */
export async function bundleSpec(rootFile: string): Promise<OpenApiDocument> {
  const specDir = resolve(rootFile, '..');
  const sources = new Map<string, YamlSource>();
  for (const name of readdirSync(specDir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const file = join(specDir, name);
    sources.set(resolve(file), readYamlSource(file));
  }

  const config = await createConfig({});
  const result = await bundle({ ref: resolve(rootFile), config, dereference: false });
  const errors = result.problems
    .filter((p) => p.severity === 'error')
    .map((problem) => {
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
  if (errors.length > 0) throw errors.length === 1 ? errors[0] : new SpecErrors(errors);
  return result.bundle.parsed as OpenApiDocument;
}

import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleSpec, type OpenApiDocument } from './bundle.js';
import { checkOperationMetadata } from './extensions.js';
import { applyOverlay } from './overlay.js';
import { SpecError } from './spec-error.js';
import { displayPath, readYamlSource } from './yaml-source.js';

export interface LoadOptions {
  /** Root of the spec; default spec/openapi.yaml. */
  root?: string;
  /** Folder of overlays, applied in file-name order (NN-name.yaml); default overlays/. */
  overlaysDir?: string;
}

export interface LoadedDocument {
  document: OpenApiDocument;
  overlays: string[];
  warnings: string[];
  /** Milliseconds per step. */
  timings: Record<string, number>;
}

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');

/** The overlay files of a folder, in the order they apply: by their two-digit prefix. */
export function overlayFiles(dir: string): string[] {
  const names = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort();
  for (const name of names) {
    if (!/^\d{2}-[a-z0-9-]+\.ya?ml$/.test(name)) {
      throw new SpecError({ file: displayPath(join(dir, name)), message: 'overlay file names must start with a two-digit order, e.g. 60-something.yaml' });
    }
  }
  return names.map((name) => join(dir, name));
}

/** spec/ bundled + overlays applied + checked: the one document everything is generated from. */
export async function loadDocument(options: LoadOptions = {}): Promise<LoadedDocument> {
  const root = resolve(options.root ?? join(PROJECT_ROOT, 'spec/openapi.yaml'));
  const overlaysDir = resolve(options.overlaysDir ?? join(PROJECT_ROOT, 'overlays'));
  const started = performance.now();
  const document = await bundleSpec(root);
  const bundled = performance.now();
  // Overlays parsed by redocly's YAML parser (loaded already, and much faster than ours); ours only
  // for line numbers when an overlay has something to report.
  const { parseYaml } = await import('@redocly/openapi-core');
  const applied: string[] = [];
  for (const file of overlayFiles(overlaysDir)) {
    applyOverlay(document, readYamlSource(file, (text) => parseYaml(text)));
    applied.push(displayPath(file));
  }
  const overlaid = performance.now();
  const warnings = checkOperationMetadata(document, { requireOverlays: true });
  const timings = {
    'load: bundle spec/ (redocly, loaded on first use)': bundled - started,
    'load: overlays/': overlaid - bundled,
    'load: check metadata': performance.now() - overlaid,
  };
  return { document, overlays: applied, warnings, timings };
}

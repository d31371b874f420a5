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
  const document = await bundleSpec(root);
  const applied: string[] = [];
  for (const file of overlayFiles(overlaysDir)) {
    applyOverlay(document, readYamlSource(file));
    applied.push(displayPath(file));
  }
  const warnings = checkOperationMetadata(document, { requireOverlays: true });
  return { document, overlays: applied, warnings };
}

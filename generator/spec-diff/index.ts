import { resolve } from 'node:path';
import { diffDocuments, type DiffReport } from './diff.js';
import { loadSide } from './sources.js';

export { bumpCovers, bumpFor, IMPACTS, type Bump, type Change, type Impact } from './change.js';
export { diffDocuments, type DiffReport } from './diff.js';
export { NotOpenApiError, SpecDiffError, SpecLoadError, UnknownRefError, UnreadableFileError } from './errors.js';
export { formatJson, formatMarkdown, formatText, summaryLine } from './format.js';
export { loadSide, type DiffSide } from './sources.js';

export interface DiffSpecsOptions {
  /** Where git refs are looked up; default this project. */
  repoDir?: string;
}

/** Each side a git ref, a project folder (spec/ + overlays/) or an OpenAPI file. */
export async function diffSpecs(oldArg: string, newArg: string, options: DiffSpecsOptions = {}): Promise<DiffReport> {
  const repoDir = options.repoDir ?? resolve(import.meta.dirname, '..', '..');
  const [before, after] = await Promise.all([loadSide(oldArg, { repoDir }), loadSide(newArg, { repoDir })]);
  return diffDocuments(before.document, after.document, { old: before.label, new: after.label });
}

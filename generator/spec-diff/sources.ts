import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { OpenApiDocument } from '../bundle.js';
import { NotOpenApiError, SpecLoadError, UnknownRefError, UnreadableFileError } from './errors.js';
import { git, resolveCommit } from './git.js';

/** One side of a diff: where it came from and the document it stands for. */
export interface DiffSide {
  /** The argument as given (file, folder or ref), with the commit for a ref. */
  label: string;
  kind: 'file' | 'folder' | 'ref';
  document: OpenApiDocument;
}

export interface LoadSideOptions {
  /** The git repository refs are looked up in. */
  repoDir: string;
}

/**
 * A file is an OpenAPI document (JSON or YAML); a folder is a project with spec/openapi.yaml and
 * overlays/ (`.` is the working tree); anything else must be a git ref, whose spec/ and overlays/
 * are loaded exactly as `npm run generate` would load them.
 */
export async function loadSide(arg: string, options: LoadSideOptions): Promise<DiffSide> {
  const full = resolve(arg);
  const stats = statOrUndefined(full);
  if (stats?.isFile()) return { label: arg, kind: 'file', document: await loadOpenApiFile(full, arg) };
  if (stats?.isDirectory()) return { label: arg, kind: 'folder', document: await loadProjectFolder(full, arg) };
  if (/\.(json|ya?ml)$/i.test(arg)) throw new UnreadableFileError(arg, 'no such file');
  const commit = resolveCommit(options.repoDir, arg);
  if (!commit) throw new UnknownRefError(arg, options.repoDir);
  return {
    label: `${arg} (${commit.slice(0, 10)})`,
    kind: 'ref',
    document: await loadRef(arg, commit, options.repoDir),
  };
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

export async function loadOpenApiFile(file: string, shown: string): Promise<OpenApiDocument> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new UnreadableFileError(shown, (cause as NodeJS.ErrnoException).code ?? 'read error', { cause });
  }
  let parsed: unknown;
  try {
    // JSON.parse is an order of magnitude faster than the YAML parser on multi-megabyte descriptions.
    parsed = text.trimStart().startsWith('{') ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 1000 });
  } catch (cause) {
    throw new UnreadableFileError(
      shown,
      `malformed ${text.trimStart().startsWith('{') ? 'JSON' : 'YAML'}: ${(cause as Error).message.split('\n')[0]}`,
      { cause },
    );
  }
  const document = checkOpenApi(parsed, shown);
  if (hasExternalRefs(document)) {
    try {
      const { bundleSpec } = await import('../bundle.js');
      return checkOpenApi(await bundleSpec(file), shown);
    } catch (cause) {
      throw new SpecLoadError(shown, (cause as Error).message, { cause });
    }
  }
  return document;
}

function checkOpenApi(parsed: unknown, shown: string): OpenApiDocument {
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new NotOpenApiError(shown, 'not a JSON/YAML object');
  const document = parsed as OpenApiDocument;
  if (typeof document.swagger === 'string') throw new NotOpenApiError(shown, `it is Swagger ${document.swagger}`);
  if (typeof document.openapi !== 'string') throw new NotOpenApiError(shown, 'no `openapi` version field');
  if (!/^3\.[01]\.\d+/.test(document.openapi))
    throw new NotOpenApiError(shown, `openapi ${document.openapi} is not 3.0 or 3.1`);
  if (document.paths !== undefined && (typeof document.paths !== 'object' || document.paths === null))
    throw new NotOpenApiError(shown, '`paths` is not an object');
  return document;
}

function hasExternalRefs(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasExternalRefs);
  if (!value || typeof value !== 'object') return false;
  for (const [key, child] of Object.entries(value)) {
    if (key === '$ref' && typeof child === 'string' && !child.startsWith('#')) return true;
    if (hasExternalRefs(child)) return true;
  }
  return false;
}

/** A project folder: spec/openapi.yaml bundled, then overlays/ applied when the folder has them. */
export async function loadProjectFolder(
  dir: string,
  shown: string,
  rewritePaths?: (message: string) => string,
): Promise<OpenApiDocument> {
  const root = join(dir, 'spec', 'openapi.yaml');
  if (!existsSync(root)) throw new NotOpenApiError(shown, 'no spec/openapi.yaml');
  const overlaysDir = join(dir, 'overlays');
  try {
    // Loaded on demand: the bundler takes a second to import, and two OpenAPI files do not need it.
    if (existsSync(overlaysDir))
      return (await (await import('../load.js')).loadDocument({ root, overlaysDir })).document;
    return await (await import('../bundle.js')).bundleSpec(root);
  } catch (cause) {
    const message = (cause as Error).message;
    throw new SpecLoadError(shown, rewritePaths ? rewritePaths(message) : message, { cause });
  }
}

/** spec/ and overlays/ as committed at a ref, extracted to a temporary folder and loaded. */
async function loadRef(ref: string, commit: string, repoDir: string): Promise<OpenApiDocument> {
  const present = git(repoDir, ['ls-tree', '--name-only', commit, '--', 'spec/openapi.yaml', 'overlays']);
  if (!present.stdout.split('\n').includes('spec/openapi.yaml'))
    throw new NotOpenApiError(ref, 'no spec/openapi.yaml at that commit');
  const paths = present.stdout.split('\n').includes('overlays') ? ['spec', 'overlays'] : ['spec'];
  const archive = git(repoDir, ['archive', '--format=tar', commit, '--', ...paths], { binary: true });
  if (!archive.ok) throw new SpecLoadError(ref, `git archive failed: ${archive.stderr}`);
  const tmp = mkdtempSync(join(tmpdir(), 'spec-diff-'));
  try {
    const untar = spawnSync('tar', ['-x', '-C', tmp], { input: archive.raw });
    if (untar.status !== 0)
      throw new SpecLoadError(ref, `tar failed: ${untar.stderr?.toString() ?? untar.error?.message}`);
    return await loadProjectFolder(tmp, ref, (message) => message.replaceAll(`${tmp}/`, `${ref}:`));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

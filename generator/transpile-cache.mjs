// TypeScript sources run by plain node: each module reachable from the entry points is transpiled
// (TypeScript's transpileModule: types stripped, nothing checked — `npm run typecheck` does that)
// into a build folder that mirrors the source folder, whenever its text changed since the last run.
// A run therefore always executes the current sources. tsx would transpile the same way, but it
// also stands in front of every import of every dependency, and starts a second process: that costs
// more than many a whole run (a CLI command, the generation).
//
// Used by `npm run generate` (generator/run.mjs) and, in a checkout, by the bollard-dialpad command.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

function list(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? list(full) : [full];
  });
}

/** The modules the entry points need: their relative imports, followed. */
function reachable(roots) {
  const found = new Set();
  const visit = (file) => {
    // (A specifier in a string that only looks like an import — generated code — names no file.)
    if (found.has(file) || !existsSync(file)) return;
    found.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, specifier] of text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)\.js'/g)) visit(join(dirname(file), `${specifier}.ts`));
  };
  roots.forEach(visit);
  return [...found];
}

/** Written whole or not at all: another run may be reading the build at the same time. */
function writeAtomically(file, content) {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

/**
 * Brings `build` up to date with the sources under `sourceRoot` that `entries` reach (plus the
 * files the `assets` filter picks under `sourceRoot`, copied as they are), and returns the path of
 * each entry's transpiled module. `typescript` is the folder of the TypeScript package to use.
 */
export async function transpiled({ sourceRoot, build, entries, assets, typescript }) {
  const manifestFile = join(build, 'manifest.json');
  let manifest = {};
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    manifest = {};
  }
  // The transpiler's version is part of what a build depends on.
  const typescriptVersion = JSON.parse(readFileSync(join(typescript, 'package.json'), 'utf8')).version;
  if (manifest.typescript !== typescriptVersion) manifest = {};
  const files = [...reachable(entries), ...(assets ? list(sourceRoot).filter(assets) : [])];
  const next = { typescript: typescriptVersion };
  let ts;
  for (const file of files) {
    const path = relative(sourceRoot, file);
    const text = readFileSync(file, 'utf8');
    const hash = createHash('sha256').update(text).digest('hex');
    next[path] = hash;
    const target = join(build, path.replace(/\.ts$/, '.js'));
    if (manifest[path] === hash && existsSync(target)) continue;
    if (file.endsWith('.ts')) {
      ts ??= (await import(pathToFileURL(join(typescript, 'lib/typescript.js')).href)).default;
      const output = ts.transpileModule(text, {
        fileName: file,
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, isolatedModules: true, sourceMap: false },
      }).outputText;
      writeAtomically(target, output);
    } else {
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(file, target);
    }
  }
  for (const path of Object.keys(manifest)) {
    if (!(path in next) && path !== 'typescript') rmSync(join(build, path.replace(/\.ts$/, '.js')), { force: true });
  }
  if (JSON.stringify(next) !== JSON.stringify(manifest)) writeAtomically(manifestFile, `${JSON.stringify(next, null, 2)}\n`);
  return entries.map((entry) => join(build, relative(sourceRoot, entry).replace(/\.ts$/, '.js')));
}

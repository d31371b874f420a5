#!/usr/bin/env node
// The `bollard-dialpad` command, committed with its run bit so that it works before any build.
// Installed from the package (which ships dist/ and no src/), it runs the built CLI. In a checkout
// (src/cli.ts present) it runs the TypeScript source, transpiled into .cli-build/ whenever a file
// changed (generator/transpile-cache.mjs): the command works right after `npm ci`, and a dist/ left
// over from an older build is never what runs.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

if (existsSync(`${root}src/cli.ts`)) {
  const typescript = `${root}node_modules/typescript`;
  if (!existsSync(`${typescript}/package.json`)) {
    // A checkout without its dev dependencies: say what to do rather than print a resolver stack.
    process.stderr.write('bollard-dialpad: this checkout runs the TypeScript source, which needs its dev dependencies (TypeScript): run `npm ci` first\n');
    process.exit(2);
  }
  const { transpiled } = await import('../generator/transpile-cache.mjs');
  const [cli] = await transpiled({ sourceRoot: root, build: `${root}.cli-build`, entries: [`${root}src/cli.ts`], typescript });
  await import(pathToFileURL(cli).href);
} else {
  await import('../dist/src/cli.js');
}

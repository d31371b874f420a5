#!/usr/bin/env node
// The `bollard-dialpad` command, committed with its run bit so that it works before any build.
// Installed from the package (which ships dist/ and no src/), it runs the built CLI. In a checkout
// (src/cli.ts present) it runs the TypeScript source through tsx: the command works right after
// `npm ci`, and a dist/ left over from an older build is never what runs.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli.ts', import.meta.url);

if (existsSync(source)) {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    // A checkout without its dev dependencies: say what to do rather than print a resolver stack.
    process.stderr.write('bollard-dialpad: this checkout runs the TypeScript source through tsx, which is not installed: run `npm ci` first\n');
    process.exit(2);
  }
  register();
  await import(source.href);
} else {
  await import('../dist/src/cli.js');
}

/**
 * The README's TypeScript blocks as a downstream project has them: each block one module of a
 * project that installed the packed package, compiled by tsc (strict, as `tsc --init` sets a
 * project up: skipLibCheck on) and, for blocks marked ```ts run, run by node with only loopback
 * reachable. The package's own .d.ts files are checked with skipLibCheck off by the consumer test:
 * here that would also check fastify's, msw's and Prism's (800 files, 16 s of a 20 s tsc run).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Block } from './markdown.js';
import { ROOT } from '../support/prism.js';

const run = promisify(execFile);

export const RUN_FLAG = 'run';
const LOOPBACK_ONLY = pathToFileURL(join(import.meta.dirname, 'loopback-only.mjs')).href;

export const compilerOptions = {
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  strict: true,
  skipLibCheck: true,
  types: ['node'],
  lib: ['ES2023', 'DOM'],
  rootDir: '.',
  outDir: 'out',
};

export interface Snippet {
  block: Block;
  /** Relative to the project: `<folder>/block-<line>.ts`. */
  source: string;
  /** Relative to the project: what node runs. */
  output: string;
}

/**
 * Writes each ts block to `<app>/<folder>/block-<line>.ts`. `export {}` is appended so that a block
 * without imports is still a module (as a file of the reader's is).
 */
export function writeSnippets(app: string, folder: string, blocks: readonly Block[]): Snippet[] {
  mkdirSync(join(app, folder), { recursive: true });
  return blocks
    .filter((block) => block.lang === 'ts' || block.lang === 'typescript')
    .map((block) => {
      const source = `${folder}/block-${block.line}.ts`;
      writeFileSync(join(app, source), `${block.code}\nexport {};\n`);
      return { block, source, output: `out/${folder}/block-${block.line}.js` };
    });
}

export interface CompileProblem {
  /** The README line the error points at. */
  line: number;
  message: string;
}

/**
 * Compiles the snippets of several folders in one tsc run (loading the declarations is what takes
 * the time), and maps each error to its folder and README line.
 * tsc still writes the output of a folder whose neighbour has errors.
 */
export async function compileSnippets(app: string, folders: readonly string[]): Promise<Map<string, CompileProblem[]>> {
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: folders.map((f) => `${f}/*.ts`) }, null, 2));
  const problems = new Map<string, CompileProblem[]>(folders.map((f) => [f, []]));
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  try {
    await run(process.execPath, [tsc, '-p', 'tsconfig.json', '--pretty', 'false'], { cwd: app, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const out = `${(error as { stdout?: string }).stdout ?? ''}${(error as { stderr?: string }).stderr ?? ''}`;
    const snippet = /^([\w-]+)\/block-(\d+)\.ts\((\d+),\d+\): (error TS\d+: .*)$/;
    const lines = out.split('\n').filter((line) => /error TS\d+/.test(line));
    for (const line of lines) {
      const match = snippet.exec(line);
      if (match && problems.has(match[1]!)) problems.get(match[1]!)!.push({ line: Number(match[2]) + Number(match[3]) - 1, message: match[4]! });
      // An error outside the snippets (a bad .d.ts in the package, a broken install) fails every folder.
      else for (const list of problems.values()) list.push({ line: 0, message: line });
    }
    if (!lines.length) for (const list of problems.values()) list.push({ line: 0, message: out.trim() || (error as Error).message });
  }
  return problems;
}

export interface SnippetRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a compiled snippet with node in the project folder; a connection beyond loopback ends it (exit 97). */
export function runSnippet(app: string, snippet: Snippet, env: Record<string, string>): Promise<SnippetRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', LOOPBACK_ONLY, snippet.output],
      { cwd: app, env: { ...process.env, ...env }, timeout: 90_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

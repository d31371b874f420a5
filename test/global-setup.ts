import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startPrism, type RunningPrism } from './support/prism.js';

declare module 'vitest' {
  export interface ProvidedContext {
    prismUrl: string;
    /** A folder for this run only: the packed tarball the consumer tests share (support/packed.ts). */
    packDir: string;
  }
}

let prism: RunningPrism | undefined;
let packDir: string | undefined;

/** One Prism for the whole run, served from the very document the client is generated from. */
export async function setup(project: TestProject): Promise<void> {
  packDir = mkdtempSync(join(tmpdir(), 'bollard-pack-'));
  project.provide('packDir', packDir);
  prism = await startPrism();
  project.provide('prismUrl', prism.url);
}

export async function teardown(): Promise<void> {
  await prism?.stop();
  if (packDir) rmSync(packDir, { recursive: true, force: true });
}

import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startPrism, type RunningPrism } from './support/prism.js';

declare module 'vitest' {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

let prism: RunningPrism | undefined;

/** One Prism for the whole run, served from the very document the client is generated from. */
export async function setup(project: TestProject): Promise<void> {
  prism = await startPrism();
  project.provide('prismUrl', prism.url);
}

export async function teardown(): Promise<void> {
  await prism?.stop();
}

import { join } from 'node:path';
import { startMockServer, type RunningMockServer } from '../../src/testing/mock-server.js';

export const ROOT = join(import.meta.dirname, '..', '..');

/** A port nobody listens on right now (the mock's own helper: one implementation). */
export { freeLoopbackPort as freePort } from '../../src/testing/prism.js';

export type RunningPrism = RunningMockServer;

/**
 * Starts the mock every test uses: Prism on a document, behind the front of `startMockServer`
 * (listings end), on a free port; resolves once it accepts connections.
 */
export async function startPrism(document = join(ROOT, 'generated/openapi.json'), options: { log?: (line: string) => void } = {}): Promise<RunningPrism> {
  return startMockServer({ port: 0, host: '127.0.0.1', document, ...(options.log ? { log: options.log } : {}) });
}

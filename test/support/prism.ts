import { createServer } from 'node:net';
import { join } from 'node:path';
import { startMockServer, type RunningMockServer } from '../../src/testing/mock-server.js';

export const ROOT = join(import.meta.dirname, '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export type RunningPrism = RunningMockServer;

/**
 * Starts the mock every test uses: Prism on a document, behind the front of `startMockServer`
 * (listings end), on a free port; resolves once it accepts connections.
 */
export async function startPrism(document = join(ROOT, 'generated/openapi.json'), options: { log?: (line: string) => void } = {}): Promise<RunningPrism> {
  return startMockServer({ port: 0, host: '127.0.0.1', document, ...(options.log ? { log: options.log } : {}) });
}

/**
 * Prism as a child process: found in the user's project (it is an optional peer, not a
 * dependency), started on the packaged document, waited for by TCP connect, and stopped for good.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect, createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PACKAGE_NAME = '@bollard/dialpad';

/**
 * The folder of this package: found by walking up from this module, so it is the same from source
 * (src/testing/) and from the build (dist/src/testing/), in this repository or in node_modules.
 */
export function packageRoot(from = import.meta.dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE_NAME) return dir;
    if (dirname(dir) === dir) throw new Error(`cannot find the folder of ${PACKAGE_NAME} above ${from}`);
  }
}

/** The OpenAPI document the client is generated from, as the package ships it. */
export function packagedDocument(): string {
  return join(packageRoot(), 'generated', 'openapi.json');
}

/**
 * Prism's CLI script. Looked up from this package first (a devDependency here, a sibling in a
 * user's node_modules), then from the working directory's project.
 */
export function resolvePrismCli(bases: string[] = [import.meta.url, pathToFileURL(join(process.cwd(), 'package.json')).href]): string {
  for (const base of bases) {
    try {
      const manifest = createRequire(base).resolve('@stoplight/prism-cli/package.json');
      const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin?: string | Record<string, string> };
      const script = typeof bin === 'string' ? bin : bin?.prism;
      if (script) return join(dirname(manifest), script);
    } catch {
      // not resolvable from this base: try the next one
    }
  }
  throw new Error(
    'startMockServer needs Prism, which is not installed: run `npm install --save-dev @stoplight/prism-cli@~5.14` ' +
      '(an optional peer dependency of @bollard/dialpad, used only by its mock server).',
  );
}

/** A port nobody listens on right now, for Prism behind the front. */
export async function freeLoopbackPort(): Promise<number> {
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

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.setTimeout(1000);
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

export interface PrismProcess {
  port: number;
  stop(): Promise<void>;
}

/**
 * Starts `prism mock` on 127.0.0.1:port and resolves once it accepts connections. Readiness is a
 * TCP connect, not an HTTP probe: any probe path is one the document lacks, and Prism logs it as
 * an error. `onLine` gets each line Prism prints; start-up output is kept for the error if it fails.
 */
export async function startPrismProcess(document: string, port: number, onLine: (line: string) => void): Promise<PrismProcess> {
  const child: ChildProcess = spawn(process.execPath, [resolvePrismCli(), 'mock', document, '--host', '127.0.0.1', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  let recent = '';
  const reader = () => {
    let partial = '';
    return (chunk: Buffer) => {
      const text = chunk.toString();
      recent = (recent + text).slice(-8000);
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) onLine(line.replace(/\r$/, ''));
    };
  };
  child.stdout?.on('data', reader());
  child.stderr?.on('data', reader());
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const running = () => child.exitCode === null && child.signalCode === null;
  // A parent that exits without calling stop() must not leave Prism holding its port.
  const killOnExit = () => void (running() && child.kill('SIGKILL'));
  process.once('exit', killOnExit);

  async function stop(): Promise<void> {
    process.removeListener('exit', killOnExit);
    if (running()) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => running() && child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
  }

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (!running()) {
      await stop();
      throw new Error(`Prism exited before it listened (code ${child.exitCode ?? child.signalCode}):\n${recent}`);
    }
    if (await accepts(port)) return { port, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Prism did not listen within 60 s:\n${recent}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

import { spawn } from 'node:child_process';
import { Redis } from 'ioredis';
import { freePort } from './prism.js';

export interface RunningRedis {
  port: number;
  url: string;
  stop(): Promise<void>;
  /** SIGSTOP: the server is there but answers nothing (a hung host). */
  pause(): void;
  /** SIGCONT after pause. */
  resume(): void;
}

/** A throwaway redis-server (Debian package) on a free loopback port (or `port`, to start one again), no persistence. */
export async function startRedis(port?: number): Promise<RunningRedis> {
  port ??= await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const spawnError = new Promise<never>((_, reject) => child.once('error', (e) => reject(new Error(`redis-server did not start (${e.message}); install it with apt-get install -y redis-server`))));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const probe = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => undefined); // expected while the server starts
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await Promise.race([probe.connect().then(() => probe.ping()), spawnError]);
      break;
    } catch (error) {
      if ((error as Error).message.includes('did not start') || Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`${(error as Error).message}\n${output}`);
      }
      probe.disconnect();
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  probe.disconnect();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGCONT');
        child.kill('SIGTERM');
        await exited;
      }
    },
    pause: () => void child.kill('SIGSTOP'),
    resume: () => void child.kill('SIGCONT'),
  };
}

/**
 * The Prism mock with listings that end. Prism answers every page of a listing with the
 * document's example, cursor included, so `for await` over a listing against bare Prism stops
 * with PaginationLimitError (repeated cursor). A small HTTP front on the public port forwards
 * every request to Prism unchanged and rewrites only the cursor of listing pages (see paging.ts).
 */
import { Agent, createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { operations } from '../../generated/operations.js';
import { pageOf } from './paging.js';
import { fitsTemplate, literalFirst } from './routes.js';
import { freeLoopbackPort, packagedDocument, startPrismProcess } from './prism.js';

export interface MockServerOptions {
  /** Port of the mock; default 4010 (Prism's own default); 0 for any free port. */
  port?: number;
  /** Address to listen on; default 127.0.0.1. */
  host?: string;
  /**
   * An OpenAPI document to serve instead of the packaged generated/openapi.json. Listings are
   * still recognised from this package's operations table.
   */
  document?: string;
  /**
   * Prism's request log, one line at a time. Its start-up lines are left out: they list every
   * route on Prism's internal port, which is not the one to call.
   */
  log?: (line: string) => void;
}

export interface RunningMockServer {
  /** Base URL for `createDialpadClient({ baseUrl })`, e.g. http://127.0.0.1:4010. */
  url: string;
  /** Stops the front and Prism (SIGTERM, then SIGKILL after 5 s). */
  stop(): Promise<void>;
}

// Headers about one connection, not the message: they must not be copied from one hop to the next.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);

function endToEnd(raw: string[], drop: ReadonlySet<string> = HOP_BY_HOP): string[] {
  const kept: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) if (!drop.has(raw[i]!.toLowerCase())) kept.push(raw[i]!, raw[i + 1]!);
  return kept;
}

// The GET templates, literal-first, so /offices/primary is not taken for /offices/{id}.
const getTemplates = Object.values(operations)
  .filter((op) => op.method === 'GET')
  .sort((a, b) => literalFirst(a.path, b.path));

/** Whether a request is a page of a listing (a GET of a paginated operation). */
function isListingPage(method: string | undefined, url: URL): boolean {
  if (method !== 'GET') return false;
  return getTemplates.find((op) => fitsTemplate(op.path, url.pathname))?.paginated ?? false;
}

function forward(prismPort: number, agent: Agent, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://mock.invalid');
  const paging = isListingPage(req.method, url);
  const upstream = httpRequest(
    { host: '127.0.0.1', port: prismPort, method: req.method, path: req.url, headers: endToEnd(req.rawHeaders), agent },
    (answer) => {
      const status = answer.statusCode ?? 502;
      const json = /\bjson\b/i.test(answer.headers['content-type'] ?? '');
      if (!(paging && status === 200 && json)) {
        res.writeHead(status, answer.statusMessage, endToEnd(answer.rawHeaders));
        answer.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('error', () => res.destroy());
      answer.on('end', () => {
        let body = Buffer.concat(chunks);
        try {
          body = Buffer.from(JSON.stringify(pageOf(JSON.parse(body.toString('utf8')) as unknown, Boolean(url.searchParams.get('cursor')))));
        } catch {
          // Not JSON after all: sent on as Prism wrote it.
        }
        const headers = endToEnd(answer.rawHeaders, new Set([...HOP_BY_HOP, 'content-length']));
        res.writeHead(status, answer.statusMessage, [...headers, 'content-length', String(body.length)]);
        res.end(body);
      });
    },
  );
  upstream.on('error', (error) => {
    if (res.headersSent) return void res.destroy();
    res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 502, message: `the mock's Prism did not answer: ${error.message}` } }));
  });
  req.pipe(upstream);
}

function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

/**
 * Starts Prism on the packaged document behind a front whose listings end, on `port` (default
 * 4010). Needs `@stoplight/prism-cli` installed (an optional peer dependency).
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<RunningMockServer> {
  const host = options.host ?? '127.0.0.1';
  const document = options.document ?? packagedDocument();
  // Prism's start-up lines all come from its [CLI] component; requests are logged by the others.
  const prism = await startPrismProcess(document, await freeLoopbackPort(), (line) => {
    if (!/\[CLI\]/.test(line)) options.log?.(line);
  });
  const agent = new Agent({ keepAlive: true });
  const front = createServer((req, res) => forward(prism.port, agent, req, res));
  let address: AddressInfo;
  try {
    address = await listen(front, options.port ?? 4010, host);
  } catch (error) {
    agent.destroy();
    await prism.stop();
    throw new Error(`the mock server cannot listen on ${host}:${options.port ?? 4010}: ${(error as Error).message}`, { cause: error });
  }
  const urlHost = address.address.includes(':') ? `[${address.address}]` : address.address;
  let stopped: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${address.port}`,
    stop() {
      stopped ??= (async () => {
        const closed = new Promise<void>((resolve) => front.close(() => resolve()));
        front.closeAllConnections();
        agent.destroy();
        await closed;
        await prism.stop();
      })();
      return stopped;
    },
  };
}

/**
 * An MCP server that offers one agent exactly its tools. It holds no policy of its own: it lists what
 * the client's guard grants and sends every call through the client, so a tool call takes the same
 * path as any other call (guard → rate limit → fetch with retry → errors → audit).
 */
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { internalsOf, redactorOf, type DialpadClient } from './client.js';
import type { Approver } from './guard/approval.js';
import type { Redactor } from './errors.js';
import { callTool, describeToolError, toolsForOperations } from './tools.js';

/**
 * A transport of @modelcontextprotocol/sdk (StdioServerTransport, StreamableHTTPServerTransport, ...).
 * Typed loosely on purpose: naming the SDK's own types here would make every user's type check load them.
 */
export interface McpTransportLike {
  start(): Promise<void>;
  close(): Promise<void>;
}

export interface DialpadMcpServerOptions {
  /** A client made with `policy` and `agent`: its guard decides what is listed and what runs. */
  client: DialpadClient;
  /** Server name shown to the MCP host; default `bollard-dialpad`. */
  name?: string;
  version?: string;
  /** One line per tool call and per failure (e.g. to stderr); never a key, token or message text. */
  log?: (line: string) => void;
}

export interface DialpadMcpServer {
  /** Starts serving on a transport (one transport per server). */
  connect(transport: McpTransportLike): Promise<void>;
  close(): Promise<void>;
}

/** The answer as the model sees it, passed through the client's redactor: an answer never carries the key. */
function resultOf(value: unknown, redact: Redactor): CallToolResult {
  const text = redact(
    value === undefined ? 'Done (no content).' : typeof value === 'string' ? value : JSON.stringify(value, null, 2),
  );
  const structured =
    value && typeof value === 'object' && !Array.isArray(value)
      ? (JSON.parse(redact(JSON.stringify(value))) as Record<string, unknown>)
      : undefined;
  return structured
    ? { content: [{ type: 'text', text }], structuredContent: structured }
    : { content: [{ type: 'text', text }] };
}

/** The MCP server for the agent the client acts for. Throws if the client has no policy: it would expose everything. */
export function createDialpadMcpServer(options: DialpadMcpServerOptions): DialpadMcpServer {
  const { client, log } = options;
  const guard = client.guard;
  if (!guard) {
    throw new TypeError(
      'createDialpadMcpServer needs a client made with `policy` and `agent`: an MCP server without a guard would offer every operation',
    );
  }
  // The SDK (and zod under it) is loaded on connect, so importing this package does not load it.
  const build = async (): Promise<Server> => {
    const [{ Server }, { CallToolRequestSchema, ListToolsRequestSchema }] = await Promise.all([
      import('@modelcontextprotocol/sdk/server/index.js'),
      import('@modelcontextprotocol/sdk/types.js'),
    ]);
    const server = new Server(
      { name: options.name ?? 'bollard-dialpad', version: options.version ?? '0.1.0' },
      {
        capabilities: { tools: {} },
        instructions: `Dialpad API tools for the agent "${guard.agent}". Only the operations its policy grants are listed; every call is checked against that policy before anything is sent and written to an audit log. Tools marked destructive or open-world place real calls, send real messages or cannot be undone.`,
      },
    );

    // Listed anew each time: an agent that expires or is switched off loses its tools.
    server.setRequestHandler(ListToolsRequestSchema, () => ({
      tools: toolsForOperations(guard.operationIds(), { format: 'mcp' }),
    }));

    /**
     * Where the policy asks approval and the client has no approver of its own, the person at the MCP
     * client is asked (MCP elicitation), if that client can be asked; otherwise the call is refused.
     */
    const elicitingApprover = (): Approver | undefined => {
      if (internalsOf(client).hasApprover || !server.getClientCapabilities()?.elicitation) return undefined;
      const clientName = server.getClientVersion()?.name ?? 'mcp-client';
      return async (approval, { signal }) => {
        const answer = await server.elicitInput(
          {
            message: `Agent "${approval.agent}" asks to: ${approval.summary}. ${approval.effect.description}${approval.effect.flags.length ? ` [${approval.effect.flags.join(', ')}]` : ''} Approve it?`,
            requestedSchema: {
              type: 'object',
              properties: {
                approve: { type: 'boolean', title: 'Approve', description: `Send ${approval.operationId} now` },
                by: { type: 'string', title: 'Your name', description: 'Recorded in the audit log as who approved' },
                note: { type: 'string', title: 'Note' },
              },
              required: ['approve'],
            },
          },
          { signal },
        );
        const content = (answer.content ?? {}) as { approve?: unknown; by?: unknown; note?: unknown };
        const by = typeof content.by === 'string' && content.by.trim() ? content.by.trim() : `${clientName} (MCP)`;
        if (answer.action !== 'accept') return { approved: false, by, note: `the person at the MCP client chose ${answer.action}` };
        return { approved: content.approve === true, by, note: typeof content.note === 'string' ? content.note : undefined };
      };
    };

    server.setRequestHandler(CallToolRequestSchema, async (request, extra): Promise<CallToolResult> => {
      const name = request.params.name;
      const shown = name.slice(0, 80);
      try {
        const value = await callTool(client, name, request.params.arguments ?? {}, { signal: extra.signal, approver: elicitingApprover() });
        log?.(`${shown}: ok`);
        return resultOf(value, redactorOf(client));
      } catch (error) {
        const reason =
          error && typeof error === 'object' && 'reason' in error
            ? ` (${String((error as { reason: unknown }).reason)})`
            : '';
        log?.(`${shown}: ${error instanceof Error ? error.name : 'error'}${reason}`);
        return { isError: true, content: [{ type: 'text', text: redactorOf(client)(describeToolError(error)) }] };
      }
    });
    return server;
  };
  let server: Promise<Server> | undefined;

  return {
    connect: async (transport) => (await (server ??= build())).connect(transport as Transport),
    close: async () => {
      if (server) await (await server).close();
    },
  };
}

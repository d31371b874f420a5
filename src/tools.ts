/**
 * Agent tools: one tool per operation an agent may call, in the shapes MCP, OpenAI and Anthropic
 * accept, and `callTool` to run a tool call through the client (so through the one request path:
 * guard → rate limit → fetch with retry → errors → audit).
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { OperationInput } from '../generated/caller.js';
import {
  companyRateLimit,
  operations,
  type OperationId,
  type OperationMeta,
  type RateLimitRule,
} from '../generated/operations.js';
import { toolInputSchemas } from '../generated/tool-schemas.js';
import { internalsOf, type DialpadClient } from './client.js';
import type { Approver } from './guard/approval.js';
import type { RequestOptions } from './core/pipeline.js';
import { isSafeToRepeat } from './core/retry.js';
import { DialpadError, ToolInputError, UnknownToolError } from './errors.js';
import { createGuard } from './guard/decide.js';
import type { Policy } from './guard/types.js';

/** Everything an agent host needs to know about one tool, whatever the LLM API. */
export interface AgentTool {
  /** Valid for every LLM API (`^[a-zA-Z0-9_-]{1,64}$`): the operationId with `.` → `_`, e.g. `calls_initiate`. */
  readonly name: string;
  readonly operationId: OperationId;
  /** The operation's summary. */
  readonly title: string;
  /** What it does to the real world, its flags in words, access, OAuth scope and rate limit. */
  readonly description: string;
  readonly area: string;
  readonly access: 'read' | 'write';
  /** Effect flags: `external`, `irreversible`, `billable`, `async`. */
  readonly flags: readonly string[];
  readonly scopes: readonly string[];
  /** Caps tighter than the company ceiling (`companyRateLimit`), which applies to every call. */
  readonly rateLimits: readonly RateLimitRule[];
  /** JSON Schema of the arguments: path parameters as top-level properties, then `query` and `body`. */
  readonly inputSchema: Record<string, unknown>;
  readonly annotations: McpToolAnnotations;
}

/** MCP tool annotations (hints for the host; the guard, not these, decides what runs). */
export interface McpToolAnnotations {
  title: string;
  /** The operation only reads (access `read`). */
  readOnlyHint: boolean;
  /** It cannot be undone, reaches real people, or deletes something. */
  destructiveHint: boolean;
  /** Repeating it with the same arguments has no further effect (the same rule the client's retries use). */
  idempotentHint: boolean;
  /** It reaches people outside the company: a real phone call or message. */
  openWorldHint: boolean;
}

/** The `tools/list` entry of the Model Context Protocol. */
export interface McpTool {
  name: string;
  title: string;
  description: string;
  inputSchema: Record<string, unknown>;
  annotations: McpToolAnnotations;
}

/** A tool for OpenAI function calling (Chat Completions `tools`). */
export interface OpenAITool {
  type: 'function';
  function: { name: string; description: string; parameters: Record<string, unknown>; strict: false };
}

/** A tool for Anthropic's Messages API (`tools`). */
export interface AnthropicTool {
  name: string;
  description: string;
  input_schema: Record<string, unknown>;
}

export type ToolFormat = 'mcp' | 'openai' | 'anthropic';

export interface ToolsOptions<F extends ToolFormat | undefined = ToolFormat | undefined> {
  /** Leave out for `AgentTool` (all the metadata); or the shape one LLM API takes. */
  format?: F;
}

type ToolOf<F> = F extends 'mcp'
  ? McpTool
  : F extends 'openai'
    ? OpenAITool
    : F extends 'anthropic'
      ? AnthropicTool
      : AgentTool;

const TOOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

/** The tool name of an operation: `calls.initiate` → `calls_initiate`. */
export function toolNameFor(operationId: OperationId): string {
  return operationId.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 64);
}

const OPERATION_BY_TOOL = new Map<string, OperationId>();
for (const id of Object.keys(operations) as OperationId[]) {
  const name = toolNameFor(id);
  // Two operations folding to one name would make a tool call ambiguous: fail at load, not at call.
  if (OPERATION_BY_TOOL.has(name) || !TOOL_NAME.test(name))
    throw new Error(`tool name ${name} of ${id} is not unique or not valid`);
  OPERATION_BY_TOOL.set(name, id);
}

/** The operation a tool name stands for, or undefined when it is no tool of this package. */
export function operationIdForTool(toolName: string): OperationId | undefined {
  return OPERATION_BY_TOOL.get(toolName);
}

const EXTERNAL_WORDS: Record<string, string> = {
  calls: 'It places or moves a real phone call: a real person’s phone rings.',
  messages: 'It sends a real text message to real people; it cannot be unsent.',
};

function flagWords(operation: OperationMeta): string[] {
  const words: string[] = [];
  for (const flag of operation.effect.flags) {
    if (flag === 'external')
      words.push(EXTERNAL_WORDS[operation.area] ?? 'It reaches real people outside the company.');
    if (flag === 'irreversible') words.push('It cannot be undone.');
    if (flag === 'billable') words.push('It may cost money (it can use up a paid license).');
    if (flag === 'async')
      words.push('It runs in the background: the answer is a job to check on later, not the result.');
  }
  return words;
}

function windowWords(seconds: number): string {
  if (seconds === 1) return 'second';
  if (seconds === 60) return 'minute';
  if (seconds === 3600) return 'hour';
  return `${seconds} s`;
}

function rateWords(operation: OperationMeta): string {
  const rule = (r: RateLimitRule) =>
    `${r.limit} per ${windowWords(r.windowSeconds)}${r.per === 'company' ? '' : ` per ${r.per.name}`}${r.tier !== undefined ? ` on tier ${r.tier} accounts` : ''}`;
  const company = `${companyRateLimit.limit} requests per ${windowWords(companyRateLimit.windowSeconds)} for the whole company`;
  return operation.rateLimits.length
    ? `at most ${operation.rateLimits.map(rule).join(', ')} (and ${company})`
    : company;
}

function describeOperation(operation: OperationMeta): string {
  const lines = [`${operation.summary}.`, `Effect: ${operation.effect.description}`];
  const flags = flagWords(operation);
  if (flags.length) lines.push(`Warning: ${flags.join(' ')}`);
  if (operation.paginated) lines.push('Returns one page; pass the answer’s `cursor` as `query.cursor` for the next.');
  lines.push(
    `Access: ${operation.access} (area ${operation.area}). OAuth scope: ${operation.scopes.length ? operation.scopes.join(', ') : 'none needed'}. Rate limit: ${rateWords(operation)}.`,
  );
  return lines.join('\n');
}

function annotationsFor(operation: OperationMeta): McpToolAnnotations {
  const flags = operation.effect.flags;
  return {
    title: operation.summary,
    readOnlyHint: operation.access === 'read',
    destructiveHint:
      operation.access === 'write' &&
      (flags.includes('irreversible') || flags.includes('external') || operation.method === 'DELETE'),
    idempotentHint: isSafeToRepeat(operation, false),
    openWorldHint: flags.includes('external'),
  };
}

function agentTool(operationId: OperationId): AgentTool {
  const operation = operations[operationId] as OperationMeta;
  return {
    name: toolNameFor(operationId),
    operationId,
    title: operation.summary,
    description: describeOperation(operation),
    area: operation.area,
    access: operation.access,
    flags: operation.effect.flags,
    scopes: operation.scopes,
    rateLimits: operation.rateLimits,
    inputSchema: toolInputSchemas[operationId],
    annotations: annotationsFor(operation),
  };
}

function shape(tool: AgentTool, format: ToolFormat | undefined): AgentTool | McpTool | OpenAITool | AnthropicTool {
  // Copies of the schema: a host that mutates what it is given must not change the next listing.
  const schema = () => structuredClone(tool.inputSchema);
  switch (format) {
    case 'mcp':
      return {
        name: tool.name,
        title: tool.title,
        description: tool.description,
        inputSchema: schema(),
        annotations: { ...tool.annotations },
      };
    case 'openai':
      return {
        type: 'function',
        function: { name: tool.name, description: tool.description, parameters: schema(), strict: false },
      };
    case 'anthropic':
      return { name: tool.name, description: tool.description, input_schema: schema() };
    default:
      return tool;
  }
}

/** Tools for the given operations (e.g. `guard.operationIds()`), in the order given. */
export function toolsForOperations<F extends ToolFormat | undefined = undefined>(
  operationIds: readonly OperationId[],
  options: ToolsOptions<F> = {},
): ToolOf<F>[] {
  return operationIds.map((id) => {
    if (!Object.hasOwn(operations, id))
      throw new TypeError(`toolsForOperations: unknown operationId ${JSON.stringify(id)}`);
    return shape(agentTool(id), options.format) as ToolOf<F>;
  });
}

/**
 * One tool per operation the agent may call now (its grants, allow and deny lists, allowIrreversible;
 * none when it is disabled, expired or not in the policy). Target constraints are checked per call.
 */
export function toolsForAgent<F extends ToolFormat | undefined = undefined>(
  policy: Policy,
  agent: string,
  options: ToolsOptions<F> = {},
): ToolOf<F>[] {
  return toolsForOperations(createGuard(policy, agent).operationIds(), options);
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
// Coercion because models often quote numbers ("42") or send 42 for a string id; the coerced
// copy, which matches the schema, is what gets sent.
const ajv = new Ajv2020({ allErrors: true, strict: false, coerceTypes: true, useDefaults: false });
addFormats(ajv);
const validators = new Map<OperationId, ValidateFunction>();

function problemText(error: ErrorObject): string {
  const where = error.instancePath ? error.instancePath.slice(1).split('/').join('.') : 'arguments';
  if (error.keyword === 'additionalProperties')
    return `${where}: unknown property "${String(error.params.additionalProperty)}"`;
  if (error.keyword === 'required') return `${where}: missing "${String(error.params.missingProperty)}"`;
  if (error.keyword === 'enum')
    return `${where}: must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  return `${where}: ${error.message ?? 'is invalid'}`;
}

function inputFor(operation: OperationMeta, args: Record<string, unknown>): OperationInput {
  const path: Record<string, string | number> = {};
  for (const name of operation.pathParams) {
    const value = Object.hasOwn(args, name) ? args[name] : undefined;
    if (typeof value === 'string' || typeof value === 'number') path[name] = value;
  }
  const input: OperationInput = { path };
  if (Object.hasOwn(args, 'query') && args.query !== undefined) input.query = args.query as Record<string, unknown>;
  if (Object.hasOwn(args, 'body') && args.body !== undefined) input.body = args.body;
  return input;
}

export interface CallToolOptions extends RequestOptions {
  /** Check the arguments against the tool's input schema before sending (default true). */
  validate?: boolean;
  /**
   * Who approves this call when the policy asks for approval and the client has no approver of its
   * own (the MCP server asks the person at the MCP client). The client's approver wins when it has one.
   */
  approver?: Approver;
}

/**
 * Runs one tool call: maps the arguments back to path, query and body and calls the operation through
 * the client's one request path, so its guard, rate limiter, retries and audit log all apply. Resolves
 * with the API's answer; rejects with AccessDeniedError, ToolInputError or the API's error.
 *
 * Whatever the name or the arguments, the call is on the record: a name that is no tool, a call the
 * guard refuses (checked before the arguments, so an agent probing for tools it lacks is seen) and
 * arguments that do not match the tool's schema are each refused and audited, and nothing is sent.
 */
export async function callTool(client: DialpadClient, toolName: string, args: unknown = {}, options: CallToolOptions = {}): Promise<unknown> {
  const { validate = true, approver: _approver, ...requestOptions } = options;
  const internals = internalsOf(client);
  const operationId = typeof toolName === 'string' ? operationIdForTool(toolName) : undefined;
  const name = String(toolName).slice(0, 100);
  if (!operationId) {
    // Without a guard there is no decision to audit: the client still refuses and records it.
    return internals.call(name, {}, requestOptions, { invalid: client.guard ? undefined : new UnknownToolError(name) });
  }
  const operation = operations[operationId] as OperationMeta;
  const raw = args && typeof args === 'object' && !Array.isArray(args) ? (args as Record<string, unknown>) : {};
  let invalid: ToolInputError | undefined;
  let checked = raw;
  if (validate) {
    if (args !== undefined && args !== null && raw !== args) invalid = new ToolInputError(name, operationId, ['arguments: must be an object']);
    else {
      let check = validators.get(operationId);
      if (!check) validators.set(operationId, (check = ajv.compile(toolInputSchemas[operationId])));
      checked = structuredClone(raw);
      if (!check(checked)) invalid = new ToolInputError(name, operationId, (check.errors ?? []).slice(0, 10).map(problemText));
    }
  }
  return internals.call(operationId, inputFor(operation, invalid ? raw : checked), requestOptions, { invalid, approver: options.approver });
}

/**
 * The text to give a model when a tool call fails: what went wrong and what to do, never a key,
 * token or message text (error messages are redacted by the client; other errors show only their kind).
 */
export function describeToolError(error: unknown): string {
  if (error instanceof DialpadError) {
    const kind = error.name === 'AccessDeniedError' ? 'Refused by the agent policy (nothing was sent)' : error.name;
    const retry = error.retryable ? ' Trying again later may succeed.' : '';
    return `${kind}: ${error.message}\nWhat to do: ${error.advice}${retry}`;
  }
  const name = error instanceof Error ? error.name : 'Error';
  return `${name}: the call failed unexpectedly.\nWhat to do: do not repeat it blindly; report it to the person running this agent.`;
}

import type { components } from '../../generated/schema.js';
import type { DialpadClient } from '../client.js';
import { ConflictError } from '../errors.js';
import type { EventKind } from './types.js';

type Schemas = components['schemas'];
/** Ids as Dialpad sends them: int64 as a JSON string. */
type Id = string;

/** One subscription wanted: the fields of its create request, without `endpoint_id` (filled in). */
export type SubscriptionSpec =
  | ({ kind: 'call' } & Omit<Schemas['CreateCallSubscriptionRequest'], 'endpoint_id'>)
  | ({ kind: 'sms' } & Omit<Schemas['CreateSmsSubscriptionRequest'], 'endpoint_id'>)
  | ({ kind: 'contact' } & Omit<Schemas['CreateContactSubscriptionRequest'], 'endpoint_id'>);

export type EndpointSpec =
  /** A webhook is recognised by its URL. */
  | { webhook: { url: string; secret?: string }; websocket?: never }
  /** A websocket is recognised by `id` when given, else by its secret (websocket URLs change hourly). */
  | { websocket: { id?: Id | number; secret?: string }; webhook?: never };

export type EnsureSubscriptionsOptions = EndpointSpec & { subscriptions: readonly SubscriptionSpec[] };

export type Action = 'created' | 'updated' | 'kept';

export interface SubscriptionResult {
  kind: EventKind;
  id: Id;
  spec: SubscriptionSpec;
}

export interface EnsureSubscriptionsReport {
  endpoint: { type: 'webhook' | 'websocket'; id: Id; action: Action; websocketUrl?: string };
  created: SubscriptionResult[];
  updated: SubscriptionResult[];
  kept: SubscriptionResult[];
  /** Subscriptions on this endpoint that no spec describes: reported, left alone. */
  unmanaged: { kind: EventKind; id: Id }[];
}

export type EventsClient = Pick<DialpadClient, 'webhooks' | 'websockets' | 'subscriptions'>;

interface ExistingSubscription {
  id?: Id | null;
  webhook?: { id?: Id | null } | null;
  websocket?: { id?: Id | null } | null;
  [field: string]: unknown;
}

/** Per kind: the API calls, what identifies a subscription, and the settings reconciled on it. */
interface KindRules {
  list(client: EventsClient): AsyncIterable<ExistingSubscription>;
  create(client: EventsClient, body: Record<string, unknown>): Promise<ExistingSubscription>;
  update(client: EventsClient, id: Id, body: Record<string, unknown>): Promise<ExistingSubscription>;
  /** Subscriptions with the same identity are the same subscription, whatever their settings. */
  identity(fields: Record<string, unknown>): string;
  /** Settings compared after applying Dialpad's defaults; a field the spec leaves out is not compared. */
  settings(fields: Record<string, unknown>, spec: Record<string, unknown>): string;
}

const scope = (f: Record<string, unknown>) => `${f.target_type ?? ''}:${f.target_id ?? ''}`;
const withDefaults = (f: Record<string, unknown>, spec: Record<string, unknown>, defaults: Record<string, unknown>) =>
  JSON.stringify(
    Object.keys(defaults)
      .filter((name) => name === 'enabled' || spec[name] !== undefined)
      .map((name) => {
        const value = f[name] ?? defaults[name];
        return [name, Array.isArray(value) ? [...value].sort() : value];
      }),
  );

const RULES: Record<EventKind, KindRules> = {
  call: {
    list: (c) => c.subscriptions.listCall(),
    create: (c, body) => c.subscriptions.createCall(body),
    update: (c, id, body) => c.subscriptions.updateCall(id, body),
    identity: scope,
    settings: (f, spec) => withDefaults(f, spec, { enabled: true, call_states: [], group_calls_only: false }),
  },
  sms: {
    list: (c) => c.subscriptions.listSms(),
    create: (c, body) => c.subscriptions.createSms(body as Schemas['CreateSmsSubscriptionRequest']),
    update: (c, id, body) => c.subscriptions.updateSms(id, body),
    identity: (f) => `${scope(f)}:${f.direction ?? ''}`,
    settings: (f, spec) => withDefaults(f, spec, { enabled: true, include_internal: false, status: false }),
  },
  contact: {
    list: (c) => c.subscriptions.listContact(),
    create: (c, body) => c.subscriptions.createContact(body as Schemas['CreateContactSubscriptionRequest']),
    update: (c, id, body) => c.subscriptions.updateContact(id, body as Schemas['UpdateContactSubscriptionRequest']),
    identity: (f) => String(f.contact_type ?? ''),
    settings: (f, spec) => withDefaults(f, spec, { enabled: true }),
  },
};

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

const withoutKind = (spec: SubscriptionSpec): Record<string, unknown> => {
  const { kind: _kind, ...fields } = spec;
  return fields;
};

const sameId = (a: unknown, b: unknown) => a !== undefined && a !== null && String(a) === String(b);

async function retryOnConflict<T>(create: () => Promise<T>, reconcile: () => Promise<T | undefined>): Promise<{ value: T; conflicted: boolean }> {
  try {
    return { value: await create(), conflicted: false };
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    // It exists after all (a race, or a list that lagged): reconcile with it instead of creating.
    const found = await reconcile();
    if (found === undefined) throw error;
    return { value: found, conflicted: true };
  }
}

type Endpoint = EnsureSubscriptionsReport['endpoint'];

async function ensureWebhook(client: EventsClient, wanted: { url: string; secret?: string }): Promise<Endpoint> {
  const reconcile = async (): Promise<Endpoint | undefined> => {
    const existing = (await collect(client.webhooks.list())).find((hook) => hook.hook_url === wanted.url && hook.id != null);
    if (!existing) return undefined;
    if (wanted.secret !== undefined && existing.signature?.secret !== wanted.secret) {
      await client.webhooks.update(String(existing.id), { secret: wanted.secret });
      return { type: 'webhook', id: existing.id!, action: 'updated' };
    }
    return { type: 'webhook', id: existing.id!, action: 'kept' };
  };
  const found = await reconcile();
  if (found) return found;
  const { value } = await retryOnConflict<Endpoint>(
    async () => {
      const hook = await client.webhooks.create({ hook_url: wanted.url, ...(wanted.secret === undefined ? {} : { secret: wanted.secret }) });
      return { type: 'webhook', id: hook.id!, action: 'created' };
    },
    reconcile,
  );
  return value;
}

async function ensureWebsocket(client: EventsClient, wanted: { id?: Id | number; secret?: string }): Promise<Endpoint> {
  const reconcile = async (): Promise<Endpoint | undefined> => {
    const sockets = await collect(client.websockets.list());
    const existing =
      wanted.id !== undefined
        ? sockets.find((socket) => sameId(socket.id, wanted.id))
        : sockets.find((socket) => (socket.signature?.secret ?? undefined) === wanted.secret && socket.id != null);
    if (!existing) return undefined;
    const url = existing.websocket_url ?? undefined;
    if (wanted.secret !== undefined && existing.signature?.secret !== wanted.secret) {
      const changed = await client.websockets.update(existing.id!, { secret: wanted.secret });
      return { type: 'websocket', id: existing.id!, action: 'updated', websocketUrl: changed.websocket_url ?? url };
    }
    return { type: 'websocket', id: existing.id!, action: 'kept', websocketUrl: url };
  };
  const found = await reconcile();
  if (found) return found;
  const { value } = await retryOnConflict<Endpoint>(
    async () => {
      const socket = await client.websockets.create(wanted.secret === undefined ? {} : { secret: wanted.secret });
      return { type: 'websocket', id: socket.id!, action: 'created', websocketUrl: socket.websocket_url ?? undefined };
    },
    reconcile,
  );
  return value;
}

function checkSpecs(specs: readonly SubscriptionSpec[]): void {
  const seen = new Set<string>();
  for (const spec of specs) {
    const rules = RULES[spec.kind];
    if (!rules) throw new TypeError(`unknown subscription kind ${JSON.stringify(spec.kind)}: use call, sms or contact`);
    const key = `${spec.kind}/${rules.identity(spec)}`;
    if (seen.has(key)) throw new TypeError(`two ${spec.kind} subscriptions with the same scope (${key}); merge them into one`);
    seen.add(key);
  }
}

/**
 * Makes sure the endpoint (a webhook by URL, or a websocket) and each subscription exist as
 * described, creating or updating only what differs: it lists what exists first, and treats a 409
 * as "already there" by listing again and reconciling. Run it at every start: a second run with
 * the same options creates and changes nothing.
 */
export async function ensureSubscriptions(client: EventsClient, options: EnsureSubscriptionsOptions): Promise<EnsureSubscriptionsReport> {
  checkSpecs(options.subscriptions);
  const endpoint = options.webhook ? await ensureWebhook(client, options.webhook) : await ensureWebsocket(client, options.websocket!);
  const report: EnsureSubscriptionsReport = { endpoint, created: [], updated: [], kept: [], unmanaged: [] };
  const ours = (sub: ExistingSubscription) => sameId((endpoint.type === 'webhook' ? sub.webhook : sub.websocket)?.id, endpoint.id);

  for (const kind of ['call', 'sms', 'contact'] as const) {
    const rules = RULES[kind];
    const specs = options.subscriptions.filter((spec) => spec.kind === kind);
    const listOurs = async () => (await collect(rules.list(client))).filter((sub) => ours(sub) && sub.id != null);
    // Nothing can point at an endpoint made a moment ago.
    const existing = endpoint.action === 'created' ? [] : await listOurs();
    const claimed = new Set<ExistingSubscription>();

    /** Claims an existing subscription of the same scope, updating it if its settings differ. */
    const reconcileWith = async (spec: SubscriptionSpec, candidates: ExistingSubscription[]): Promise<boolean> => {
      const fields = withoutKind(spec);
      const wantedSettings = rules.settings(fields, fields);
      const sameScope = candidates.filter((sub) => !claimed.has(sub) && rules.identity(sub) === rules.identity(fields));
      const match = sameScope.find((sub) => rules.settings(sub, fields) === wantedSettings) ?? sameScope[0];
      if (!match) return false;
      claimed.add(match);
      if (rules.settings(match, fields) === wantedSettings) {
        report.kept.push({ kind, id: match.id!, spec });
      } else {
        await rules.update(client, match.id!, { ...fields, endpoint_id: endpoint.id });
        report.updated.push({ kind, id: match.id!, spec });
      }
      return true;
    };

    for (const spec of specs) {
      if (await reconcileWith(spec, existing)) continue;
      try {
        const created = await rules.create(client, { ...withoutKind(spec), endpoint_id: endpoint.id });
        report.created.push({ kind, id: created.id!, spec });
      } catch (error) {
        // A 409: it exists after all (a race, or a list that lagged): reconcile instead of creating again.
        if (!(error instanceof ConflictError) || !(await reconcileWith(spec, await listOurs()))) throw error;
      }
    }
    for (const sub of existing) if (!claimed.has(sub)) report.unmanaged.push({ kind, id: sub.id! });
  }
  return report;
}

import { json, startLocalServer, type LocalServer, type SeenRequest } from '../../support/local-server.js';

type Row = Record<string, unknown> & { id: number };
type Kind = 'call' | 'sms' | 'contact';

const SUBSCRIPTION_DEFAULTS: Record<Kind, Record<string, unknown>> = {
  call: { call_states: [], enabled: true, group_calls_only: false, target_type: null, target_id: null },
  sms: { direction: 'all', enabled: true, include_internal: false, status: false, target_type: null, target_id: null },
  contact: { contact_type: 'shared', enabled: true },
};

export interface FakeDialpad extends LocalServer {
  webhooks: Map<number, Row>;
  websockets: Map<number, Row>;
  subscriptions: Record<Kind, Map<number, Row>>;
  /** The next create of this collection ('webhooks', 'subscriptions/call', ...) is stored, then answered 409. */
  conflictOnNextCreate: Set<string>;
  /** The next create of this collection is answered 409 and stores nothing (a conflict that cannot be found). */
  refuseNextCreate: Set<string>;
  /** Requests that change something (POST, PATCH, DELETE). */
  writes(): SeenRequest[];
}

/**
 * A small, stateful stand-in for the parts of Dialpad that ensureSubscriptions uses: webhooks,
 * websockets and call/SMS/contact subscriptions, paged two at a time so paging is exercised.
 */
export async function startFakeDialpad(pageSize = 2): Promise<FakeDialpad> {
  let nextId = 5_000_000_000_000_001;
  const webhooks = new Map<number, Row>();
  const websockets = new Map<number, Row>();
  const subscriptions: Record<Kind, Map<number, Row>> = { call: new Map(), sms: new Map(), contact: new Map() };
  const conflictOnNextCreate = new Set<string>();
  const refuseNextCreate = new Set<string>();

  const signature = (secret: unknown) => (typeof secret === 'string' ? { algo: 'HS256', secret, type: 'jwt' } : null);
  const endpointOf = (row: Row) => (webhooks.has(row.endpoint_id as number) ? { webhook: webhooks.get(row.endpoint_id as number), websocket: null } : { webhook: null, websocket: websockets.get(row.endpoint_id as number) ?? null });
  const show = (collection: string, row: Row) => {
    if (!collection.startsWith('subscriptions/')) return row;
    const { endpoint_id: _hidden, ...rest } = row;
    return { ...rest, ...endpointOf(row) };
  };
  const tables: Record<string, Map<number, Row>> = {
    webhooks,
    websockets,
    'subscriptions/call': subscriptions.call,
    'subscriptions/sms': subscriptions.sms,
    'subscriptions/contact': subscriptions.contact,
  };

  function create(collection: string, body: Record<string, unknown>): Row {
    const id = nextId++;
    if (collection === 'webhooks') return { id, hook_url: body.hook_url, signature: signature(body.secret) };
    if (collection === 'websockets') return { id, websocket_url: `ws://127.0.0.1:1/events/token-${id}`, signature: signature(body.secret) };
    const kind = collection.split('/')[1] as Kind;
    return { ...SUBSCRIPTION_DEFAULTS[kind], ...body, id };
  }

  function update(collection: string, row: Row, body: Record<string, unknown>): void {
    if (collection === 'webhooks' || collection === 'websockets') {
      if (body.hook_url !== undefined) row.hook_url = body.hook_url;
      if (body.secret !== undefined) row.signature = signature(body.secret);
    } else Object.assign(row, body);
  }

  const server = await startLocalServer((request, response) => {
    const url = new URL(request.url, 'http://fake');
    const match = /^\/api\/v2\/(webhooks|websockets|subscriptions\/(?:call|sms|contact))(?:\/(\d+))?$/.exec(url.pathname);
    const collection = match?.[1];
    const table = collection ? tables[collection] : undefined;
    if (!match || !table || !collection) return json(response, 404, { error: { code: 404, message: 'no such path' } });
    const id = match[2] === undefined ? undefined : Number(match[2]);
    const body = request.body ? (JSON.parse(request.body) as Record<string, unknown>) : {};

    if (id === undefined && request.method === 'GET') {
      const rows = [...table.values()].sort((a, b) => a.id - b.id);
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const page = rows.slice(start, start + pageSize).map((row) => show(collection, row));
      return json(response, 200, { items: page, cursor: start + pageSize < rows.length ? String(start + pageSize) : null });
    }
    if (id === undefined && request.method === 'POST') {
      if (collection.startsWith('subscriptions/') && !webhooks.has(body.endpoint_id as number) && !websockets.has(body.endpoint_id as number)) {
        return json(response, 404, { error: { code: 404, message: 'no such endpoint' } });
      }
      if (refuseNextCreate.delete(collection)) return json(response, 409, { error: { code: 409, message: 'conflict' } });
      const row = create(collection, body);
      table.set(row.id, row);
      if (conflictOnNextCreate.delete(collection)) return json(response, 409, { error: { code: 409, message: 'it already exists' } });
      return json(response, 200, show(collection, row));
    }
    const row = id === undefined ? undefined : table.get(id);
    if (!row) return json(response, 404, { error: { code: 404, message: 'not found' } });
    if (request.method === 'GET') return json(response, 200, show(collection, row));
    if (request.method === 'PATCH') {
      update(collection, row, body);
      return json(response, 200, show(collection, row));
    }
    if (request.method === 'DELETE') {
      table.delete(row.id);
      return json(response, 200, show(collection, row));
    }
    return json(response, 405, { error: { code: 405, message: 'method not allowed' } });
  });

  return {
    ...server,
    webhooks,
    websockets,
    subscriptions,
    conflictOnNextCreate,
    refuseNextCreate,
    writes: () => server.requests.filter((r) => r.method !== 'GET'),
  };
}

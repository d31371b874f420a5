// The reference page's behaviour: it renders every table from the JSON data island and filters the
// methods in place. Plain browser JavaScript, embedded whole into generated/reference.html.

const data = JSON.parse(document.getElementById('reference-data').textContent);
const ops = data.operations;
const byId = new Map(ops.map((op) => [op.id, op]));
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const NO_SCOPE = '-';

/** Builds an element; text always goes in as text, never as markup. */
function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** Text with `code` spans, as the generator writes its prose. */
function prose(text) {
  return text.split('`').map((part, i) => (i % 2 ? h('code', null, part) : part));
}

const code = (text) => h('code', null, text);
/** Code that may wrap only after a `.` or `/`, never inside a word. */
const breakable = (text, className) =>
  h(
    'code',
    { class: className },
    text.split(/(?<=[./])/).flatMap((part, i) => [i ? h('wbr') : null, part]),
  );
const verb = (method) => h('span', { class: `verb verb-${method.toLowerCase()}` }, method);
const flag = (name) => h('span', { class: `flag flag-${name}` }, name);
const access = (value) => h('span', { class: `access access-${value}` }, value);
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

function table(caption, head, rows, options = {}) {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: options.class },
      caption ? h('caption', { class: options.captionHidden ? 'visually-hidden' : undefined }, caption) : null,
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          head.map((label) => h('th', { scope: 'col' }, label)),
        ),
      ),
      h(
        'tbody',
        null,
        rows.map((cells) =>
          h(
            'tr',
            null,
            cells.map((content, i) => h('td', { 'data-label': head[i] }, content)),
          ),
        ),
      ),
    ),
  );
}

/** Method names that open their details, where the page lists them (not on a narrowed agent page). */
function opLinks(list) {
  if (!list.length) return '—';
  return list.flatMap((id, i) => [
    i ? ', ' : null,
    byId.has(id)
      ? h('button', { type: 'button', class: 'link-button', 'data-open': id }, breakable(id))
      : breakable(id),
  ]);
}

function fill(id, ...children) {
  document
    .getElementById(id)
    .replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined));
}

// ---- header and the agent's grants ----

const areaNames = data.areas.map((a) => a.name).filter((name) => ops.some((op) => op.area === name));
fill(
  'lede',
  `${plural(ops.length, 'method')} in ${plural(areaNames.length, 'area')} · API ${data.version} · generated from `,
  code(data.generatedFrom),
);

if (data.agent) {
  const agent = data.agent;
  document.title = `${data.title} · agent ${agent.name}`;
  const grantAreas = [
    ...data.areas.filter((a) => a.grantable).map((a) => a.name),
    ...Object.keys(agent.grants).sort(),
  ].filter((name, i, all) => all.indexOf(name) === i);
  const section = document.getElementById('agent');
  section.hidden = false;
  section.replaceChildren(
    h('h2', { id: 'agent-title' }, 'For agent ', h('span', { class: 'agent-name' }, agent.name)),
    h(
      'p',
      null,
      `This page shows only what this agent may call: ${ops.length} of ${agent.totalOperations} methods.`,
    ),
    h(
      'ul',
      { class: 'grants', 'aria-label': 'Grants by area' },
      grantAreas.map((name) => {
        const grant = agent.grants[name] ?? 'none';
        return h(
          'li',
          { class: `grant grant-${grant}` },
          h('span', { class: 'grant-area' }, name),
          h('span', { class: 'grant-level' }, grant),
        );
      }),
    ),
    agent.notes?.length
      ? h(
          'ul',
          { class: 'agent-notes' },
          agent.notes.map((note) => h('li', null, note)),
        )
      : null,
  );
}

// ---- how to connect ----

const c = data.connect;
fill(
  'connect-body',
  h(
    'div',
    { class: 'cards' },
    h(
      'article',
      { class: 'card' },
      h('h3', null, 'REST base URLs'),
      h(
        'dl',
        { class: 'servers' },
        data.servers.map((s) => [h('dt', null, s.name), h('dd', null, code(s.url))]),
      ),
      h('p', null, prose(c.restIntro)),
      h('p', { class: 'muted' }, prose(c.sdk)),
    ),
    h(
      'article',
      { class: 'card' },
      h('h3', null, 'API key or OAuth'),
      h('p', null, h('strong', null, 'API key. '), prose(c.apiKey)),
      h('p', null, h('strong', null, 'OAuth 2.0. '), prose(c.oauth)),
      h(
        'p',
        { class: 'muted' },
        'Authorize at ',
        code(c.authorizationUrl),
        ', tokens at ',
        code(c.tokenUrl),
        '. ',
        prose(c.oauthSdk),
      ),
      h(
        'p',
        null,
        h('a', { href: '#oauth-scopes' }, `OAuth scopes (${data.scopes.length})`),
        ': what each grants and which methods need it.',
      ),
    ),
    h(
      'article',
      { class: 'card' },
      h('h3', null, 'Webhooks or websockets'),
      h('p', null, prose(c.events)),
      h(
        'p',
        null,
        h('strong', null, 'Webhook. '),
        prose(c.webhook),
        ' Create with ',
        opLinks(c.webhookCreatedBy),
        '.',
      ),
      h(
        'p',
        null,
        h('strong', null, 'Websocket. '),
        prose(c.websocket),
        ' Create with ',
        opLinks(c.websocketCreatedBy),
        '.',
      ),
    ),
  ),
  h(
    'details',
    { id: 'oauth-scopes', class: 'scopes' },
    h('summary', null, `OAuth scopes (${data.scopes.length}): what each grants and which methods need it`),
    table(
      'OAuth scopes',
      ['Scope', 'What it grants', 'Methods that need it'],
      data.scopes.map((s) => [
        code(s.name),
        s.description,
        opLinks(ops.filter((op) => op.scopes.includes(s.name)).map((op) => op.id)),
      ]),
      { captionHidden: true },
    ),
  ),
);
// Following the link to the scopes opens them.
document.querySelector('a[href="#oauth-scopes"]').addEventListener('click', () => {
  document.getElementById('oauth-scopes').open = true;
});

// ---- methods: filters and one table per area ----

const usedScopes = [...new Set(ops.flatMap((op) => op.scopes))].sort();
function select(id, label, options) {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h(
      'select',
      { id, name: id },
      options.map(([value, text]) => h('option', { value }, text)),
    ),
  );
}

const form = h(
  'form',
  {
    class: 'filters',
    role: 'search',
    'aria-label': 'Filter the methods',
    onsubmit: (event) => event.preventDefault(),
  },
  h(
    'div',
    { class: 'field field-search' },
    h('label', { for: 'f-search' }, 'Search a path or method'),
    h('input', {
      type: 'search',
      id: 'f-search',
      name: 'f-search',
      placeholder: 'e.g. /api/v2/users/42 or sms',
      autocomplete: 'off',
      spellcheck: 'false',
    }),
  ),
  select('f-method', 'HTTP method', [
    ['', 'Any'],
    ...METHODS.filter((m) => ops.some((op) => op.method === m)).map((m) => [m, m]),
  ]),
  select('f-access', 'Access', [
    ['', 'Any'],
    ['read', 'read'],
    ['write', 'write'],
  ]),
  select('f-scope', 'Permission (scope)', [
    ['', 'Any'],
    [NO_SCOPE, 'None needed'],
    ...usedScopes.map((s) => [s, s]),
  ]),
  select('f-area', 'Area', [['', 'Any'], ...areaNames.map((a) => [a, a])]),
  h(
    'button',
    {
      type: 'button',
      class: 'reset',
      onclick: () => {
        form.reset();
        applyFilters();
      },
    },
    'Clear filters',
  ),
);

const count = h('p', { id: 'count', class: 'count', role: 'status', 'aria-live': 'polite' });
const empty = h('p', { class: 'empty', hidden: true }, 'No method matches these filters.');
const rowsById = new Map();
const areaSections = areaNames.map((name) => {
  const area = data.areas.find((a) => a.name === name);
  const inArea = ops.filter((op) => op.area === name);
  const counter = h('span', { class: 'area-count' });
  const rows = inArea.map((op) => {
    const row = h(
      'tr',
      { tabindex: '0', 'data-id': op.id, 'aria-haspopup': 'dialog', class: 'op-row' },
      h('td', { 'data-label': 'Method' }, breakable(op.id)),
      h('td', { 'data-label': 'Endpoint', class: 'endpoint' }, verb(op.method), ' ', breakable(op.path, 'path')),
      h(
        'td',
        { 'data-label': 'What it does' },
        op.summary,
        op.flags.length ? h('span', { class: 'flags' }, op.flags.map(flag)) : null,
      ),
      h('td', { 'data-label': 'Access' }, access(op.access)),
      h(
        'td',
        { 'data-label': 'Permission' },
        op.scopes.length
          ? op.scopes.map((s) => h('span', { class: 'scope' }, s))
          : h('span', { class: 'muted' }, '—'),
      ),
      h('td', { 'data-label': 'Version', class: 'version' }, op.since),
    );
    rowsById.set(op.id, row);
    return row;
  });
  const section = h(
    'section',
    { class: 'area', 'aria-labelledby': `area-${name}`, 'data-area': name },
    h(
      'h3',
      { id: `area-${name}` },
      name,
      ' ',
      counter,
      area.grantable ? null : h('span', { class: 'muted tag' }, 'infrastructure, not grantable'),
    ),
    area.description ? h('p', { class: 'muted area-description' }, area.description) : null,
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'ops' },
        h(
          'caption',
          { class: 'visually-hidden' },
          `Methods of the ${name} area; press Enter on a row for its details`,
        ),
        h(
          'colgroup',
          null,
          ['method', 'endpoint', 'does', 'access', 'permission', 'version'].map((name) =>
            h('col', { class: `col-${name}` }),
          ),
        ),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            ['Method', 'Endpoint', 'What it does', 'Access', 'Permission', 'Version'].map((label) =>
              h('th', { scope: 'col' }, label),
            ),
          ),
        ),
        h('tbody', null, rows),
      ),
    ),
  );
  return { name, section, counter, ops: inArea };
});

const flagNote = h(
  'p',
  { class: 'muted flag-note' },
  'Flags: ',
  data.effectFlags.flatMap((f, i) => [i ? ' · ' : null, flag(f.name), ` ${f.meaning}`]),
  '. Select a row (or focus it and press Enter) for its details.',
);
fill(
  'methods-body',
  form,
  flagNote,
  count,
  empty,
  areaSections.map((a) => a.section),
);

/** A path as typed or pasted (full URL, query string, ids filled in) against a path template. */
function pathMatches(template, typed) {
  let path = typed.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0];
  if (path.length > 1) path = path.replace(/\/+$/, '');
  const pattern = template
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${pattern}$`, 'i').test(path);
}

function matches(op, filters) {
  if (filters.method && op.method !== filters.method) return false;
  if (filters.access && op.access !== filters.access) return false;
  if (filters.area && op.area !== filters.area) return false;
  if (filters.scope === NO_SCOPE ? op.scopes.length > 0 : filters.scope && !op.scopes.includes(filters.scope))
    return false;
  const q = filters.search.trim().toLowerCase();
  if (!q) return true;
  if ([op.path, op.id, op.summary, op.call].some((text) => text.toLowerCase().includes(q))) return true;
  return /^(\/|https?:)/.test(q) && pathMatches(op.path, q);
}

function applyFilters() {
  const value = (id) => document.getElementById(id).value;
  const filters = {
    search: value('f-search'),
    method: value('f-method'),
    access: value('f-access'),
    scope: value('f-scope'),
    area: value('f-area'),
  };
  let shown = 0;
  for (const area of areaSections) {
    let inArea = 0;
    for (const op of area.ops) {
      const ok = matches(op, filters);
      rowsById.get(op.id).hidden = !ok;
      if (ok) inArea++;
    }
    area.section.hidden = inArea === 0;
    area.counter.textContent =
      inArea === area.ops.length ? plural(inArea, 'method') : `${inArea} of ${plural(area.ops.length, 'method')}`;
    shown += inArea;
  }
  empty.hidden = shown > 0;
  count.textContent =
    shown === ops.length
      ? `Showing all ${plural(ops.length, 'method')}.`
      : `Showing ${shown} of ${plural(ops.length, 'method')}.`;
}
form.addEventListener('input', applyFilters);
form.addEventListener('change', applyFilters);
applyFilters();

// ---- the other sections ----

fill(
  'events-body',
  h(
    'p',
    null,
    'Dialpad pushes these events to your webhooks and websockets (see ',
    h('a', { href: '#connect' }, 'How to connect'),
    '). The methods in the last column make Dialpad send one.',
  ),
  table(
    'Events',
    ['Event', 'What it signals', 'Subscribe with', 'Triggered by'],
    data.events.map((e) => [
      code(e.name),
      prose(e.signals),
      opLinks(e.subscribeWith),
      opLinks(ops.filter((op) => op.webhookEvent === e.name).map((op) => op.id)),
    ]),
    { captionHidden: true },
  ),
);

const capped = ops.filter((op) => op.rateLimits.length);
fill(
  'rate-limits-body',
  h(
    'p',
    { class: 'callout' },
    'Company ceiling: ',
    h('strong', null, data.companyRateLimit.text),
    ', for every request.',
  ),
  h('p', null, prose(data.rateLimitNotes.intro), ' ', prose(data.rateLimitNotes.sdk)),
  capped.length
    ? table(
        'Methods with caps of their own',
        ['Method', 'Endpoint', 'Its own caps'],
        capped.map((op) => [
          opLinks([op.id]),
          [verb(op.method), ' ', h('code', { class: 'path' }, op.path)],
          op.rateLimits.join('; '),
        ]),
        { captionHidden: true },
      )
    : h('p', { class: 'muted' }, 'None of these methods has a cap of its own.'),
);

const paged = ops.filter((op) => op.paginated);
fill(
  'pagination-body',
  data.pagination.map((text) => h('p', null, prose(text))),
  h('p', null, 'Methods that page: ', opLinks(paged.map((op) => op.id)), '.'),
);

function bytesText(bytes) {
  const mb = 1024 * 1024;
  return bytes % mb === 0
    ? `${bytes / mb} MB (${bytes.toLocaleString('en-US')} bytes)`
    : `${bytes.toLocaleString('en-US')} bytes`;
}
const sized = ops.filter((op) => op.maxRequestBytes !== null);
fill(
  'size-limits-body',
  h('p', null, prose(data.sizeLimitsIntro)),
  sized.length
    ? table(
        'Size limits',
        ['Method', 'Endpoint', 'Largest request body'],
        sized.map((op) => [
          opLinks([op.id]),
          [verb(op.method), ' ', h('code', { class: 'path' }, op.path)],
          bytesText(op.maxRequestBytes),
        ]),
        { captionHidden: true },
      )
    : h('p', { class: 'muted' }, 'None of these methods has a stated limit.'),
);

fill(
  'status-codes-body',
  h(
    'p',
    null,
    'Every method can answer with these. This package throws the error class named in the last column; each error carries ',
    code('status'),
    ', ',
    code('operationId'),
    ', ',
    code('requestId'),
    ', ',
    code('retryable'),
    ' and this ',
    code('advice'),
    '.',
  ),
  table(
    'Status codes',
    ['Status', 'Code', 'Meaning', 'What to do', 'Thrown as'],
    data.statusCodes.map((s) => [
      h('strong', null, String(s.status)),
      code(s.code),
      s.meaning,
      s.advice,
      [code(s.errorClass), s.retryable ? h('span', { class: 'retryable' }, 'retryable') : null],
    ]),
    { captionHidden: true, class: 'status-table' },
  ),
);

fill(
  'versioning-body',
  data.versioning.map((text) => h('p', null, prose(text))),
);

// ---- the detail panel ----

const dialog = document.getElementById('detail');
let opener = null;

function detailBody(op) {
  const area = data.areas.find((a) => a.name === op.area);
  const event = data.events.find((e) => e.name === op.webhookEvent);
  const scopeText = (name) => data.scopes.find((s) => s.name === name)?.description ?? '';
  const flagged = op.flags.length > 0;
  return [
    h('p', { class: 'detail-endpoint' }, verb(op.method), ' ', h('code', { class: 'path' }, op.path)),
    h('p', { class: 'detail-summary' }, op.summary),
    h(
      'section',
      { class: `effect${flagged ? ' effect-flagged' : ''}`, 'aria-labelledby': 'effect-title' },
      h('h3', { id: 'effect-title' }, 'What it does to the real world'),
      flagged
        ? h(
            'ul',
            { class: 'effect-flags' },
            op.flags.map((name) =>
              h('li', null, flag(name), ' ', data.effectFlags.find((f) => f.name === name)?.meaning ?? ''),
            ),
          )
        : null,
      h('p', null, prose(op.effect)),
    ),
    h(
      'dl',
      { class: 'facts' },
      h('dt', null, 'Call it'),
      h('dd', null, code(op.call)),
      h('dt', null, 'Access'),
      h(
        'dd',
        null,
        access(op.access),
        area?.grantable
          ? [' — an agent needs the ', code(op.area), ` area granted `, code(op.access), '.']
          : ' — OAuth infrastructure, not a grantable area.',
      ),
      h('dt', null, 'Permission'),
      h(
        'dd',
        null,
        op.scopes.length
          ? h(
              'ul',
              null,
              op.scopes.map((s) =>
                h('li', null, 'OAuth scope ', code(s), scopeText(s) ? `: ${scopeText(s)}` : ''),
              ),
            )
          : 'No OAuth scope: any valid API key, or a token of a user allowed to do it.',
      ),
      h('dt', null, 'Version'),
      h('dd', null, op.since),
      h('dt', null, 'Rate limits'),
      h(
        'dd',
        null,
        op.rateLimits.length
          ? h(
              'ul',
              null,
              op.rateLimits.map((text) => h('li', null, text)),
              h('li', null, `and the company ceiling: ${data.companyRateLimit.text}`),
            )
          : `Only the company ceiling: ${data.companyRateLimit.text}.`,
      ),
      h('dt', null, 'Webhook event'),
      h(
        'dd',
        null,
        event
          ? [
              code(event.name),
              ' — ',
              prose(event.signals),
              event.subscribeWith.length ? [' Subscribe with ', opLinks(event.subscribeWith), '.'] : null,
            ]
          : 'None: this method does not make Dialpad push an event.',
      ),
      op.paginated
        ? [
            h('dt', null, 'Pagination'),
            h(
              'dd',
              null,
              'Pages with ',
              code('cursor'),
              '; iterate the result for every item, or use ',
              code('.pages()'),
              '.',
            ),
          ]
        : null,
      op.maxRequestBytes !== null
        ? [h('dt', null, 'Largest request'), h('dd', null, bytesText(op.maxRequestBytes))]
        : null,
      op.pathParams.length || op.queryParams.length
        ? [
            h('dt', null, 'Parameters'),
            h(
              'dd',
              null,
              op.pathParams.length
                ? ['path: ', op.pathParams.flatMap((p, i) => [i ? ', ' : null, code(p)])]
                : null,
              op.pathParams.length && op.queryParams.length ? h('br') : null,
              op.queryParams.length
                ? ['query: ', op.queryParams.flatMap((p, i) => [i ? ', ' : null, code(p)])]
                : null,
            ),
          ]
        : null,
      h('dt', null, 'Source'),
      h(
        'dd',
        null,
        op.source
          ? h(
              'a',
              { href: op.source, target: '_blank', rel: 'noopener noreferrer' },
              'Dialpad’s reference for this method',
            )
          : 'Not linked.',
      ),
    ),
  ];
}

function openDetail(id, from) {
  const op = byId.get(id);
  if (!op) return;
  if (opener && opener !== from) opener.removeAttribute('aria-expanded');
  opener = from ?? rowsById.get(id) ?? null;
  fill('detail-kicker', `${op.area} · ${op.access}`);
  fill('detail-title', op.id);
  fill('detail-body', detailBody(op));
  for (const row of rowsById.values()) row.classList.toggle('selected', row.dataset.id === id);
  rowsById.get(id)?.setAttribute('aria-expanded', 'true');
  if (!dialog.open) dialog.showModal();
  dialog.scrollTop = 0;
  document.getElementById('detail-close').focus();
}

dialog.addEventListener('close', () => {
  for (const row of rowsById.values()) {
    row.classList.remove('selected');
    row.removeAttribute('aria-expanded');
  }
  const back = opener && opener.isConnected && !opener.closest('dialog') ? opener : null;
  opener = null;
  back?.focus();
});
document.getElementById('detail-close').addEventListener('click', () => dialog.close());
// A click on the backdrop lands on the dialog element itself.
dialog.addEventListener('click', (event) => {
  if (event.target === dialog) dialog.close();
});

document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-open]');
  if (button) {
    openDetail(button.dataset.open, button.closest('dialog') ? opener : button);
    return;
  }
  const row = event.target.closest('tr.op-row');
  if (row && !window.getSelection()?.toString()) openDetail(row.dataset.id, row);
});
document.addEventListener('keydown', (event) => {
  const row = event.target.closest?.('tr.op-row');
  if (row && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    openDetail(row.dataset.id, row);
  }
});

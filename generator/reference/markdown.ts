import { BANNER_TEXT } from '../banner.js';
import { stringWidth } from '../prettier-doc.js';
import type { ReferenceData, ReferenceOperation } from './data.js';

/** A table cell: one line, pipes escaped (backticks pass through, so `code` stays code). */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|');
}

/** A table as prettier prints it: every column padded to its widest cell (at least 3), left-aligned. */
function table(head: string[], rows: string[][]): string {
  if (!rows.length) return '_None._';
  const cells = [head, ...rows.map((row) => row.map(cell))];
  const widths = head.map((_, i) => Math.max(3, ...cells.map((row) => stringWidth(row[i] ?? ''))));
  const line = (row: string[]) => `| ${row.map((text, i) => text + ' '.repeat(widths[i]! - stringWidth(text))).join(' | ')} |`;
  return [line(cells[0]!), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...cells.slice(1).map(line)].join('\n');
}

function code(text: string): string {
  // An empty code span is no code span at all (prettier would print what surrounds it differently).
  return text ? `\`${text}\`` : '—';
}

function flags(op: ReferenceOperation): string {
  return op.flags.map((flag) => `**${flag}**`).join(' ');
}

export function bytesText(bytes: number): string {
  const mb = 1024 * 1024;
  return bytes % mb === 0 ? `${bytes / mb} MB (${bytes.toLocaleString('en-US')} bytes)` : `${bytes.toLocaleString('en-US')} bytes`;
}

function ids(list: string[]): string {
  return list.length ? list.map(code).join(', ') : '—';
}

export function renderMarkdown(data: ReferenceData): string {
  const ops = data.operations;
  const out: string[] = [];
  const add = (...blocks: string[]) => out.push(...blocks);

  add(
    `<!-- ${BANNER_TEXT}. Regenerate with \`npm run generate\`. -->`,
    `# ${data.title}`,
    `Every method of the Dialpad API ${data.version} this package calls: how to connect and authenticate, the access and permission each method needs, and what it does to the real world. Generated from ${code(data.generatedFrom)}; \`reference.html\` beside this file has the same content as a filterable page.`,
    `**${ops.length} methods in ${data.areas.length} areas.** Contents: [How to connect](#how-to-connect) · [Methods by area](#methods-by-area) · [Events](#events) · [Rate limits](#rate-limits) · [Pagination](#pagination) · [Size limits](#size-limits) · [Status codes](#status-codes) · [Versioning](#versioning)`,
  );

  const c = data.connect;
  add(
    '## How to connect',
    '### REST base URLs',
    table(
      ['Environment', 'Base URL'],
      data.servers.map((s) => [s.name, code(s.url)]),
    ),
    `${c.restIntro} ${c.sdk}`,
    '### Authentication: API key or OAuth',
    [`- **API key.** ${c.apiKey}`, `- **OAuth 2.0.** ${c.oauth} Authorize at ${code(c.authorizationUrl)}, get tokens at ${code(c.tokenUrl)}. ${c.oauthSdk}`].join('\n'),
    'OAuth scopes:',
    table(
      ['Scope', 'What it grants', 'Methods that need it'],
      data.scopes.map((s) => [code(s.name), s.description, ids(ops.filter((op) => op.scopes.includes(s.name)).map((op) => op.id))]),
    ),
    '### Events: webhooks or websockets',
    c.events,
    table(
      ['Endpoint', 'How events arrive', 'Create with'],
      [
        ['Webhook', c.webhook, ids(c.webhookCreatedBy)],
        ['Websocket', c.websocket, ids(c.websocketCreatedBy)],
      ],
    ),
  );

  add(
    '## Methods by area',
    'Access is what an agent’s grant must allow for the area (`read` or `write`); Permission is the OAuth scope the method needs on top of a valid key or token (— for none). Version is the API version and the date Dialpad first published the method, where known. The Method links to Dialpad’s own page for it.',
    table(
      ['Area', 'Methods', 'Read', 'Write', 'What it covers'],
      data.areas.map((area) => {
        const inArea = ops.filter((op) => op.area === area.name);
        const name = area.grantable ? code(area.name) : `${code(area.name)} (not grantable)`;
        return [name, String(inArea.length), String(inArea.filter((op) => op.access === 'read').length), String(inArea.filter((op) => op.access === 'write').length), area.description];
      }),
    ),
    `Effect flags, shown in bold after what a method does: ${data.effectFlags.map((f) => `**${f.name}** — ${f.meaning}`).join('; ')}.`,
  );
  for (const area of data.areas) {
    const inArea = ops.filter((op) => op.area === area.name);
    const writes = inArea.filter((op) => op.access === 'write');
    add(
      `### ${area.name} — ${inArea.length} ${inArea.length === 1 ? 'method' : 'methods'}`,
      ...(area.description ? [area.description] : []),
      table(
        ['Method', 'Endpoint', 'What it does', 'Access', 'Permission', 'Version'],
        inArea.map((op) => [
          op.source ? `[${code(op.id)}](${op.source})` : code(op.id),
          code(`${op.method} ${op.path}`),
          [op.summary, flags(op)].filter(Boolean).join(' '),
          op.access,
          op.scopes.length ? op.scopes.map(code).join(', ') : '—',
          op.since,
        ]),
      ),
    );
    if (writes.length) {
      add(`What the writes do to the real world:\n\n${writes.map((op) => `- ${code(op.id)}${op.flags.length ? ` (${flags(op)})` : ''}: ${op.effect}`).join('\n')}`);
    }
  }

  add(
    '## Events',
    'Dialpad pushes these events to your webhooks and websockets (see [How to connect](#how-to-connect)). The methods in the last column make Dialpad send one.',
    table(
      ['Event', 'What it signals', 'Subscribe with', 'Triggered by'],
      data.events.map((e) => [code(e.name), e.signals, ids(e.subscribeWith), ids(ops.filter((op) => op.webhookEvent === e.name).map((op) => op.id))]),
    ),
  );

  const capped = ops.filter((op) => op.rateLimits.length);
  add(
    '## Rate limits',
    `Company ceiling: **${data.companyRateLimit.text}**. ${data.rateLimitNotes.intro} ${data.rateLimitNotes.sdk}`,
    table(
      ['Method', 'Endpoint', 'Its own caps'],
      capped.map((op) => [code(op.id), code(`${op.method} ${op.path}`), op.rateLimits.join('; ')]),
    ),
  );

  add('## Pagination', ...data.pagination, `Methods that page: ${ids(ops.filter((op) => op.paginated).map((op) => op.id))}.`);

  const sized = ops.filter((op) => op.maxRequestBytes !== null);
  add(
    '## Size limits',
    data.sizeLimitsIntro,
    table(
      ['Method', 'Endpoint', 'Largest request body'],
      sized.map((op) => [code(op.id), code(`${op.method} ${op.path}`), bytesText(op.maxRequestBytes!)]),
    ),
  );

  add(
    '## Status codes',
    'Every method can answer with these. This package throws the error class named in the last column; each error carries `status`, `operationId`, `requestId`, `retryable` and this `advice`.',
    table(
      ['Status', 'Code', 'Meaning', 'What to do', 'Thrown as'],
      data.statusCodes.map((s) => [String(s.status), code(s.code), s.meaning, s.advice, `${code(s.errorClass)}${s.retryable ? ' (retryable)' : ''}`]),
    ),
  );

  add('## Versioning', ...data.versioning);
  return `${out.join('\n\n')}\n`;
}

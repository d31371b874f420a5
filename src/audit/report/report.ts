import type { Policy } from '../../guard/types.js';
import type { AuditRecord } from '../record.js';
import type { AuditVerification } from '../verify.js';
import { PAGE_CSS, PAGE_JS } from './assets.js';
import { KNOWN_DECISIONS, LIST_CAP, summarizeAudit, type AuditSummary, type CallGroup, type PivotRow, type ReportRecord } from './summary.js';
import { escapeHtml, scriptSafeJson } from '../../html.js';

export interface AuditReportInput {
  records: AuditRecord[];
  verification: AuditVerification;
  /** Where the log came from, shown at the top: a file path, `postgres:<table>`, … */
  source: string;
  generatedAt?: Date;
  /** With the policy, every agent it names is listed (even with no calls), and every budget it declares. */
  policy?: Policy;
  /** Each record's line in the log, when some lines were not records (torn, unreadable); default its position + 1. */
  lines?: readonly number[];
}

export { escapeHtml, scriptSafeJson };

const e = escapeHtml;
/** Text with `code` spans, as the advice is written; escaped first. */
const prose = (value: string): string =>
  value
    .split('`')
    .map((part, i) => (i % 2 ? `<code>${e(part)}</code>` : e(part)))
    .join('');
const n = (value: number): string => value.toLocaleString('en-US');
const plural = (count: number, word: string, many = `${word}s`): string => `${n(count)} ${count === 1 ? word : many}`;

/** A time as the report shows it (UTC, to the second), in a <time> element. */
function time(ms: number | null): string {
  if (ms === null) return '<span class="muted">no time</span>';
  const iso = new Date(ms).toISOString();
  return `<time datetime="${iso}">${iso.slice(0, 19).replace('T', ' ')}</time>`;
}

function span(first: number | null, last: number | null, between = ' –<br>'): string {
  if (first === null || last === null) return time(first ?? last);
  return first === last ? time(first) : `${time(first)}${between}${time(last)}`;
}

const decisionClass = (decision: string): string => ((KNOWN_DECISIONS as readonly string[]).includes(decision) ? `dec-${decision}` : 'dec-other');
const op = (operationId: string, method: string, path: string): string =>
  `<code class="op">${e(operationId || '(none)')}</code>${method || path ? `<br><span class="endpoint">${method ? `<span class="verb verb-${e(method.toLowerCase())}">${e(method)}</span> ` : ''}<code class="path">${e(path)}</code></span>` : ''}`;

function statusClass(status: string): string {
  const code = Number(status);
  if (!Number.isInteger(code)) return 'st-none';
  return code < 300 ? 'st-ok' : code < 400 ? 'st-redirect' : code < 500 ? 'st-client' : 'st-server';
}

/** Attributes the page's filters read: agent, area and decision as indexes into the page's lists. */
const filterAttrs = (row: { agent: number; area?: number; decision?: number }, count?: number): string =>
  ` data-a="${row.agent}"${row.area === undefined ? '' : ` data-r="${row.area}"`}${row.decision === undefined ? '' : ` data-d="${row.decision}"`}${count === undefined ? '' : ` data-count="${count}"`}`;

function table(id: string, caption: string, head: string[], rows: string[], options: { numeric?: number[]; className?: string } = {}): string {
  const numeric = new Set(options.numeric ?? []);
  return `<div class="table-wrap"><table id="${id}" class="filterable${options.className ? ` ${options.className}` : ''}">
<caption class="visually-hidden">${e(caption)}</caption>
<thead><tr>${head.map((label, i) => `<th scope="col"${numeric.has(i) ? ' class="n"' : ''}>${label}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></div>
<p class="empty" data-empty-for="${id}" hidden>Nothing here matches the filters.</p>`;
}

const badge = (tableId: string, count: number, word: string, many?: string): string => `<span class="badge" data-badge-for="${tableId}" data-word="${e(word)}" data-words="${e(many ?? `${word}s`)}">${plural(count, word, many)}</span>`;

/**
 * A table of counts per agent, broken down by area: an agent's row sums its area rows below it
 * (the page sums again what its filters leave visible).
 */
function pivotTable(id: string, caption: string, columns: { key: string; label: string; className: string }[], rows: PivotRow[], summary: AuditSummary, options: { everyAgent: boolean; decision?: number; word: string; className?: string }): string {
  const byAgent = new Map<number, PivotRow[]>();
  for (const row of rows) (byAgent.get(row.agent) ?? byAgent.set(row.agent, []).get(row.agent)!).push(row);
  const agentIds = options.everyAgent ? summary.agents.map((_, i) => i) : [...byAgent.keys()].sort((a, b) => a - b);
  const cells = (counts: Record<string, number>) => {
    let total = 0;
    const tds = columns.map((c, i) => {
      const value = counts[c.key] ?? 0;
      total += value;
      return `<td class="n ${c.className}${value ? '' : ' zero'}" data-c="${i}" data-n="${value}">${n(value)}</td>`;
    });
    return `${tds.join('')}<td class="n sum" data-n="${total}">${n(total)}</td>`;
  };
  const groups = agentIds.map((agent) => {
    const info = summary.agents[agent]!;
    const areaRows = byAgent.get(agent) ?? [];
    const sum: Record<string, number> = {};
    for (const row of areaRows) for (const [key, value] of Object.entries(row.counts)) sum[key] = (sum[key] ?? 0) + value;
    const notes = info.notes.map((note) => ` <span class="note">${e(note)}</span>`).join('');
    const decision = options.decision === undefined ? '' : ` data-d="${options.decision}"`;
    return `<tbody class="agent-group" data-a="${agent}"${decision}>
<tr class="pivot-total"><th scope="rowgroup"><span class="agent-name">${e(info.label)}</span>${notes}${areaRows.length ? '' : ` <span class="muted">no ${options.word} recorded</span>`}</th>${cells(sum)}</tr>
${areaRows.map((row) => `<tr class="pivot-row"${filterAttrs({ agent, area: row.area, decision: options.decision })}><th scope="row">${e(summary.areas[row.area]!)}</th>${cells(row.counts)}</tr>`).join('\n')}
</tbody>`;
  });
  return `<div class="table-wrap"><table id="${id}" class="pivot${options.className ? ` ${options.className}` : ''}">
<caption class="visually-hidden">${e(caption)}</caption>
<thead><tr><th scope="col">Agent · area</th>${columns.map((c, i) => `<th scope="col" class="n ${c.className}" data-c="${i}">${e(c.label)}</th>`).join('')}<th scope="col" class="n sum">Total</th></tr></thead>
${groups.join('\n')}
</table></div>
<p class="empty" data-empty-for="${id}" hidden>Nothing here matches the filters.</p>`;
}

function verificationSection(verification: AuditVerification, summary: AuditSummary, lastLine: number): string {
  const recoveries = summary.recoveries.length;
  const unfinished = summary.unfinished.total;
  const facts: string[] = [];
  if (verification.ok) {
    const checkpoint =
      verification.checkpoint === 'signed'
        ? '<strong>signed</strong>: the log reaches its checkpoint and the checkpoint’s HMAC signature is valid'
        : verification.checkpoint === 'matched'
          ? '<strong>matched</strong>: the log reaches its checkpoint, so no records were cut from its end (the checkpoint is not signed)'
          : '<strong>none</strong>: no checkpoint was checked, so records cut from the end of the log could not be seen';
    facts.push(`<li><span class="fact">Checkpoint</span> ${checkpoint}</li>`);
    facts.push(`<li><span class="fact">Recoveries</span> ${verification.recoveries ? `${plural(verification.recoveries, 'torn line')} (a crash mid-write) closed off by a recovery record` : 'none: no torn lines'}</li>`);
    facts.push(
      `<li><span class="fact">Unfinished attempts</span> ${verification.unfinished ? `<a href="#unfinished">${plural(verification.unfinished, 'attempt')}</a> with no outcome recorded: the request may have been sent, its answer was never written (a crash)` : 'none: every attempt has its outcome'}</li>`,
    );
    if (verification.records !== summary.records) facts.push(`<li class="warn-text"><span class="fact">Mismatch</span> verification counted ${plural(verification.records, 'record')}, this report shows ${plural(summary.records, 'record')}</li>`);
    return `<section id="verification" class="verdict verdict-ok" aria-labelledby="verification-title">
<div class="verdict-mark" aria-hidden="true">✓</div>
<div class="verdict-body">
<p class="kicker">Verification</p>
<h2 id="verification-title">Chain intact</h2>
<p class="verdict-lede">${verification.records ? `All ${plural(verification.records, 'record')} check out: every record’s hash, the chain from the first line to the last (${plural(verification.lines, 'line')}, last record ${n(verification.lastSeq)}).` : 'The log is empty: no record was written to it.'}</p>
<ul class="verdict-facts">${facts.join('')}</ul>
</div>
</section>`;
  }
  const { line, problem } = verification;
  let title: string;
  let lede: string;
  if (line <= 0) {
    title = 'Cannot be verified';
    lede = 'The log could not be checked, so nothing in it can be trusted as written.';
  } else if (line > lastLine) {
    title = 'Chain broken after the last line';
    lede = `Every line that is there chains, but the log as a whole fails: records may be missing from its end. Treat the whole report with suspicion.`;
  } else {
    title = `Chain broken at line ${n(line)}`;
    lede =
      line === 1
        ? 'Nothing in this log can be trusted: its first line already fails.'
        : `Lines 1–${n(line - 1)} verify. From line ${n(line)} on, records may have been altered, removed or inserted: the ${plural(summary.unverified, 'record')} from there are shown below marked “not verified”.`;
  }
  facts.push(`<li><span class="fact">Problem</span> <strong class="problem">line ${n(line)}: ${e(problem)}</strong></li>`);
  if (recoveries) facts.push(`<li><span class="fact">Recoveries</span> ${plural(recoveries, 'recovery record')} in the log</li>`);
  if (unfinished) facts.push(`<li><span class="fact">Unfinished attempts</span> <a href="#unfinished">${plural(unfinished, 'attempt')}</a> with no outcome recorded</li>`);
  return `<section id="verification" class="verdict verdict-broken" aria-labelledby="verification-title">
<div class="verdict-mark" aria-hidden="true">!</div>
<div class="verdict-body">
<p class="kicker">Verification</p>
<h2 id="verification-title">${title}</h2>
<p class="verdict-lede">${lede}</p>
<ul class="verdict-facts">${facts.join('')}</ul>
</div>
</section>`;
}

function groupRows(groups: CallGroup[], summary: AuditSummary, withAdvice: boolean): string[] {
  return groups.map((g) => {
    const targets = g.targets.length ? `${g.targets.map((t) => `<span class="target">${e(t)}</span>`).join(' ')}${g.moreTargets ? ` <span class="muted">and ${n(g.moreTargets)} more</span>` : ''}` : '<span class="muted">—</span>';
    const advice = g.advice === null ? `<span class="muted">No advice for the reason <code>${e(g.reason || '(none)')}</code> in this version.</span>` : prose(g.advice);
    return `<tr class="f"${filterAttrs(g, g.count)}><td><span class="agent-name">${e(summary.agents[g.agent]!.label)}</span></td><td>${op(g.operationId, g.method, g.path)}</td><td><code class="reason">${e(g.reason || '(none)')}</code></td>${withAdvice ? `<td class="advice">${advice}</td>` : ''}<td class="n">${n(g.count)}</td><td class="when">${span(g.first, g.last)}</td><td>${targets}</td></tr>`;
  });
}

function section(id: string, title: string, badgeHtml: string, body: string, intro = ''): string {
  return `<section id="${id}" class="panel-section" aria-labelledby="${id}-title">
<h2 id="${id}-title">${title} ${badgeHtml}</h2>
${intro ? `<p class="muted intro">${intro}</p>` : ''}
${body}
</section>`;
}

const none = (text: string): string => `<p class="none">${text}</p>`;

/** The records, column by column, with repeated strings as indexes into lists: compact enough for 100k records. */
function island(records: ReportRecord[], summary: AuditSummary, input: AuditReportInput, generatedAt: Date) {
  const lists = { kinds: new Map<string, number>(), reasons: new Map<string, number>(), errors: new Map<string, number>(), ops: new Map<string, number>() };
  const index = (map: Map<string, number>, key: string) => map.get(key) ?? map.set(key, map.size).get(key)!;
  const agentIndex = new Map(summary.agents.map((a, i) => [a.name, i]));
  const areaIndex = new Map(summary.areas.map((a, i) => [a === '(none)' ? '' : a, i]));
  const decisionIndex = new Map(summary.decisions.map((d, i) => [d, i]));
  const lineOfCall = new Map<string, { attempt?: number; outcome?: number }>();
  for (const r of records) {
    if (r.call === null || (r.kind !== 'attempt' && r.kind !== 'outcome')) continue;
    const pair = lineOfCall.get(r.call) ?? lineOfCall.set(r.call, {}).get(r.call)!;
    if (r.kind === 'attempt') pair.attempt ??= r.line;
    else pair.outcome ??= r.line;
  }
  const t0 = summary.first;
  const ops: [string, string, string, number, string][] = [];
  const targets = new Map<string, number>([['', 0]]);
  // Columns, each as small as it can be: lines, times and pairs as differences (mostly 1, a few
  // ms, ±1), targets as indexes into a list, approvals and budgets only where there are some.
  const cols = {
    ln: [] as number[],
    sq: [] as (number | null)[],
    t: [] as (number | null)[],
    k: [] as number[],
    a: [] as number[],
    o: [] as number[],
    d: [] as number[],
    rs: [] as number[],
    st: [] as (number | null)[],
    se: [] as (number | null)[],
    ms: [] as (number | null)[],
    er: [] as number[],
    q: [] as (string | null)[],
    p: [] as (number | null)[],
    tg: [] as number[],
    by: {} as Record<number, string>,
    b: {} as Record<number, string>,
  };
  let previousLine = 0;
  let previousTime = t0 ?? 0;
  records.forEach((r, i) => {
    const recovery = r.kind === 'recovery';
    let opIndex = -1;
    if (!recovery) {
      const key = JSON.stringify([r.operationId, r.method, r.path, r.area, r.access]);
      const before = lists.ops.size;
      opIndex = index(lists.ops, key);
      if (lists.ops.size > before) ops.push([r.operationId, r.method, r.path, areaIndex.get(r.area) ?? -1, r.access]);
    }
    const pair = r.call === null ? undefined : lineOfCall.get(r.call);
    const paired = r.kind === 'attempt' ? pair?.outcome : r.kind === 'outcome' ? pair?.attempt : undefined;
    cols.ln.push(r.line - previousLine);
    previousLine = r.line;
    cols.sq.push(r.seq === null ? null : r.seq - r.line);
    if (r.time === null || t0 === null) cols.t.push(null);
    else {
      cols.t.push(Math.round(r.time - previousTime));
      previousTime = r.time;
    }
    cols.k.push(index(lists.kinds, r.kind));
    cols.a.push(recovery ? -1 : (agentIndex.get(r.agent) ?? -1));
    cols.o.push(opIndex);
    cols.d.push(recovery ? -1 : (decisionIndex.get(r.decision) ?? -1));
    cols.rs.push(index(lists.reasons, r.reason));
    cols.st.push(r.status);
    cols.se.push(r.sent === null ? null : r.sent === 'unknown' ? 2 : r.sent ? 1 : 0);
    cols.ms.push(r.durationMs === null ? null : Math.round(r.durationMs * 10) / 10);
    cols.er.push(r.error === null ? -1 : index(lists.errors, r.error));
    cols.q.push(r.requestId ?? r.errorUuid);
    cols.p.push(paired === undefined ? null : paired - r.line);
    cols.tg.push(index(targets, r.targets));
    if (r.approvedBy !== null) cols.by[i] = r.approvedBy;
    if (r.budget) cols.b[i] = `${r.budget.name} ${r.budget.used}/${r.budget.limit}${r.budget.per ? ` per ${r.budget.per}` : ''}`;
  });
  return {
    source: input.source,
    generatedAt: generatedAt.toISOString(),
    t0,
    brokenFrom: summary.brokenFrom,
    agents: summary.agents.map((a) => a.label),
    areas: summary.areas,
    decisions: summary.decisions,
    kinds: [...lists.kinds.keys()],
    reasons: [...lists.reasons.keys()],
    errors: [...lists.errors.keys()],
    ops,
    targets: [...targets.keys()],
    records: cols,
  };
}

/**
 * The audit report: one self-contained HTML page (inline styles and script, the records as a JSON
 * island, no network at all) with the chain's verification on top, per-agent totals, a timeline,
 * every denial with its advice, approvals, dry runs, budgets, outcomes and a searchable table of
 * every record. The summaries are plain HTML (readable without script); the script adds the
 * filters, the timeline and the records table (a page at a time, so 100k records stay fast).
 */
export function renderAuditReport(input: AuditReportInput): string {
  const generatedAt = input.generatedAt ?? new Date();
  const { summary, records } = summarizeAudit({ records: input.records, verification: input.verification, policy: input.policy, lines: input.lines });
  const lastLine = records.reduce((max, r) => Math.max(max, r.line), input.verification.ok ? input.verification.lines : 0);
  const decisionColumns = summary.decisions.map((d, i) => ({ key: String(i), label: d || '(none)', className: decisionClass(d) }));
  const allowed = summary.decisions.indexOf('allowed');
  const outcomeDecision = allowed === -1 ? undefined : allowed;
  const withDecision = <T extends { agent: number; area: number }>(row: T) => ({ ...row, decision: outcomeDecision });
  const count = (decision: string) => summary.byDecision[summary.decisions.indexOf(decision)] ?? 0;
  const errorsTotal = summary.errors.reduce((sum, g) => sum + g.count, 0);

  const lede = [
    `<code>${e(input.source)}</code>`,
    `${plural(summary.records, 'record')}: ${plural(summary.calls, 'call')} by ${plural(summary.agents.length, 'agent')}`,
    summary.first === null ? 'no times' : `${span(summary.first, summary.last, ' – ')} UTC`,
  ].join(' · ');

  const stats = [
    ['calls', summary.calls, ''],
    ['allowed', count('allowed'), 'dec-allowed'],
    ['denied', count('denied'), 'dec-denied'],
    ['refused', count('refused'), 'dec-refused'],
    ['dry runs', count('dry-run'), 'dec-dry-run'],
    ['errors', errorsTotal, 'stat-errors'],
    ['unfinished', summary.unfinished.total, 'stat-unfinished'],
  ] as const;

  const agentsBody = summary.agents.length
    ? pivotTable('totals-table', 'Calls per agent and area, by decision', decisionColumns, summary.totals, summary, { everyAgent: true, word: 'calls', className: 'pivot-decisions' })
    : none('No calls in this log.');

  const denials = summary.denials.reduce((sum, g) => sum + g.count, 0);
  const refusals = summary.refusals.reduce((sum, g) => sum + g.count, 0);
  const denialsBody = [
    summary.denials.length
      ? table('denials-table', 'Denials, by agent, operation and reason', ['Agent', 'Operation', 'Reason', 'What to do', 'Calls', 'When (UTC)', 'Targets'], groupRows(summary.denials, summary, true), { numeric: [4] })
      : none('None: the policy denied no call.'),
    `<h3 id="refusals-title">Refused before sending ${badge('refusals-table', refusals, 'call')}</h3>`,
    '<p class="muted intro">Calls stopped on this side (malformed, too large, no rate-limit slot, limiter down): nothing reached Dialpad.</p>',
    summary.refusals.length
      ? table('refusals-table', 'Refusals, by agent, operation and reason', ['Agent', 'Operation', 'Reason', 'What it means', 'Calls', 'When (UTC)', 'Targets'], groupRows(summary.refusals, summary, true), { numeric: [4] })
      : none('None: no call was refused before sending.'),
  ].join('\n');

  const approvalsBody = summary.approvals.items.length
    ? table(
        'approvals-table',
        'Approved calls',
        ['When (UTC)', 'Agent', 'Operation', 'Approved by', 'Outcome', 'Line'],
        summary.approvals.items.map(
          (a) =>
            `<tr class="f"${filterAttrs(a, 1)}><td class="when">${time(a.time)}</td><td><span class="agent-name">${e(summary.agents[a.agent]!.label)}</span></td><td>${op(a.operationId, a.method, a.path)}</td><td><strong class="approver">${e(a.approvedBy)}</strong></td><td>${e(a.result)}</td><td class="n">${n(a.line)}</td></tr>`,
        ),
        { numeric: [5] },
      ) + (summary.approvals.total > summary.approvals.items.length ? `<p class="muted">The first ${n(summary.approvals.items.length)} of ${n(summary.approvals.total)}; search the records for the rest.</p>` : '')
    : none('None: no call in this log was approved by a person (an approval is recorded as <code>approvedBy</code> on the call’s attempt).');

  const dryRunsBody = summary.dryRuns.length
    ? table('dry-runs-table', 'Dry runs, by agent, operation and reason', ['Agent', 'Operation', 'Reason', 'Calls', 'When (UTC)', 'Targets'], groupRows(summary.dryRuns, summary, false), { numeric: [3] })
    : none('None: no dry runs recorded (calls with the decision <code>dry-run</code>: checked, logged, not sent).');

  const budgetsBody = summary.budgets.length
    ? table(
        'budgets-table',
        'Budgets per agent',
        ['Agent', 'Budget', 'Used', 'Per', 'Calls counted', 'Stopped', 'Last use (UTC)'],
        summary.budgets.map((b) => {
          const ratio = b.limit ? Math.min(1, b.used / b.limit) : 0;
          const level = b.limit !== null && b.used >= b.limit ? 'full' : ratio >= 0.8 ? 'high' : 'ok';
          const meter = b.limit ? `<span class="meter meter-${level}" role="img" aria-label="${Math.round(ratio * 100)}% used"><span style="width:${(ratio * 100).toFixed(1)}%"></span></span>` : '';
          const source = b.fromRecords ? '' : ' <span class="note">declared, unused</span>';
          return `<tr class="f"${filterAttrs({ agent: b.agent }, 1)}><td><span class="agent-name">${e(summary.agents[b.agent]!.label)}</span></td><td><code>${e(b.name)}</code>${source}</td><td class="budget-use">${n(b.used)} of ${b.limit === null ? '?' : n(b.limit)} ${meter}${b.peak > b.used ? ` <span class="muted">(peak ${n(b.peak)})</span>` : ''}</td><td>${e(b.per || '—')}</td><td class="n">${n(b.calls)}</td><td class="n">${n(b.stopped)}</td><td class="when">${time(b.last)}</td></tr>`;
        }),
        { numeric: [4, 5] },
      )
    : none(input.policy ? 'None: no call carried a budget and the policy declares none.' : 'None: no call carried a budget. (Given the policy, the report lists every budget it declares, used or not.)');

  const statusColumns = summary.statusColumns.map((key) => ({ key, label: key, className: statusClass(key) }));
  const outcomesBody = [
    `<h3>Status codes ${badge('statuses-table', summary.outcomes, 'outcome')}</h3>`,
    summary.statuses.length
      ? pivotTable('statuses-table', 'Outcomes per agent and area, by status', statusColumns, summary.statuses.map(withDecision), summary, { everyAgent: false, decision: outcomeDecision, word: 'outcomes' })
      : none('None: no outcome recorded.'),
    `<h3>Errors ${badge('errors-table', errorsTotal, 'call')}</h3>`,
    summary.errors.length
      ? table(
          'errors-table',
          'Errors, by agent, operation, error and status',
          ['Agent', 'Operation', 'Error', 'Status', 'Calls', 'Last (UTC)', 'Last request id'],
          summary.errors.map(
            (g) =>
              `<tr class="f"${filterAttrs(withDecision(g), g.count)}><td><span class="agent-name">${e(summary.agents[g.agent]!.label)}</span></td><td>${op(g.operationId, g.method, g.path)}</td><td><code>${e(g.error)}</code></td><td><span class="chip ${statusClass(g.status)}">${e(g.status)}</span></td><td class="n">${n(g.count)}</td><td class="when">${time(g.last)}</td><td>${g.lastRequestId ? `<code>${e(g.lastRequestId)}</code>` : '<span class="muted">—</span>'}${g.lastErrorUuid && g.lastErrorUuid !== g.lastRequestId ? `<br><code class="muted">${e(g.lastErrorUuid)}</code>` : ''}</td></tr>`,
          ),
          { numeric: [4] },
        )
      : none('None: every sent call succeeded.'),
    `<h3 id="unfinished">Unfinished attempts ${badge('unfinished-table', summary.unfinished.total, 'attempt')}</h3>`,
    '<p class="muted intro">Attempts with no outcome: the request may have been sent, but its answer was never written (the process crashed or was killed). Check in Dialpad whether it happened.</p>',
    summary.unfinished.items.length
      ? table(
          'unfinished-table',
          'Attempts without an outcome',
          ['When (UTC)', 'Agent', 'Operation', 'Targets', 'Call', 'Line'],
          summary.unfinished.items.map(
            (u) =>
              `<tr class="f"${filterAttrs(u, 1)}><td class="when">${time(u.time)}</td><td><span class="agent-name">${e(summary.agents[u.agent]!.label)}</span></td><td>${op(u.operationId, u.method, u.path)}</td><td>${u.targets ? `<span class="target">${e(u.targets)}</span>` : '<span class="muted">—</span>'}</td><td><code class="call-id">${e(u.call)}</code></td><td class="n">${n(u.line)}</td></tr>`,
          ),
          { numeric: [5] },
        ) + (summary.unfinished.total > summary.unfinished.items.length ? `<p class="muted">The first ${n(LIST_CAP)} of ${n(summary.unfinished.total)}.</p>` : '')
      : none('None: every attempt has its outcome.'),
    summary.recoveries.length
      ? `<h3>Recoveries <span class="badge">${plural(summary.recoveries.length, 'torn line')}</span></h3>
<p class="muted intro">A writer found a torn last line (a crash mid-write) and closed it off with a recovery record; the chain goes on after it.</p>
<div class="table-wrap"><table><thead><tr><th scope="col">When (UTC)</th><th scope="col" class="n">Line</th><th scope="col" class="n">Torn bytes</th></tr></thead><tbody>${summary.recoveries.map((r) => `<tr><td class="when">${time(r.time)}</td><td class="n">${n(r.line)}</td><td class="n">${r.bytes === null ? '?' : n(r.bytes)}</td></tr>`).join('')}</tbody></table></div>`
      : '',
  ].join('\n');

  const sections: [string, string][] = [
    ['verification', 'Verification'],
    ['agents', 'Agents'],
    ['timeline', 'Timeline'],
    ['denials', 'Denials'],
    ['approvals', 'Approvals'],
    ['dry-runs', 'Dry runs'],
    ['budgets', 'Budgets'],
    ['outcomes', 'Outcomes'],
    ['records', 'Records'],
  ];

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="generator" content="@bollard/dialpad audit report">
<title>Audit report · ${e(input.source)}</title>
<style>
${PAGE_CSS}
</style>
</head>
<body>
<a class="skip-link" href="#verification">Skip to the verification</a>
<header class="page-header">
<div class="wrap">
<p class="kicker">@bollard/dialpad · audit report</p>
<h1>Audit report</h1>
<p class="lede">${lede}</p>
<p class="generated">Generated ${time(generatedAt.getTime())} UTC</p>
<nav aria-label="Sections"><ul>${sections.map(([id, label]) => `<li><a href="#${id}">${label}</a></li>`).join('')}</ul></nav>
</div>
</header>
<main class="wrap">
${verificationSection(input.verification, summary, lastLine)}
<ul class="stats" aria-label="The whole log at a glance">${stats.map(([label, value, cls]) => `<li class="stat ${cls}"><span class="stat-n">${n(value)}</span> <span class="stat-label">${label}</span></li>`).join('')}</ul>
<div id="filters" class="filters-bar" hidden></div>
${section('agents', 'Agents', badge('totals-table', summary.calls, 'call'), agentsBody, 'Calls per agent, by decision, with a row per area. A call is one attempt (allowed and sent), refusal or dry run; an outcome belongs to its attempt.')}
${section('timeline', 'Timeline', '', '<div id="timeline-body"><p class="none">The timeline is drawn by the page’s script.</p></div>', 'Calls over time, by decision: all agents, then each agent.')}
${section('denials', 'Denials', badge('denials-table', denials, 'call'), denialsBody, 'Calls the policy denied, grouped by agent, operation and reason, with what to do about each.')}
${section('approvals', 'Approvals', badge('approvals-table', summary.approvals.total, 'call'), approvalsBody, 'Calls a person approved, and who.')}
${section('dry-runs', 'Dry runs', badge('dry-runs-table', summary.dryRuns.reduce((sum, g) => sum + g.count, 0), 'call'), dryRunsBody, 'Calls checked and logged but not sent.')}
${section('budgets', 'Budgets', badge('budgets-table', summary.budgets.length, 'budget'), budgetsBody, 'How much of each budget each agent used, as its last call recorded it.')}
${section('outcomes', 'Outcomes', '', outcomesBody, 'What happened to the calls that were sent.')}
${section('records', 'Records', '', '<div id="records-body"><p class="none">The table of records is drawn by the page’s script.</p></div>', 'Every record of the log, a page at a time. Search matches operation, path, agent, reason, error, request id, targets and approver.')}
</main>
<footer class="wrap page-footer"><p class="muted">Made by <code>bollard-dialpad audit report</code> from <code>${e(input.source)}</code>. The page holds its data and loads nothing from the network.</p></footer>
<script type="application/json" id="audit-data">${scriptSafeJson(island(records, summary, input, generatedAt))}</script>
<script type="module">
${PAGE_JS}
</script>
</body>
</html>
`;
}


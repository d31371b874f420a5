import { mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog } from '../../src/audit/log.js';
import { chain, GENESIS, type AuditEntry, type AuditRecord } from '../../src/audit/record.js';
import { PAGE_CSS, PAGE_JS } from '../../src/audit/report/assets.js';
import { readAuditLines, summarizeAudit } from '../../src/audit/report/index.js';
import { DENIAL_ADVICE } from '../../src/guard/errors.js';
import { checkpointPath, parsePolicy, renderAuditReport, runAuditReportCommand, verifyAuditLog, writeAuditReportFromFile, type AuditVerification, type Policy } from '../../src/index.js';
import { startPostgres, type RunningPostgres } from '../support/postgres.js';
import { buildRealisticLog, REPORT_POLICY_YAML, reportPolicy, type RealisticLog } from './report-log.js';

const dir = mkdtempSync(join(tmpdir(), 'bollard-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// ---- reading the page as a person would: sections, tables, text ----

/** Text as a browser shows it: tags dropped, the report's (numeric) entities decoded. */
const textOf = (html: string): string =>
  html
    .replace(/<br>|<\/?(?:td|th|tr|li|p|h[1-6]|caption|div)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/\s+/g, ' ')
    .trim();

function sectionOf(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  if (start === -1) throw new Error(`no section ${id}`);
  return html.slice(start, html.indexOf('</section>', start));
}

const tableOf = (html: string, id: string): string => {
  const match = new RegExp(`<table id="${id}"[\\s\\S]*?</table>`).exec(html);
  if (!match) throw new Error(`no table ${id}`);
  return match[0];
};

/** The body rows of a table, as the text of each cell. */
const rowsOf = (tableHtml: string): string[][] =>
  [...tableHtml.replace(/^[\s\S]*?<\/thead>/, '').matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) => textOf(cell[1]!)));

/** The agents table: per agent, the calls per decision its row shows. */
function totalsOf(html: string): Record<string, Record<string, number>> {
  const table = tableOf(html, 'totals-table');
  const columns = new Map([...table.matchAll(/<th scope="col" class="n [^"]*" data-c="(\d+)">([^<]*)<\/th>/g)].map((m) => [m[1]!, textOf(m[2]!)]));
  const totals: Record<string, Record<string, number>> = {};
  for (const group of table.matchAll(/<tbody class="agent-group"[^>]*>([\s\S]*?)<\/tbody>/g)) {
    const total = /<tr class="pivot-total">([\s\S]*?)<\/tr>/.exec(group[1]!)![1]!;
    const agent = textOf(/<span class="agent-name">([\s\S]*?)<\/span>/.exec(total)![1]!);
    totals[agent] = {};
    for (const cell of total.matchAll(/data-c="(\d+)" data-n="(\d+)"/g)) if (cell[2] !== '0') totals[agent][columns.get(cell[1]!)!] = Number(cell[2]);
  }
  return totals;
}

interface Island {
  brokenFrom: number | null;
  source: string;
  agents: string[];
  ops: unknown[][];
  reasons: string[];
  errors: string[];
  targets: string[];
  records: { ln: number[]; tg: number[]; by: Record<string, string>; b: Record<string, string> };
}

/** The page's data island, parsed back; `line`, `targets` and `approvedBy` per record, decoded as page.js decodes them. */
function islandOf(html: string): Island & { line: number[]; tg: string[]; by: (string | null)[] } {
  const match = /<script type="application\/json" id="audit-data">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no data island');
  const island = JSON.parse(match[1]!) as Island;
  let at = 0;
  return {
    ...island,
    line: island.records.ln.map((step) => (at += step)),
    tg: island.records.tg.map((k) => island.targets[k]!),
    by: island.records.ln.map((_, i) => island.records.by[i] ?? null),
  };
}

/** What the records say, counted here independently of the report: calls per agent and decision. */
function countCalls(records: AuditRecord[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const r of records) {
    if (r.kind === 'outcome' || r.kind === 'recovery') continue;
    const agent = (counts[r.agent ?? '(no agent)'] ??= {});
    const decision = r.decision ?? '';
    agent[decision] = (agent[decision] ?? 0) + 1;
  }
  return counts;
}

const lines = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\n');

/** A chained log of hand-made entries (for records the client does not write yet: approvals, dry runs, budgets). */
function chained(entries: AuditEntry[]): { text: string; records: AuditRecord[] } {
  const { lines: out } = chain(entries, { seq: 0, prev: GENESIS });
  return { text: `${out.join('\n')}\n`, records: out.map((line) => JSON.parse(line) as AuditRecord) };
}

const base: AuditEntry = {
  time: '2026-03-02T09:00:00.000Z',
  kind: 'attempt',
  call: null,
  agent: 'ops-bot',
  operationId: 'users.get',
  method: 'GET',
  path: '/api/v2/users/{id}',
  area: 'users',
  access: 'read',
  decision: 'allowed',
  reason: 'granted',
  targets: { user: ['1'] },
  numbers: [],
};
const at = (minutes: number) => new Date(Date.parse('2026-03-02T09:00:00.000Z') + minutes * 60_000).toISOString();
const okVerification = (records: AuditRecord[]): AuditVerification => ({ ok: true, lines: records.length, records: records.length, lastSeq: records.length, recoveries: 0, unfinished: 0, checkpoint: 'matched' });

describe('the page assets', () => {
  it('assets.ts holds exactly page.css and page.js (run `npx tsx scripts/report-assets.ts` after editing them)', () => {
    const folder = join(import.meta.dirname, '../../src/audit/report');
    expect(PAGE_CSS).toBe(readFileSync(join(folder, 'page.css'), 'utf8'));
    expect(PAGE_JS).toBe(readFileSync(join(folder, 'page.js'), 'utf8'));
    // Inlined whole into <style> and <script>: neither may close its element early.
    expect(PAGE_CSS).not.toMatch(/<\/style/i);
    expect(PAGE_JS).not.toMatch(/<\/script|<!--/i);
  });
});

describe('the report of a realistic log (written by the real client against a local server)', () => {
  let log: RealisticLog;
  let html: string;
  beforeAll(async () => {
    log = await buildRealisticLog(join(dir, 'realistic.jsonl'));
    const result = await writeAuditReportFromFile(log.file, join(dir, 'realistic.html'), { policy: reportPolicy(), generatedAt: new Date('2026-12-01T12:00:00Z') });
    expect(result).toMatchObject({ records: log.records.length, unreadableLines: 0, verification: { ok: true, unfinished: 1, checkpoint: 'matched' } });
    html = readFileSync(result.out, 'utf8');
  }, 60_000);

  it('shows the verification on top: chain intact, checkpoint matched, the unfinished attempt', () => {
    const verdict = sectionOf(html, 'verification');
    expect(html.indexOf('<section id="verification"')).toBeLessThan(html.indexOf('<section id="agents"'));
    expect(verdict).toContain('verdict-ok');
    const text = textOf(verdict);
    expect(text).toContain('Chain intact');
    expect(text).toContain(`All ${log.records.length} records check out`);
    expect(text).toContain('Checkpoint matched: the log reaches its checkpoint');
    expect(text).toContain('Recoveries none');
    expect(text).toContain('Unfinished attempts 1 attempt with no outcome recorded');
  });

  it('totals per agent by decision match the records, and the area rows add up to them', () => {
    expect(totalsOf(html)).toEqual(log.expected);
    expect(totalsOf(html)).toEqual(countCalls(log.records));
    // support-bot's area rows: what it called, per area.
    const group = /<tbody class="agent-group" data-a="(\d+)"[^>]*>(?:(?!<\/tbody>)[\s\S])*?support-bot[\s\S]*?<\/tbody>/.exec(tableOf(html, 'totals-table'))![0];
    const areas = rowsOf(`<tbody>${group.replace(/^<tbody[^>]*>/, '')}`).slice(1);
    expect(areas.map((cells) => [cells[0], cells[cells.length - 1]])).toEqual([
      ['calls', '1'],
      ['contacts', '2'],
      ['messages', '3'],
      ['users', '6'],
    ]);
    const stats = textOf(/<ul class="stats"[\s\S]*?<\/ul>/.exec(html)![0]);
    expect(stats).toBe('18 calls 9 allowed 7 denied 2 refused 0 dry runs 2 errors 1 unfinished');
  });

  it('lists every denial with its reason and the advice for it', () => {
    const denied = log.records.filter((r) => r.decision === 'denied');
    expect(new Set(denied.map((r) => r.reason))).toEqual(new Set(['target-not-allowed', 'read-only-grant', 'no-grant', 'denied-by-deny-list', 'agent-disabled']));
    const rows = rowsOf(tableOf(html, 'denials-table'));
    for (const record of denied) {
      const row = rows.find((cells) => cells[0] === record.agent && cells[1]!.startsWith(record.operationId) && cells[2] === record.reason);
      expect(row, `${record.agent} ${record.operationId} ${record.reason}`).toBeDefined();
      expect(row![3]).toBe(DENIAL_ADVICE[record.reason as keyof typeof DENIAL_ADVICE]!.replaceAll('`', ''));
    }
    // Both read-only denials of support-bot are one row of two calls, with both targets.
    const readOnly = rows.find((cells) => cells[2] === 'read-only-grant')!;
    expect(readOnly[4]).toBe('2');
    expect(readOnly[6]).toBe('user 42 user 43');
    // Advice written with `code` is shown with code.
    expect(tableOf(html, 'denials-table')).toContain('grant the area <code>write</code>');
    expect(textOf(sectionOf(html, 'denials'))).toContain('Denials 7 calls');
  });

  it('lists refusals with what they mean, and the outcomes: status codes, errors, the unfinished attempt', () => {
    const refusals = rowsOf(tableOf(html, 'refusals-table'));
    expect(refusals.map((cells) => cells[2])).toEqual(['invalid-request', 'too-large']);
    expect(refusals[1]![3]).toContain('larger than Dialpad accepts');

    const statuses = textOf(tableOf(html, 'statuses-table'));
    expect(statuses).toContain('Agent · area 200 404 500 Total');
    const errors = rowsOf(tableOf(html, 'errors-table'));
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.arrayContaining(['billing-agent', 'DialpadApiError', '500', '1', 'req-500']),
        expect.arrayContaining(['support-bot', 'NotFoundError', '404', '1', 'req-404']),
      ]),
    );
    const unfinished = rowsOf(tableOf(html, 'unfinished-table'));
    expect(unfinished).toHaveLength(1);
    expect(unfinished[0]).toEqual(expect.arrayContaining(['billing-agent', 'user 8', 'c0ffee00-dead-4bad-8000-000000000001', String(log.records.length)]));
  });

  it('says "none" for approvals, dry runs and budgets when the log has none', () => {
    expect(textOf(sectionOf(html, 'approvals'))).toContain('None: no call in this log was approved by a person');
    expect(textOf(sectionOf(html, 'dry-runs'))).toContain('None: no dry runs recorded');
    expect(textOf(sectionOf(html, 'budgets'))).toContain('None: no call carried a budget and the policy declares none.');
  });

  it('holds every record in its data island, with lines, and is one self-contained page', () => {
    const island = islandOf(html);
    expect(island.line).toEqual(log.records.map((_, i) => i + 1));
    expect(island.brokenFrom).toBeNull();
    expect(island.agents).toEqual(['billing-agent', 'retired-bot', 'support-bot']);
    // Nothing to fetch: no src, no href but in-page anchors, no url(), no @import.
    expect(html).not.toMatch(/\ssrc=/i);
    expect([...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!).filter((href) => !href.startsWith('#'))).toEqual([]);
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html).toContain(`default-src 'none'`);
  });

  it('a tampered log: the banner names the first bad line and its problem; records from there are marked', async () => {
    const file = join(dir, 'tampered.jsonl');
    const edited = lines(log.file);
    expect(edited[6]).toContain('"decision":"allowed"');
    edited[6] = edited[6]!.replace('"decision":"allowed"', '"decision":"denied"');
    writeFileSync(file, `${edited.join('\n')}\n`);
    copyFileSync(checkpointPath(log.file), checkpointPath(file));
    const out = join(dir, 'tampered.html');
    const result = await runAuditReportCommand({ file, out });
    expect(result.exitCode).toBe(1);
    expect(result.message).toBe(`wrote ${out} (${log.records.length} records): line 7: its content was altered (hash does not match)`);
    const page = readFileSync(out, 'utf8');
    const verdict = sectionOf(page, 'verification');
    expect(verdict).toContain('verdict-broken');
    const text = textOf(verdict);
    expect(text).toContain('Chain broken at line 7');
    expect(text).toContain('line 7: its content was altered (hash does not match)');
    expect(text).toContain(`Lines 1–6 verify. From line 7 on, records may have been altered, removed or inserted: the ${log.records.length - 6} records from there are shown below marked “not verified”.`);
    expect(islandOf(page).brokenFrom).toBe(7);
    // The summaries show what the log now holds (the edit included), under that banner.
    expect(totalsOf(page)['support-bot']).toEqual({ allowed: 5, denied: 5, refused: 2 });
  });

  it('a log whose tail was cut: every line chains but the checkpoint says more was written', async () => {
    const file = join(dir, 'cut.jsonl');
    writeFileSync(file, `${lines(log.file).slice(0, -2).join('\n')}\n`);
    copyFileSync(checkpointPath(log.file), checkpointPath(file));
    const { out, verification } = await writeAuditReportFromFile(file, join(dir, 'cut.html'));
    expect(verification.ok).toBe(false);
    const text = textOf(sectionOf(readFileSync(out, 'utf8'), 'verification'));
    expect(text).toContain('Chain broken after the last line');
    expect(text).toContain(`were cut from its end`);
  });

  it('a log with no checkpoint beside it fails as `audit verify` fails it, and the report says why', async () => {
    const file = join(dir, 'no-checkpoint.jsonl');
    copyFileSync(log.file, file);
    const { out, verification } = await writeAuditReportFromFile(file, join(dir, 'no-checkpoint.html'));
    expect(verification).toMatchObject({ ok: false, line: log.records.length + 1 });
    expect(textOf(sectionOf(readFileSync(out, 'utf8'), 'verification'))).toContain('there is no checkpoint beside the log');
  });

  it('a torn line closed off by a recovery record: verified, the recovery listed at its line, records keep their lines', async () => {
    const file = join(dir, 'torn.jsonl');
    copyFileSync(log.file, file);
    copyFileSync(checkpointPath(log.file), checkpointPath(file));
    appendFileSync(file, '{"seq":27,"time":"2026-'); // a crash mid-write
    const writer = createAuditLog({ sink: { file } });
    await writer.write({ ...base, time: new Date().toISOString(), agent: 'support-bot', call: 'after-crash' });
    await writer.close();
    const { out, verification, unreadableLines } = await writeAuditReportFromFile(file, join(dir, 'torn.html'));
    expect(verification).toMatchObject({ ok: true, recoveries: 1 });
    expect(unreadableLines).toBe(1);
    const page = readFileSync(out, 'utf8');
    const torn = log.records.length + 1;
    expect(textOf(sectionOf(page, 'verification'))).toContain('Recoveries 1 torn line (a crash mid-write) closed off by a recovery record');
    expect(textOf(sectionOf(page, 'outcomes'))).toContain(`Recoveries 1 torn line`);
    // The torn line keeps its number: the recovery is the next line, the new attempt the one after.
    expect(islandOf(page).line.slice(-3)).toEqual([torn - 1, torn + 1, torn + 2]);
  });
});

describe('hostile records', () => {
  const evil = '</script><script>window.pwned=1</script><img src=x onerror="window.pwned=2"><!--';
  it('nothing a record holds can end the data island or become markup, and every string survives the round trip', () => {
    const { records } = chained([
      { ...base, agent: `bot ${evil}`, operationId: `users.get${evil}`, path: `/api/${evil}`, reason: `no-grant${evil}`, decision: 'denied', kind: 'refused', targets: { [`user${evil}`]: [evil] } },
      { ...base, kind: 'attempt', call: 'c1', approvedBy: `alice ${evil} \u2028\u2029` },
      { ...base, kind: 'outcome', call: 'c1', status: 500, sent: true, error: `Boom${evil}`, requestId: `req${evil}` },
      { ...base, kind: 'attempt', call: 'c2', budget: { name: `sms${evil}`, used: 3, limit: 5, per: `day${evil}` } } as AuditEntry,
    ]);
    const html = renderAuditReport({ records, verification: { ok: false, line: 2, problem: `edited ${evil}` }, source: `log ${evil}.jsonl` });
    // Exactly the page's own two scripts, and no element from the records.
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain('<!--');
    expect(/id="audit-data">([\s\S]*?)<\/script>/.exec(html)![1]).not.toMatch(/[\u2028\u2029<>]/);
    // Shown as text.
    expect(textOf(sectionOf(html, 'verification'))).toContain(`line 2: edited ${evil}`);
    expect(textOf(tableOf(html, 'denials-table'))).toContain(`users.get${evil}`);
    expect(textOf(tableOf(html, 'approvals-table'))).toContain(`alice ${evil}`);
    expect(html).toContain(`<title>Audit report · log &#60;/script&#62;&#60;script&#62;window.pwned=1`);
    // The island gives back exactly what the records held.
    const island = islandOf(html);
    expect(island.source).toBe(`log ${evil}.jsonl`);
    expect(island.agents).toContain(`bot ${evil}`);
    expect(island.ops[0]![0]).toBe(`users.get${evil}`);
    expect(island.reasons).toContain(`no-grant${evil}`);
    expect(island.errors).toContain(`Boom${evil}`);
    expect(island.by[1]).toBe(`alice ${evil} \u2028\u2029`);
    expect(island.tg[0]).toBe(`user${evil} ${evil}`);
  });

  it('records of the wrong shape (edited by hand) are read, not trusted: no crash, odd values shown as text', () => {
    const records = [{ seq: 'x', kind: 'attempt', agent: { $gt: 1 }, time: 'yesterday', targets: 'all', numbers: 42 }, null, 7, { kind: 'outcome', call: ['a'], status: '200' }] as unknown as AuditRecord[];
    const html = renderAuditReport({ records, verification: { ok: false, line: 1, problem: 'not a JSON record' }, source: 'odd.jsonl' });
    expect(textOf(sectionOf(html, 'verification'))).toContain('Nothing in this log can be trusted: its first line already fails.');
    expect(totalsOf(html)).toEqual({ '{"$gt":1}': { '(none)': 1 }, '(no agent)': { '(none)': 2 } });
  });
});

describe('approvals, dry runs, budgets and reasons this version does not know', () => {
  const { records } = chained([
    { ...base, time: at(0), kind: 'attempt', call: 'a1', agent: 'ops-bot', operationId: 'users.delete', method: 'DELETE', access: 'write', approvedBy: 'alice@example.com', budget: { name: 'deletes', used: 1, limit: 3, per: 'day' } } as AuditEntry,
    { ...base, time: at(1), kind: 'outcome', call: 'a1', agent: 'ops-bot', operationId: 'users.delete', method: 'DELETE', access: 'write', status: 204, sent: true, approvedBy: 'alice@example.com' },
    { ...base, time: at(2), kind: 'attempt', call: 'a2', agent: 'ops-bot', operationId: 'users.delete', method: 'DELETE', access: 'write', approvedBy: 'bob@example.com', budget: { name: 'deletes', used: 3, limit: 3, per: 'day' } } as AuditEntry,
    { ...base, time: at(60 * 24), kind: 'refused', agent: 'ops-bot', operationId: 'users.delete', method: 'DELETE', access: 'write', decision: 'refused', reason: 'budget-exhausted', sent: false, budget: { name: 'deletes', used: 3, limit: 3, per: 'day' } } as AuditEntry,
    { ...base, time: at(60 * 24 * 14), kind: 'refused', agent: 'sms-bot', operationId: 'sms.send', method: 'POST', path: '/api/v2/sms', area: 'messages', access: 'write', decision: 'dry-run', reason: 'dry-run', sent: false },
    { ...base, time: at(60 * 24 * 14 + 1), kind: 'refused', agent: 'sms-bot', operationId: 'sms.send', method: 'POST', path: '/api/v2/sms', area: 'messages', access: 'write', decision: 'dry-run', reason: 'dry-run', sent: false },
    { ...base, time: at(60 * 24 * 21), kind: 'refused', agent: 'sms-bot', decision: 'denied', reason: 'outside-office-hours', sent: false },
  ]);
  const policy = parsePolicy('version: 1\nagents:\n  ops-bot:\n    grants: { users: write }\n  sms-bot:\n    grants: { messages: write }\n    budgets: [{ name: texts, operations: [sms.send], limit: 100, per: 1d }]\n  idle-bot:\n    grants: { users: read }\n');
  const html = renderAuditReport({ records, verification: okVerification(records), source: 'upcoming.jsonl', policy });

  it('approvals: who approved each call, and how it ended', () => {
    expect(rowsOf(tableOf(html, 'approvals-table')).map((cells) => cells.slice(1, 5))).toEqual([
      ['ops-bot', 'users.delete DELETE /api/v2/users/{id}', 'alice@example.com', '204'],
      ['ops-bot', 'users.delete DELETE /api/v2/users/{id}', 'bob@example.com', 'unfinished'],
    ]);
  });

  it('dry runs, grouped; and a decision column for them in the totals', () => {
    expect(rowsOf(tableOf(html, 'dry-runs-table'))).toEqual([['sms-bot', 'sms.send POST /api/v2/sms', 'dry-run', '2', '2026-03-16 09:00:00 – 2026-03-16 09:01:00', 'user 1']]);
    expect(totalsOf(html)).toEqual({ 'idle-bot': {}, 'ops-bot': { allowed: 2, refused: 1 }, 'sms-bot': { denied: 1, 'dry-run': 2 } });
    expect(textOf(tableOf(html, 'totals-table'))).toContain('idle-bot no calls recorded');
  });

  it('budgets: the last use and the limit per agent, and a declared budget nobody used yet', () => {
    expect(rowsOf(tableOf(html, 'budgets-table')).map((cells) => cells.slice(0, 6))).toEqual([
      ['ops-bot', 'deletes', '3 of 3', 'day', '3', '1'],
      ['sms-bot', 'texts declared, unused', '0 of 100', '1d', '0', '0'],
    ]);
    expect(tableOf(html, 'budgets-table')).toContain('meter meter-full');
  });

  it('a denial or refusal whose reason this version does not know shows its code', () => {
    expect(rowsOf(tableOf(html, 'denials-table'))[0]!.slice(0, 4)).toEqual(['sms-bot', 'users.get GET /api/v2/users/{id}', 'outside-office-hours', 'No advice for the reason outside-office-hours in this version.']);
    expect(rowsOf(tableOf(html, 'refusals-table'))[0]![3]).toBe('No advice for the reason budget-exhausted in this version.');
  });

  it('summarizeAudit: the same numbers as data', () => {
    const { summary } = summarizeAudit({ records, verification: okVerification(records), policy });
    expect(summary).toMatchObject({ records: 7, calls: 6, outcomes: 1, approvals: { total: 2 }, unfinished: { total: 1 }, brokenFrom: null });
    expect(summary.agents.map((a) => [a.label, a.inPolicy])).toEqual([
      ['idle-bot', true],
      ['ops-bot', true],
      ['sms-bot', true],
    ]);
    expect(summary.last! - summary.first!).toBe(21 * 24 * 60 * 60_000);
  });
});

describe('an empty log', () => {
  it('says so, and still lists the policy’s agents', () => {
    const html = renderAuditReport({ records: [], verification: { ok: true, lines: 0, records: 0, lastSeq: 0, recoveries: 0, unfinished: 0, checkpoint: 'none' }, source: 'empty.jsonl', policy: reportPolicy() });
    const verdict = textOf(sectionOf(html, 'verification'));
    expect(verdict).toContain('Chain intact The log is empty: no record was written to it.');
    expect(verdict).toContain('Checkpoint none: no checkpoint was checked, so records cut from the end of the log could not be seen');
    expect(rowsOf(tableOf(html, 'totals-table')).map((cells) => cells.join(' '))).toEqual(['billing-agent no calls recorded 0', 'retired-bot disabled no calls recorded 0', 'support-bot no calls recorded 0']);
    expect(textOf(sectionOf(html, 'denials'))).toContain('None: the policy denied no call.');
  });
});

describe('runAuditReportCommand (what `bollard-dialpad audit report` runs)', () => {
  it('loads the policy file and lists its agents with no calls; checks its arguments', async () => {
    const { text } = chained([{ ...base, agent: 'support-bot', kind: 'refused', decision: 'denied', reason: 'no-grant', sent: false }]);
    const file = join(dir, 'command.jsonl');
    writeFileSync(file, text);
    writeFileSync(checkpointPath(file), JSON.stringify({ seq: 1, hash: JSON.parse(text.trimEnd()).hash, time: base.time }));
    const policyFile = join(dir, 'policy.yaml');
    writeFileSync(policyFile, `${REPORT_POLICY_YAML}  night-shift:\n    grants: { users: read }\n`);
    const out = join(dir, 'command.html');
    const result = await runAuditReportCommand({ file, out, policy: policyFile });
    expect(result).toMatchObject({ exitCode: 0, records: 1, message: `wrote ${out} (1 records): ok: 1 records, chain intact; checkpoint matches` });
    const totals = totalsOf(readFileSync(out, 'utf8'));
    expect(Object.keys(totals)).toEqual(['billing-agent', 'night-shift', 'retired-bot', 'support-bot']);
    expect(totals['support-bot']).toEqual({ denied: 1 });

    await expect(runAuditReportCommand({ out })).rejects.toThrow('give the audit log: FILE, or --postgres URL');
    await expect(runAuditReportCommand({ file, postgres: 'postgres://127.0.0.1:1/x', out })).rejects.toThrow('give FILE or --postgres URL, not both');
    await expect(runAuditReportCommand({ file: join(dir, 'missing.jsonl'), out: join(dir, 'missing.html') })).rejects.toThrow(/cannot read .*missing\.jsonl \(ENOENT\)/);
    expect(existsSync(join(dir, 'missing.html'))).toBe(false);
    await expect(runAuditReportCommand({ file, out, policy: join(dir, 'nope.yaml') })).rejects.toThrow(/cannot read the file/);
  });
});

describe('a PostgreSQL log (a real server on loopback)', () => {
  let server: RunningPostgres;
  let log: RealisticLog;
  beforeAll(async () => {
    server = await startPostgres();
    log = await buildRealisticLog(join(dir, 'for-postgres.jsonl'));
    // The same entries, chained again by the PostgreSQL store.
    const writer = createAuditLog({ postgres: { connectionString: server.url, table: 'report_audit' } });
    for (const { seq: _seq, prev: _prev, hash: _hash, ...entry } of log.records) await writer.write(entry);
    await writer.close();
  }, 120_000);
  afterAll(() => server?.stop());

  it('verifies the table against its checkpoint row and reports it; a row edited in the table shows on top', async () => {
    const out = join(dir, 'postgres.html');
    const result = await runAuditReportCommand({ postgres: server.url, table: 'report_audit', out, policy: reportPolicy() });
    expect(result).toMatchObject({ exitCode: 0, records: log.records.length, appendedDuringReport: 0, verification: { ok: true, checkpoint: 'matched', unfinished: 1 } });
    const page = readFileSync(out, 'utf8');
    expect(totalsOf(page)).toEqual(log.expected);
    expect(textOf(sectionOf(page, 'verification'))).toContain('Chain intact');
    expect(page).toContain('<code>postgres:report_audit</code>');

    const { default: pg } = await import('pg');
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    try {
      await admin.query(`UPDATE report_audit SET line = replace(line, '"decision":"allowed"', '"decision":"denied"') WHERE seq = 7`);
    } finally {
      await admin.end();
    }
    const broken = await runAuditReportCommand({ postgres: server.url, table: 'report_audit', out });
    expect(broken.exitCode).toBe(1);
    const verdict = textOf(sectionOf(readFileSync(out, 'utf8'), 'verification'));
    expect(verdict).toContain('Chain broken at line 7');
    expect(verdict).toContain('Problem line 7: its content was altered (hash does not match)');
    await expect(runAuditReportCommand({ postgres: server.url, table: 'no_such_table', out })).rejects.toThrow('cannot read the audit log from PostgreSQL (the audit table no_such_table does not exist');
  });
});

describe('size', () => {
  it('100,000 records render in seconds, into a page whose data stays compact', () => {
    const entries: AuditEntry[] = [];
    const agents = ['alpha', 'bravo', 'charlie', 'delta'];
    const ops = [
      ['users.get', 'GET', '/api/v2/users/{id}', 'users', 'read'],
      ['sms.send', 'POST', '/api/v2/sms', 'messages', 'write'],
      ['calls.list', 'GET', '/api/v2/call', 'calls', 'read'],
    ] as const;
    const start = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; entries.length < 100_000; i++) {
      const [operationId, method, path, area, access] = ops[i % 3]!;
      const common = { ...base, agent: agents[i % 4]!, operationId, method, path, area, access, targets: { user: [String(i % 977)] }, time: new Date(start + i * 13_000).toISOString() };
      if (i % 10 === 9) entries.push({ ...common, kind: 'refused', decision: 'denied', reason: 'no-grant', sent: false, error: 'AccessDeniedError' });
      else entries.push({ ...common, kind: 'attempt', call: `c${i}` }, { ...common, kind: 'outcome', call: `c${i}`, status: i % 50 === 0 ? 404 : 200, sent: true, durationMs: 12.5, requestId: `req-${i}` });
    }
    // Plain records, not a hash chain: the report reads them, the verification is given.
    const records = entries.slice(0, 100_000).map((entry, i) => ({ seq: i + 1, ...entry, prev: '', hash: '' }) as AuditRecord);
    const text = `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
    const began = performance.now();
    const html = renderAuditReport({ records, verification: okVerification(records), source: 'big.jsonl' });
    const elapsed = performance.now() - began;
    expect(elapsed).toBeLessThan(10_000);
    // A fraction of the log's own size.
    expect(html.length).toBeLessThan(text.length / 5);
    expect(totalsOf(html).alpha).toEqual(countCalls(records).alpha);
    expect(readAuditLines(text).records).toHaveLength(100_000);
  }, 60_000);
});

import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchChromium } from '../support/chromium.js';
import type { AuditEntry, AuditRecord } from '../../src/audit/record.js';
import { DENIAL_ADVICE } from '../../src/guard/errors.js';
import { checkpointPath, renderAuditReport, writeAuditReportFromFile } from '../../src/index.js';
import { buildRealisticLog, reportPolicy, type RealisticLog } from './report-log.js';


const dir = mkdtempSync(join(tmpdir(), 'bollard-report-browser-'));
let browser: Browser;
let log: RealisticLog;
beforeAll(async () => {
  browser = await launchChromium();
  log = await buildRealisticLog(join(dir, 'agents.jsonl'));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Every request the page made, the file itself included. */
  requests: string[];
  /** Script errors, console errors and warnings, CSP violations. */
  problems: string[];
}

/** Opens a report with the network blocked: any request that is not the file is aborted (and still counted). */
async function open(file: string, viewport = { width: 1280, height: 900 }): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport });
  await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP blocked ${event.blockedURI}`));
  });
  await page.goto(pathToFileURL(file).href);
  await page.locator('body[data-ready="true"]').waitFor({ timeout: 60_000 });
  return { page, context, requests, problems };
}

/** What a person reads in a table: its visible body rows, cell by cell. */
const visibleRows = (page: Page, table: string) =>
  page.$$eval(`${table} tbody tr`, (rows) =>
    rows.filter((row) => row.checkVisibility()).map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim())),
  );
const agentTotals = async (page: Page) => (await visibleRows(page, '#totals-table')).filter((cells) => cells[0] && !/^(users|contacts|messages|calls)$/.test(cells[0]));
const text = (page: Page, selector: string) => page.locator(selector).innerText();

describe('the audit report of a real client’s log, in Chromium', () => {
  let opened: OpenedPage;
  let page: Page;
  let file: string;
  beforeAll(async () => {
    file = (await writeAuditReportFromFile(log.file, join(dir, 'report.html'), { policy: reportPolicy() })).out;
    opened = await open(file);
    page = opened.page;
  }, 60_000);
  afterAll(() => opened?.context.close());

  it('loads nothing but itself, with no script error', () => {
    expect(opened.requests).toEqual([pathToFileURL(file).href]);
    expect(opened.problems).toEqual([]);
  });

  it('shows the verification first, above the fold: chain intact, checkpoint, the unfinished attempt', async () => {
    const banner = page.locator('#verification');
    await expect(banner.isVisible()).resolves.toBe(true);
    const box = (await banner.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(900);
    const firstSection = await page.evaluate(() => document.querySelector('main > section')?.id);
    expect(firstSection).toBe('verification');
    await expect(page.getByRole('heading', { name: 'Chain intact' }).isVisible()).resolves.toBe(true);
    const banner_text = await banner.innerText();
    expect(banner_text).toContain(`All ${log.records.length} records check out`);
    expect(banner_text).toMatch(/CHECKPOINT\s+matched/i);
    expect(banner_text).toMatch(/UNFINISHED ATTEMPTS\s+1 attempt with no outcome recorded/i);
  });

  it('shows per-agent totals by decision, as the records have them', async () => {
    const head = await page.$$eval('#totals-table thead th', (cells) => cells.map((cell) => (cell as HTMLElement).innerText.trim().toLowerCase()));
    expect(head).toEqual(['agent · area', 'allowed', 'denied', 'refused', 'total']);
    expect(await agentTotals(page)).toEqual([
      ['billing-agent', '3', '2', '0', '5'],
      ['retired-bot DISABLED', '0', '1', '0', '1'],
      ['support-bot', '6', '4', '2', '12'],
    ]);
    const stats = await page.$$eval('.stat', (items) => items.map((item) => (item as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
    expect(stats).toEqual(['18 CALLS', '9 ALLOWED', '7 DENIED', '2 REFUSED', '0 DRY RUNS', '2 ERRORS', '1 UNFINISHED']);
  });

  it('shows each denial with its reason and what to do about it', async () => {
    const row = page.locator('#denials-table tbody tr', { hasText: 'agent-disabled' });
    await expect(row.isVisible()).resolves.toBe(true);
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[0]).toBe('retired-bot');
    expect(cells[3]).toBe(DENIAL_ADVICE['agent-disabled']);
    const reasons = (await visibleRows(page, '#denials-table')).map((c) => c[2]);
    expect(reasons.sort()).toEqual(['agent-disabled', 'denied-by-deny-list', 'no-grant', 'no-grant', 'read-only-grant', 'target-not-allowed']);
    await expect(text(page, '#approvals')).resolves.toContain('None: no call in this log was approved by a person');
    await expect(text(page, '#dry-runs')).resolves.toContain('None: no dry runs recorded');
  });

  it('draws the timeline: every call in it, and a row per agent', async () => {
    await expect(text(page, '.timeline-caption')).resolves.toMatch(/^18 calls from .* UTC, one bar per (\d+ )?(milliseconds|second|seconds)\.$/);
    const perAgent = await page.$$eval('.agent-chart[data-agent] .agent-name', (names) => names.map((n) => n.textContent));
    expect(perAgent).toEqual(['billing-agent', 'retired-bot', 'support-bot']);
    const bars = await page.$$eval('.agent-chart.all svg rect.bar', (rects) => rects.length);
    expect(bars).toBeGreaterThan(0);
    // Each bucket says what it holds; together they hold every call.
    const titles = await page.$$eval('.agent-chart.all svg title', (items) => items.map((t) => t.textContent ?? ''));
    expect(titles.reduce((sum, title) => sum + Number(/: (\d+) calls?/.exec(title)![1]), 0)).toBe(18);
  });

  it('filters every section by agent, area and decision — real labelled controls — and clears', async () => {
    await page.getByLabel('Agent', { exact: true }).selectOption({ label: 'support-bot' });
    expect((await agentTotals(page)).map((c) => c[0])).toEqual(['support-bot']);
    expect(new Set((await visibleRows(page, '#denials-table')).map((c) => c[0]))).toEqual(new Set(['support-bot']));
    await expect(text(page, '[data-badge-for="denials-table"]')).resolves.toBe('4 of 7 calls');
    await expect(text(page, '#records-count')).resolves.toBe('Showing 1–18 of 18 matching (of 26 records).');
    expect(await page.$$eval('.agent-chart[data-agent] .agent-name', (names) => names.map((n) => n.textContent))).toEqual(['support-bot']);
    await expect(text(page, '.stat:first-child .stat-n')).resolves.toBe('12');

    await page.getByLabel('Decision', { exact: true }).selectOption('denied');
    // The agent's row now sums what is left: its denials, per area.
    const rows = await visibleRows(page, '#totals-table');
    expect(rows).toEqual([
      ['support-bot', '–', '4', '–', '4'],
      ['calls', '–', '1', '–', '1'],
      ['messages', '–', '1', '–', '1'],
      ['users', '–', '2', '–', '2'],
    ]);
    await expect(text(page, '#records-count')).resolves.toBe('Showing 1–4 of 4 matching (of 26 records).');
    // Sections with nothing left say so instead of showing an empty table.
    await expect(page.locator('#unfinished-table').isVisible()).resolves.toBe(false);
    await expect(page.locator('#errors-table').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-empty-for="errors-table"]').innerText()).resolves.toBe('Nothing here matches the filters.');

    await page.getByLabel('Area', { exact: true }).selectOption('users');
    expect((await visibleRows(page, '#denials-table')).map((c) => c[2])).toEqual(['read-only-grant']);
    await expect(text(page, '#filter-status')).resolves.toBe('Showing agent support-bot, area users, decision denied: 2 records of 26.');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    expect(await agentTotals(page)).toHaveLength(3);
    await expect(text(page, '[data-badge-for="denials-table"]')).resolves.toBe('7 calls');
    await expect(text(page, '#records-count')).resolves.toBe('Showing 1–26 of 26 records.');
  });

  it('searches the records table: an error class, a request id', async () => {
    await page.getByRole('button', { name: 'Clear filters' }).click();
    const search = page.getByRole('searchbox', { name: 'Search the records' });
    await search.fill('NotFoundError');
    await expect.poll(() => text(page, '#records-count')).toBe('Showing 1–1 of 1 matching (of 26 records).');
    const [row] = await visibleRows(page, '#records-table');
    expect(row!.slice(2, 5)).toEqual(['support-bot', 'outcome', 'contacts.get GET /api/v2/contacts/{id}']);
    expect(row![6]).toContain('404 NotFoundError');
    await search.fill('req-500');
    await expect.poll(async () => (await visibleRows(page, '#records-table')).map((r) => r[0])).toEqual(['22']);
    await search.fill('');
    await expect.poll(() => text(page, '#records-count')).toBe('Showing 1–26 of 26 records.');
  });

  it('leaves a screenshot in test-artifacts/audit-report.png, and reads on a narrow screen', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const shot = join(ARTIFACTS, 'audit-report.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(100_000);

    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expect(page.getByRole('heading', { name: 'Chain intact' }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'audit-report-narrow.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});

describe('a tampered log, in Chromium', () => {
  it('shows the failing line on top, and marks the records from there as not verified', async () => {
    const file = join(dir, 'tampered.jsonl');
    const lines = readFileSync(log.file, 'utf8').trimEnd().split('\n');
    lines.splice(9, 1); // line 10 removed: line 11 no longer chains
    writeFileSync(file, `${lines.join('\n')}\n`);
    copyFileSync(checkpointPath(log.file), checkpointPath(file));
    const { out } = await writeAuditReportFromFile(file, join(dir, 'tampered.html'));
    const { page, context, requests, problems } = await open(out);
    try {
      expect(requests).toHaveLength(1);
      expect(problems).toEqual([]);
      const heading = page.getByRole('heading', { name: 'Chain broken at line 10' });
      await expect(heading.isVisible()).resolves.toBe(true);
      expect((await heading.boundingBox())!.y).toBeLessThan(400);
      await expect(text(page, '#verification')).resolves.toContain('line 10: record(s) 10–10 are missing before it');
      const marked = await page.$$eval('#records-table tbody tr.unverified', (rows) => rows.map((row) => (row as HTMLElement).dataset.line));
      expect(marked).toEqual(Array.from({ length: lines.length - 9 }, (_, i) => String(10 + i)));
      await expect(page.locator('#records-table tr[data-line="10"]').innerText()).resolves.toContain('not verified');
      await page.screenshot({ path: join(ARTIFACTS, 'audit-report-tampered.png') });
    } finally {
      await context.close();
    }
  });
});

describe('hostile records, in Chromium', () => {
  it('a record’s strings stay text: no script runs, no element appears, names read as written', async () => {
    const evil = '</script><script>window.pwned=1</script><img src=x onerror="window.pwned=2">';
    const records = log.records.slice(0, 4).map((r, i) => ({ ...r, agent: i < 2 ? `bot ${evil}` : r.agent, operationId: `${r.operationId}${evil}`, requestId: r.requestId && `${r.requestId}${evil}` })) as AuditRecord[];
    records.push({ ...records[0]!, seq: 5, kind: 'refused', call: null, decision: 'denied', reason: `no-grant${evil}`, approvedBy: `eve ${evil}` } as AuditRecord);
    const out = join(dir, 'hostile.html');
    writeFileSync(out, renderAuditReport({ records, verification: { ok: false, line: 1, problem: `edited ${evil}` }, source: `x ${evil}` }));
    const { page, context, requests, problems } = await open(out);
    try {
      expect(requests).toHaveLength(1);
      expect(problems).toEqual([]);
      await expect(page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).resolves.toBeUndefined();
      await expect(page.locator('img').count()).resolves.toBe(0);
      await expect(page.locator('script').count()).resolves.toBe(2);
      await expect(text(page, '#verification')).resolves.toContain(`line 1: edited ${evil}`);
      const options = await page.getByLabel('Agent', { exact: true }).locator('option').allInnerTexts();
      expect(options).toContain(`bot ${evil}`);
      await page.getByLabel('Agent', { exact: true }).selectOption({ label: `bot ${evil}` });
      await expect(text(page, '#records-count')).resolves.toBe('Showing 1–3 of 3 matching (of 5 records).');
      await expect(page.locator('#records-table').innerText()).resolves.toContain(`eve ${evil}`);
    } finally {
      await context.close();
    }
  });
});

describe('100,000 records over three weeks, in Chromium', () => {
  it('opens, pages, filters and searches without drawing 100,000 rows', async () => {
    const start = Date.parse('2026-02-01T00:00:00Z');
    const agents = ['alpha', 'bravo', 'charlie', 'delta'];
    const base = log.records[0]!;
    const records: AuditRecord[] = [];
    for (let i = 0; records.length < 100_000; i++) {
      const time = new Date(start + Math.floor((i * 21 * 24 * 3600_000) / 60_000)).toISOString();
      const agent = agents[i % 4]!;
      if (i % 10 === 9) records.push({ ...base, seq: records.length + 1, time, agent, kind: 'refused', call: null, decision: 'denied', reason: 'no-grant', sent: false, error: 'AccessDeniedError' } as AuditRecord);
      else {
        const common: Partial<AuditEntry> = { time, agent, call: `c${i}`, targets: { user: [String(i)] } };
        records.push({ ...base, ...common, seq: records.length + 1, kind: 'attempt' } as AuditRecord, { ...base, ...common, seq: records.length + 2, kind: 'outcome', status: 200, sent: true, requestId: `req-${i}` } as AuditRecord);
      }
    }
    records.splice(100_000);
    const out = join(dir, 'big.html');
    writeFileSync(out, renderAuditReport({ records, verification: { ok: true, lines: records.length, records: records.length, lastSeq: records.length, recoveries: 0, unfinished: 0, checkpoint: 'signed' }, source: 'big.jsonl' }));
    const began = Date.now();
    const { page, context, requests, problems } = await open(out);
    try {
      expect(Date.now() - began).toBeLessThan(45_000);
      expect(requests).toHaveLength(1);
      expect(problems).toEqual([]);
      await expect(page.locator('#records-table tbody tr').count()).resolves.toBe(100);
      await expect(text(page, '.page-label')).resolves.toBe('Page 1 of 1,000');
      await page.getByRole('button', { name: 'Next ›' }).click();
      expect((await visibleRows(page, '#records-table'))[0]![0]).toBe('101');
      await page.getByRole('button', { name: 'Last »' }).click();
      await expect(text(page, '#records-count')).resolves.toBe('Showing 99,901–100,000 of 100,000 records.');
      await expect(text(page, '.timeline-caption')).resolves.toMatch(/, one bar per 6 hours\.$/);

      await page.getByLabel('Agent', { exact: true }).selectOption({ label: 'bravo' });
      const bravo = records.filter((r) => r.agent === 'bravo').length;
      await expect(text(page, '#records-count')).resolves.toBe(`Showing 1–100 of ${bravo.toLocaleString('en-US')} matching (of 100,000 records).`);
      await page.getByRole('searchbox', { name: 'Search the records' }).fill('req-50001');
      await expect.poll(async () => (await visibleRows(page, '#records-table')).map((r) => [r[2], r[3]])).toEqual([['bravo', 'outcome']]);
      await expect(page.locator('#records-table tbody tr').count()).resolves.toBeLessThanOrEqual(100);
    } finally {
      await context.close();
    }
  }, 120_000);
});

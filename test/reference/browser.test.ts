import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchChromium } from '../support/chromium.js';
import { operationIds, operations, renderAgentReference, type OperationId } from '../../src/index.js';
import { readReferenceHtml, REFERENCE_HTML, SUPPORT_AGENT } from './page.js';


let browser: Browser;
const temp: string[] = [];
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Every request that tried to leave the file (aborted, or refused by the page's CSP). */
  attempted: string[];
  /** Script errors, console errors and CSP violations. */
  problems: string[];
}

/** Opens a file with the network blocked: every non-file request is aborted and recorded. */
async function openOffline(file: string): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const attempted: string[] = [];
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    attempted.push(url);
    return route.abort();
  });
  context.on('request', (request) => {
    if (!request.url().startsWith('file:') && !attempted.includes(request.url())) attempted.push(request.url());
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // A fetch the page's Content-Security-Policy refused is an attempt too, though it never became a request.
    const blocked = /^CSP blocked (.*)$/.exec(message.text());
    if (blocked) attempted.push(blocked[1]!);
    else if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP blocked ${event.blockedURI}`));
  });
  await page.goto(pathToFileURL(file).href);
  await page.locator('tr.op-row').first().waitFor();
  return { page, context, attempted, problems };
}

const visibleIds = (page: Page) =>
  page.$$eval('tr.op-row', (rows) => rows.filter((row) => row.checkVisibility()).map((row) => (row as HTMLElement).dataset.id!));
const idsWhere = (predicate: (meta: (typeof operations)[OperationId]) => boolean) => operationIds.filter((id) => predicate(operations[id]));
const sorted = (list: readonly string[]) => [...list].sort();
const activeId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id ?? document.activeElement?.id ?? null);

describe('generated/reference.html in Chromium', () => {
  let opened: OpenedPage;
  let page: Page;
  beforeAll(async () => {
    opened = await openOffline(REFERENCE_HTML);
    page = opened.page;
  }, 60_000);
  afterAll(() => opened?.context.close());

  it('loads with the network blocked: no request leaves the file, no script error, every method listed', async () => {
    expect(opened.attempted).toEqual([]);
    expect(opened.problems).toEqual([]);
    expect(sorted(await visibleIds(page))).toEqual(sorted(operationIds));
    await expect(page.locator('#count').textContent()).resolves.toBe(`Showing all ${operationIds.length} methods.`);
    const callsCount = idsWhere((m) => m.area === 'calls').length;
    await expect(page.locator('#area-calls').textContent()).resolves.toContain(`${callsCount} methods`);
  });

  it('filters by HTTP method, access, permission and area — real labelled controls — and clears', async () => {
    const reset = () => page.getByRole('button', { name: 'Clear filters' }).click();

    await page.getByLabel('HTTP method').selectOption('DELETE');
    expect(sorted(await visibleIds(page))).toEqual(sorted(idsWhere((m) => m.method === 'DELETE')));
    await expect(page.locator('#count').textContent()).resolves.toBe(`Showing ${idsWhere((m) => m.method === 'DELETE').length} of ${operationIds.length} methods.`);
    await reset();
    expect(await visibleIds(page)).toHaveLength(operationIds.length);

    await page.getByLabel('Access').selectOption('read');
    expect(sorted(await visibleIds(page))).toEqual(sorted(idsWhere((m) => m.access === 'read')));
    await reset();

    await page.getByLabel('Permission (scope)').selectOption('calls:list');
    expect(await visibleIds(page)).toEqual(idsWhere((m) => (m.scopes as readonly string[]).includes('calls:list')));
    await page.getByLabel('Permission (scope)').selectOption({ label: 'None needed' });
    expect(sorted(await visibleIds(page))).toEqual(sorted(idsWhere((m) => m.scopes.length === 0)));
    await reset();

    await page.getByLabel('Area').selectOption('events');
    expect(sorted(await visibleIds(page))).toEqual(sorted(idsWhere((m) => m.area === 'events')));
    await expect(page.locator('section[data-area="calls"]').isHidden()).resolves.toBe(true);
    await page.getByLabel('Access').selectOption('write');
    expect(sorted(await visibleIds(page))).toEqual(sorted(idsWhere((m) => m.area === 'events' && m.access === 'write')));
    await reset();
    expect(await visibleIds(page)).toHaveLength(operationIds.length);
  });

  it('searches any path: a template, a concrete path or URL with ids filled in, or a word', async () => {
    const search = page.getByLabel('Search a path or method');
    await search.fill('/api/v2/users/{id}/initiate_call');
    expect(await visibleIds(page)).toEqual(['calls.initiate']);
    await search.fill('/api/v2/users/42/initiate_call');
    expect(await visibleIds(page)).toEqual(['calls.initiate']);
    await search.fill('https://dialpad.com/api/v2/call/6120583/transfer?x=1');
    expect(await visibleIds(page)).toEqual(['calls.transfer']);
    await search.fill('webhook');
    expect(sorted(await visibleIds(page))).toEqual(
      sorted(idsWhere((m) => [m.path, m.operationId, m.summary].some((text) => text.toLowerCase().includes('webhook')))),
    );
    await search.fill('no such method anywhere');
    expect(await visibleIds(page)).toEqual([]);
    await expect(page.getByText('No method matches these filters.').isVisible()).resolves.toBe(true);
    await search.fill('');
    expect(await visibleIds(page)).toHaveLength(operationIds.length);
  });

  it('opens a row’s detail: effect flags, version, rate limits, webhook event, source link', async () => {
    const meta = operations['sms.send'];
    await page.locator('tr[data-id="sms.send"]').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.isVisible()).resolves.toBe(true);
    await expect(page.locator('#detail-title').textContent()).resolves.toBe('sms.send');
    const text = (await dialog.textContent())!;
    expect(text).toContain('What it does to the real world');
    expect(text).toContain(meta.effect.description);
    for (const flag of meta.effect.flags) await expect(dialog.locator(`.effect .flag-${flag}`).isVisible()).resolves.toBe(true);
    expect(text).toContain(`${meta.since.version} · ${meta.since.date}`);
    expect(text).toContain('100 per minute, for the company (tier 0 accounts)');
    expect(text).toContain('and the company ceiling: 20 per second');
    expect(text).toContain(`Webhook event${meta.webhookEvent}`);
    expect(text).toContain('dialpad.sms.send(body)');
    expect(text).toContain('1 MB');
    await expect(dialog.getByRole('link', { name: 'Dialpad’s reference for this method' }).getAttribute('href')).resolves.toBe(meta.source.url);
    await page.screenshot({ path: join(ARTIFACTS, 'reference-detail.png') });
    await page.getByRole('button', { name: 'Close the details' }).click();
    await expect(dialog.isVisible()).resolves.toBe(false);
  });

  it('works by keyboard: Tab reaches the rows, Enter and Space open the detail, Escape closes it and focus returns', async () => {
    await page.getByRole('button', { name: 'Clear filters' }).focus();
    await page.keyboard.press('Tab');
    const first = await activeId(page);
    expect(operationIds).toContain(first);

    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog').isVisible()).resolves.toBe(true);
    await expect(page.locator('#detail-title').textContent()).resolves.toBe(first);
    expect(await activeId(page)).toBe('detail-close');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog').isVisible()).resolves.toBe(false);
    // The dialog's close event is a task of its own: wait for it rather than race it.
    await expect.poll(() => activeId(page)).toBe(first);

    await page.keyboard.press('Tab');
    const second = await activeId(page);
    expect(second).not.toBe(first);
    await page.keyboard.press(' ');
    await expect(page.locator('#detail-title').textContent()).resolves.toBe(second);
    // The panel is modal: Tab stays inside it.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    await expect(page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => activeId(page)).toBe(second);
  });

  it('is readable on a narrow screen, and leaves screenshots in test-artifacts/', async () => {
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    const shot = join(ARTIFACTS, 'reference.png');
    await page.screenshot({ path: shot, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1500 } });
    expect(statSync(shot).size).toBeGreaterThan(50_000);

    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.locator('tr[data-id="sms.send"] td').first().evaluate((td) => getComputedStyle(td).display)).resolves.toBe('block');
    await page.locator('#methods').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('methods')!.scrollIntoView());
    await page.screenshot({ path: join(ARTIFACTS, 'reference-narrow.png') });
    await page.locator('tr[data-id="calls.initiate"]').click();
    const box = await page.getByRole('dialog').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    await page.keyboard.press('Escape');
  });
});

describe('the per-agent page (renderAgentReference) in Chromium', () => {
  it('shows only what the agent may call, with its name and grants at the top, offline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bollard-reference-'));
    temp.push(dir);
    const name = 'support-triage </script><img src=x onerror="window.pwned = 1">';
    const file = join(dir, 'agent.html');
    writeFileSync(file, renderAgentReference(readReferenceHtml(), { ...SUPPORT_AGENT, agent: name }));

    const { page, context, attempted, problems } = await openOffline(file);
    try {
      expect(attempted).toEqual([]);
      expect(problems).toEqual([]);
      expect(sorted(await visibleIds(page))).toEqual(sorted(SUPPORT_AGENT.operationIds));
      expect(await page.locator('tr.op-row').count()).toBe(SUPPORT_AGENT.operationIds.length);

      const banner = page.locator('#agent');
      await expect(banner.isVisible()).resolves.toBe(true);
      await expect(banner.locator('.agent-name').textContent()).resolves.toBe(name);
      await expect(page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).resolves.toBeUndefined();
      await expect(banner.textContent()).resolves.toContain(`${SUPPORT_AGENT.operationIds.length} of ${operationIds.length} methods`);
      const grants = await banner.locator('.grant').evaluateAll((items) => items.map((li) => li.textContent));
      expect(grants).toEqual(expect.arrayContaining(['callsread', 'messageswrite', 'usersread', 'contactsnone', 'statsnone']));
      for (const note of SUPPORT_AGENT.notes) await expect(banner.getByText(note).isVisible()).resolves.toBe(true);
      await expect(page.title()).resolves.toContain(`agent ${name}`);

      const areas = await page.getByLabel('Area').locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      expect(areas).toEqual(['', 'calls', 'messages', 'users']);
      await page.screenshot({ path: join(ARTIFACTS, 'reference-agent.png') });
    } finally {
      await context.close();
    }
  });
});

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../support/prism.js';

const run = promisify(execFile);

describe('examples/event-receiver.ts', () => {
  it('registers subscriptions on Prism, receives signed events as front-desk (examples/policy.yaml) may see them, refuses forgeries, and exits', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'examples/event-receiver.ts')], {
      cwd: ROOT,
      env: { ...process.env, DIALPAD_BASE_URL: inject('prismUrl') },
      timeout: 60_000,
    });
    expect(stdout).toMatch(/webhook 5747174497632256 created; created call, sms, contact/);
    expect(stdout).toMatch(/receiver for agent front-desk on/);
    expect(stdout).toMatch(/\[front-desk\] call 6412000098765432 is ringing/);
    // The policy's credential lacks message_content_export: the SMS arrives without its text.
    expect(stdout).toMatch(/\[front-desk\] SMS inbound from \+14155550123: text withheld/);
    // front-desk reads contacts.
    expect(stdout).toMatch(/POST contact event\n {2}-> 200\n {2}\[front-desk\] contact Created: Ana Lima\n/);
    expect(stdout).toMatch(/re-delivery\)\n {2}-> 200 \(dropped: duplicate\)/);
    expect(stdout).toMatch(/wrong secret\)\n {2}-> 401 bad_signature/);
    expect(stdout).toMatch(/unsigned JSON\n {2}-> 401 unsigned/);
    expect(stdout).not.toContain('Running late');
    expect(stdout.trim().endsWith('done')).toBe(true);
  }, 60_000);
});

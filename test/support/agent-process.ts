// An agent in a process of its own, for the fault tests: `tsx agent-process.ts '<json>'` with
// { baseUrl, audit: { file } | { postgres }, agent, calls, concurrency, operation: 'sms.send' | 'users.get', first }.
// It says "ready", waits for a line on stdin (so several start together), makes its calls through
// createDialpadClient, prints one line per settled call ("ok" or the error's name) and "done".
import { createDialpadClient, parsePolicy } from '../../src/index.js';

const settings = JSON.parse(process.argv[2] ?? '{}') as {
  baseUrl: string;
  audit: { file: string } | { postgres: string };
  agent?: string;
  calls: number;
  concurrency: number;
  operation: 'sms.send' | 'users.get';
  first?: number;
};

const policy = parsePolicy('version: 1\nagents:\n  worker:\n    grants: { users: read, messages: write }\n');
const client = createDialpadClient({
  apiKey: 'sk_agent_process_key_0123',
  baseUrl: settings.baseUrl,
  policy,
  agent: settings.agent ?? 'worker',
  rateLimit: false,
  maxRetries: 0,
  audit: 'file' in settings.audit ? { sink: { file: settings.audit.file } } : { postgres: { connectionString: settings.audit.postgres } },
});

process.stdout.write('ready\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
process.stdin.pause();

let next = settings.first ?? 0;
const last = (settings.first ?? 0) + settings.calls;
const lane = async () => {
  for (let i = next++; i < last; i = next++) {
    // Each call names a number of its own (last four digits = i), so the server and the log can be matched.
    const call =
      settings.operation === 'sms.send'
        ? client.sms.send({ user_id: 1, to_numbers: [`+1415555${String(i).padStart(4, '0')}`], text: `message ${i}` })
        : client.users.get(String(i));
    await call.then(
      () => process.stdout.write('ok\n'),
      (error: unknown) => process.stdout.write(`${(error as Error).name}\n`),
    );
  }
};
await Promise.all(Array.from({ length: settings.concurrency }, lane));
await client.close();
process.stdout.write('done\n');

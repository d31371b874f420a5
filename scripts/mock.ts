// Serves the Dialpad API v2 mock until Ctrl-C: `npm run mock [-- --port N] [-- --host H]`.
// Prism behind the front of startMockServer, so listings end (see src/testing/mock-server.ts).
import { parseArgs } from 'node:util';
import { startMockServer } from '../src/testing/mock-server.js';

const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' } } });
const port = values.port === undefined ? 4010 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number (0 for any free port), got ${JSON.stringify(values.port)}`);
  process.exit(2);
}

// Prism's request log goes on as it comes; its start-up listing (on an internal port) does not.
const mock = await startMockServer({ port, ...(values.host ? { host: values.host } : {}), log: (line) => console.log(line) });
console.log(`Dialpad API v2 mock at ${mock.url} (Prism; listings end after two pages). Ctrl-C to stop.`);
console.log(`Try: curl -H 'Authorization: Bearer any-key' ${mock.url}/api/v2/users/me`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void mock.stop().then(() => {
    console.log('Mock stopped.');
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

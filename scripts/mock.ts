// Serves generated/openapi.json with Prism until Ctrl-C: `npm run mock`.
import { startPrism } from '../test/support/prism.js';

const prism = await startPrism(undefined, { log: (line) => process.stdout.write(line) });
console.log(`Prism mock of Dialpad API v2 at ${prism.url} (Ctrl-C to stop)`);
const stop = () => void prism.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

// `npm run generate`: runs generator/cli.ts with plain node, from its transpiled copy in
// .generator-build/ (beside generator/, so that paths relative to a module — the project root, the
// page's assets — stay the same). See transpile-cache.mjs.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transpiled } from './transpile-cache.mjs';

const source = import.meta.dirname;
const [cli] = await transpiled({
  sourceRoot: source,
  build: join(source, '..', '.generator-build'),
  entries: [join(source, 'cli.ts'), join(source, 'schema-worker.ts')],
  // Assets read relative to a module.
  assets: (file) => /\.(css|js)$/.test(file),
  typescript: join(source, '..', 'node_modules/typescript'),
});
await import(pathToFileURL(cli).href);

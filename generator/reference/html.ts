import { readFileSync } from 'node:fs';
import { BANNER_TEXT } from '../banner.js';
import { formatJsonIsland, scriptSafe } from '../prettier-print.js';
import type { ReferenceData } from './data.js';

const asset = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

/**
 * JSON that can sit inside <script> whatever its strings hold: with every `<` (and `>`, `&`)
 * escaped, no `</script` or `<!--` can end or upset the element. src/reference.ts writes the
 * island for the per-agent page the same way.
 */
export function scriptSafeJson(value: unknown): string {
  return scriptSafe(JSON.stringify(value));
}

/** Embedded CSS and JavaScript sit 6 columns in; page.css and page.js are kept formatted 6 columns narrower (.prettierrc.json). */
const EMBED_INDENT = 6;
const embed = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => (line ? ' '.repeat(EMBED_INDENT) + line : line))
    .join('\n');

/**
 * One self-contained file: the page's data as a JSON island, and the script and styles that render
 * and filter it. The Content-Security-Policy forbids every fetch, so the page works, and can only
 * work, without a network. Written the way prettier formats it (tests hold it a fixed point of
 * prettier): the markup as prettier lays it out, the assets indented, the island printed by our JSON
 * printer.
 */
export function renderHtml(data: ReferenceData, printWidth: number): string {
  const sections: [string, string][] = [
    ['connect', 'How to connect'],
    ['methods', 'Methods'],
    ['events', 'Events'],
    ['rate-limits', 'Rate limits'],
    ['pagination', 'Pagination'],
    ['size-limits', 'Size limits'],
    ['status-codes', 'Status codes'],
    ['versioning', 'Versioning'],
  ];
  // The title is one line in <title> and in <h1>; a longer one would be wrapped by prettier.
  if (data.title.length > printWidth - 24 || /[<&\n]/.test(data.title)) throw new Error(`reference title too long or not plain text: ${data.title}`);
  return `<!doctype html>
<!-- ${BANNER_TEXT}. Regenerate with \`npm run generate\`. -->
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta
      http-equiv="Content-Security-Policy"
      content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    />
    <title>${data.title}</title>
    <style>
${embed(asset('page.css'))}
    </style>
  </head>
  <body>
    <a class="skip-link" href="#methods">Skip to the methods</a>
    <header class="page-header">
      <div class="wrap">
        <h1>${data.title}</h1>
        <p id="lede" class="lede"></p>
        <nav aria-label="Sections">
          <ul>
${sections.map(([id, label]) => `            <li><a href="#${id}">${label}</a></li>`).join('\n')}
          </ul>
        </nav>
      </div>
    </header>
    <main class="wrap">
      <section id="agent" class="agent" aria-labelledby="agent-title" hidden></section>
      <noscript
        ><p class="notice">
          This page builds its tables with JavaScript. <code>reference.md</code>, beside it, has the same content as
          plain text.
        </p></noscript
      >
${sections
  .map(
    ([id, label]) => `      <section id="${id}" aria-labelledby="${id}-title">
        <h2 id="${id}-title">${label}</h2>
        <div id="${id}-body"></div>
      </section>`,
  )
  .join('\n')}
    </main>
    <dialog id="detail" aria-labelledby="detail-title">
      <div class="detail-head">
        <div>
          <p id="detail-kicker" class="kicker"></p>
          <h2 id="detail-title"></h2>
        </div>
        <button type="button" id="detail-close" class="close" aria-label="Close the details">×</button>
      </div>
      <div id="detail-body" class="detail-body"></div>
    </dialog>
    <script type="application/json" id="reference-data">
${' '.repeat(EMBED_INDENT)}${formatJsonIsland(data, printWidth, EMBED_INDENT)}
    </script>
    <script type="module">
${embed(asset('page.js'))}
    </script>
  </body>
</html>
`;
}

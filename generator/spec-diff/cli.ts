import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { diffSpecs, formatJson, formatMarkdown, formatText, SpecDiffError } from './index.js';

const USAGE = `usage: npm run spec:diff -- [--json | --markdown] [--allow-breaking] [--repo <dir>] <old> <new>

  <old>, <new>      a git ref of this repository (its spec/ + overlays/), a project folder
                    (. is the working tree) or an OpenAPI 3.0/3.1 file (JSON or YAML)
  --json            the report as JSON
  --markdown        sections ready to paste into CHANGELOG.md
  --allow-breaking  exit 0 even when a change breaks callers or agent grants
  --repo <dir>      the git repository refs are looked up in (default: this project)

exit code: 0 no breaking change, 1 breaking change found, 2 a side could not be read`;

// `npm run spec:diff -- a b | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        markdown: { type: 'boolean', default: false },
        'allow-breaking': { type: 'boolean', default: false },
        repo: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 2 || (values.json && values.markdown)) {
    console.error(USAGE);
    return 2;
  }
  const [oldArg, newArg] = positionals as [string, string];
  const started = performance.now();
  const report = await diffSpecs(oldArg, newArg, values.repo ? { repoDir: resolve(values.repo) } : {});
  const elapsedMs = performance.now() - started;
  const output = values.json
    ? formatJson(report, { elapsedMs })
    : values.markdown
      ? formatMarkdown(report)
      : formatText(report, { elapsedMs });
  process.stdout.write(output);
  const breaking = report.counts.byImpact['breaking-callers'] + report.counts.byImpact['breaking-grants'];
  if (breaking > 0 && !values['allow-breaking']) {
    if (!values.json && !values.markdown)
      console.error(`${breaking} breaking change(s); pass --allow-breaking to accept them.`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof SpecDiffError) {
      console.error(`spec:diff: ${error.name}: ${error.message}`);
    } else {
      console.error(`spec:diff: unexpected error: ${(error as Error).stack ?? String(error)}`);
    }
    process.exitCode = 2;
  },
);

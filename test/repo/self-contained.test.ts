import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/prism.js';

/**
 * The repository stands on its own: no code, test, bench or script reaches for a path outside its
 * tree (a user's clone has nothing beside it). A relative path literal is resolved from where it is
 * anchored — the file's own folder for imports, `import.meta.dirname`, `__dirname` and
 * `new URL(…, import.meta.url)`; the repository root (the working directory every script and test
 * runs in, and `ROOT`) otherwise — and must stay inside the repository.
 */
const SCANNED = ['src', 'generator', 'scripts', 'test', 'examples', '.ci', 'bin', 'package.json', 'vitest.config.ts', 'tsconfig.json', 'tsconfig.build.json'];
const SKIPPED = new Set(['node_modules', '.git', 'generated', 'dist', 'test-results', 'fixtures']);
const CODE = /\.(ts|mts|mjs|js|cjs|json|sh|yaml|yml)$|^run$/;

function filesUnder(path: string): string[] {
  const full = join(ROOT, path);
  let entries;
  try {
    entries = readdirSync(full, { withFileTypes: true });
  } catch {
    return [path]; // a file, or a folder this checkout does not have
  }
  return entries.flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const child = join(path, entry.name);
    return entry.isDirectory() ? filesUnder(child) : CODE.test(entry.name) ? [child] : [];
  });
}

export interface Escape {
  file: string;
  line: number;
  literal: string;
  resolved: string;
}

const LITERAL = /^\s*(['"`])([^'"`]*)\1\s*$/;
const PATH_CALL = /\b(?:join|resolve)\(([^()]*)\)/g;
const IMPORT = /(?:\bfrom\s*|\bimport\(\s*|new URL\(\s*)(['"`])(\.\.?\/[^'"`]*)\1/g;
const DOTTED_LITERAL = /(['"`])(\.\.\/[^'"`\s$]*)\1/g;

const leaves = (root: string, target: string) => {
  const inside = relative(root, target);
  return inside === '..' || inside.startsWith(`..${sep}`);
};

/** Every path literal of `text` (the file at `file`, relative to the root) that leaves the repository. */
export function escapes(file: string, text: string, root = ROOT): Escape[] {
  const found: Escape[] = [];
  const fileDir = dirname(join(root, file));
  text.split('\n').forEach((line, index) => {
    const report = (literal: string, resolved: string) => found.push({ file, line: index + 1, literal, resolved });
    if (/\.\.\/shared\b|\/work\/shared|shared\/reference/.test(line)) {
      report(line.trim(), 'a folder beside the repository (../shared)');
      return;
    }
    const judged = new Set<string>();
    // join(ANCHOR, 'a', '..', …) / resolve(…): the anchor says where the literals start from.
    for (const call of line.matchAll(PATH_CALL)) {
      const [anchor, ...rest] = call[1]!.split(',');
      const first = LITERAL.exec(anchor ?? '')?.[2];
      const base = /^\s*(import\.meta\.dirname|__dirname)\s*$/.test(anchor ?? '') ? fileDir : /^\s*ROOT\s*$/.test(anchor ?? '') || first !== undefined ? root : undefined;
      const parts: string[] = first === undefined ? [] : [first];
      for (const arg of rest) {
        const literal = LITERAL.exec(arg)?.[2];
        if (literal === undefined) break;
        parts.push(literal);
      }
      parts.forEach((part) => judged.add(part));
      if (base === undefined || parts.length === 0) continue;
      const target = resolve(base, ...parts);
      if (leaves(root, target)) report(parts.join('/'), target);
    }
    // Import specifiers and new URL(…, import.meta.url) are relative to the file itself.
    for (const match of line.matchAll(IMPORT)) {
      judged.add(match[2]!);
      if (match[2]!.includes('${')) continue;
      const target = resolve(fileDir, match[2]!);
      if (leaves(root, target)) report(match[2]!, target);
    }
    // Any other '../…' literal: read from the working directory (the root) or from the file's folder.
    for (const match of line.matchAll(DOTTED_LITERAL)) {
      const literal = match[2]!;
      if (judged.has(literal) || literal.includes('${')) continue;
      const fromRoot = resolve(root, literal);
      if (leaves(root, fromRoot) && leaves(root, resolve(fileDir, literal))) report(literal, fromRoot);
    }
  });
  return found;
}

describe('the repository stands on its own', () => {
  it('no code, test, bench or script names a path outside the repository', () => {
    const files = SCANNED.flatMap(filesUnder).filter((file) => file !== 'test/repo/self-contained.test.ts');
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) => {
      let text: string;
      try {
        text = readFileSync(join(ROOT, file), 'utf8');
      } catch {
        return [];
      }
      return escapes(file, text);
    });
    expect(found.map((e) => `${e.file}:${e.line} ${e.literal} → ${e.resolved}`)).toEqual([]);
  });

  it('catches a path that leaves it, from the root or from the file, and lets an inside one pass', () => {
    const cases = [
      "const reference = readFileSync(join(ROOT, '../shared/reference/dialpad-api-v2.openapi.json'));",
      "const input = join(import.meta.dirname, '../../../other-repo/spec.json');",
      "readFileSync('../../outside.json');",
      "const sibling = join(ROOT, '..', 'shared-data', 'x.json');",
      "import { x } from '../../../../elsewhere/index.js';",
    ];
    for (const line of cases) expect(escapes('scripts/bench.ts', line), line).toHaveLength(1);
    const inside = [
      "import { x } from '../generator/generate.js';",
      "const input = join(import.meta.dirname, '../reference/dialpad/dialpad-api-v2.openapi.json');",
      "const spec = join(ROOT, 'spec/openapi.yaml');",
    ];
    for (const line of inside) expect(escapes('scripts/bench.ts', line), line).toEqual([]);
  });

  it('holds Dialpad’s published descriptions itself, with where each came from', () => {
    const readme = readFileSync(join(ROOT, 'reference/dialpad/README.md'), 'utf8');
    for (const name of ['dialpad-api-v2.openapi.json', 'dialpad-api-v2.earlier.openapi.json']) {
      const document = JSON.parse(readFileSync(join(ROOT, 'reference/dialpad', name), 'utf8'));
      expect(document.openapi).toMatch(/^3\./);
      expect(readme).toContain(name);
    }
    expect(readme).toMatch(/came from/);
  });
});

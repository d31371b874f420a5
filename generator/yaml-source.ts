import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import type { Document, Node } from 'yaml';
import { SpecError } from './spec-error.js';

// Loaded on first use: a run with nothing to report never needs it.
let yamlLibrary: typeof import('yaml') | undefined;
const yaml = () => (yamlLibrary ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

/** A parsed YAML file that can still answer "which line is this node on?". */
export interface YamlSource {
  file: string;
  data: unknown;
  lineOf(path: (string | number)[]): number | undefined;
}

export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

/**
 * Reads a YAML file. With `fastParse` (a faster parser, e.g. the one redocly bundles spec/ with),
 * the data comes from it, and our thorough reader runs only when something needs a line number —
 * an error to report — or when the fast parser refuses the text (our reader then names the line).
 */
export function readYamlSource(file: string, fastParse?: (text: string) => unknown): YamlSource {
  const shown = displayPath(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new SpecError({ file: shown, message: `cannot read file (${(cause as NodeJS.ErrnoException).code ?? 'error'})` });
  }
  if (!fastParse) return parseYamlSource(text, shown);
  let data: unknown;
  try {
    data = fastParse(text);
  } catch {
    return parseYamlSource(text, shown);
  }
  let thorough: YamlSource | undefined;
  return { file: shown, data, lineOf: (path) => (thorough ??= parseYamlSource(text, shown)).lineOf(path) };
}

export function parseYamlSource(text: string, shown: string): YamlSource {
  const { LineCounter, parseDocument, isMap, isSeq } = yaml();
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line ?? lineCounter.linePos(first.pos[0]).line;
    const message = first.message.split('\n')[0] ?? 'invalid YAML';
    throw new SpecError({ file: shown, line, message: `malformed YAML: ${message}`, hint: 'fix the syntax at that line' });
  }
  return {
    file: shown,
    data: doc.toJS({ maxAliasCount: 100 }),
    lineOf(path) {
      let node: unknown = doc.contents;
      let found: Node | undefined = doc.contents ?? undefined;
      for (const key of path) {
        if (isMap(node)) node = node.get(key, true);
        else if (isSeq(node)) node = node.get(Number(key), true);
        else break;
        if (node && typeof node === 'object' && 'range' in node) found = node as Node;
      }
      const offset = found?.range?.[0];
      return offset === undefined ? undefined : lineCounter.linePos(offset).line;
    },
  };
}

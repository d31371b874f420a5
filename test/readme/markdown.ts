/** The parts of a Markdown file the README checks read: fenced blocks, inline code, prose. */

export interface Block {
  /** The language of the fence (`ts`, `sh`, `console`, …; '' when none). */
  lang: string;
  /** The words after the language (`run` in ```ts run). */
  flags: string[];
  /** The block's text, dedented by the fence's indentation. */
  code: string;
  /** The line of the file (1-based) of the block's first line of code. */
  line: number;
}

export interface Span {
  text: string;
  line: number;
}

export interface Markdown {
  blocks: Block[];
  /** Inline code spans outside fenced blocks. */
  spans: Span[];
  /** Every line outside fenced blocks, as is. */
  prose: Span[];
}

const OPEN = /^(\s*)(`{3,}|~{3,})\s*([^`\s]*)\s*(.*)$/;

export function parseMarkdown(text: string): Markdown {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  const spans: Span[] = [];
  const prose: Span[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i]!);
    if (open) {
      const [, indent, fence, lang, rest] = open as unknown as [string, string, string, string, string];
      const code: string[] = [];
      let j = i + 1;
      // A fence closes on a line of the same character, at least as long, and nothing else.
      const close = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
      for (; j < lines.length && !close.test(lines[j]!); j++) {
        code.push(lines[j]!.startsWith(indent) ? lines[j]!.slice(indent.length) : lines[j]!.trimStart());
      }
      blocks.push({ lang, flags: rest.split(/\s+/).filter(Boolean), code: code.join('\n'), line: i + 2 });
      i = j;
      continue;
    }
    prose.push({ text: lines[i]!, line: i + 1 });
    for (const match of lines[i]!.matchAll(/(`+)(.+?)\1/g)) spans.push({ text: match[2]!.trim(), line: i + 1 });
  }
  return { blocks, spans, prose };
}

/** The text between `<!-- name -->` and `<!-- /name -->`, trimmed, or undefined. */
export function marked(text: string, name: string): string | undefined {
  const match = new RegExp(`<!-- ${name} -->\\n([\\s\\S]*?)\\n<!-- /${name} -->`).exec(text);
  return match?.[1]!.trim();
}

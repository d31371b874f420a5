/**
 * A small copy of prettier's document printer (its "doc" IR: groups that break as a whole when they
 * do not fit, indentation, conditional content) — the part of prettier that decides line breaks.
 * The generator builds docs the way prettier's own printers do for the few constructs it emits, and
 * gets prettier's exact output without parsing anything. Tests hold the results byte-identical to
 * prettier's.
 */

export type Doc = string | Doc[] | Group | Indent | Align | Line | IfBreak | BreakParent;

interface Group {
  readonly kind: 'group';
  readonly contents: Doc;
  /** Set by shouldBreak, or propagated from a hard line inside. */
  broken: boolean;
}
interface Indent {
  readonly kind: 'indent';
  readonly contents: Doc;
}
interface Align {
  readonly kind: 'align';
  readonly n: number;
  readonly contents: Doc;
}
interface Line {
  readonly kind: 'line';
  readonly soft: boolean;
  readonly hard: boolean;
}
interface IfBreak {
  readonly kind: 'if-break';
  readonly breakContents: Doc;
  readonly flatContents: Doc;
}
interface BreakParent {
  readonly kind: 'break-parent';
}

export const line: Line = { kind: 'line', soft: false, hard: false };
export const softline: Line = { kind: 'line', soft: true, hard: false };
const hardLine: Line = { kind: 'line', soft: false, hard: true };
export const breakParent: BreakParent = { kind: 'break-parent' };
export const hardline: Doc = [hardLine, breakParent];

export const group = (contents: Doc, shouldBreak = false): Group => ({ kind: 'group', contents, broken: shouldBreak });
export const indent = (contents: Doc): Indent => ({ kind: 'indent', contents });
export const align = (n: number, contents: Doc): Align => ({ kind: 'align', n, contents });
export const ifBreak = (breakContents: Doc, flatContents: Doc = ''): IfBreak => ({ kind: 'if-break', breakContents, flatContents });

export function join(separator: Doc, docs: Doc[]): Doc[] {
  const out: Doc[] = [];
  docs.forEach((doc, i) => {
    if (i) out.push(separator);
    out.push(doc);
  });
  return out;
}

/** prettier's propagateBreaks: a hard line breaks every group around it. Returns whether `doc` holds one. */
function propagateBreaks(doc: Doc, seen: Set<Group>): boolean {
  if (typeof doc === 'string') return false;
  if (Array.isArray(doc)) {
    let found = false;
    for (const part of doc) if (propagateBreaks(part, seen)) found = true;
    return found;
  }
  switch (doc.kind) {
    case 'break-parent':
      return true;
    case 'group': {
      if (seen.has(doc)) return doc.broken;
      seen.add(doc);
      if (propagateBreaks(doc.contents, seen)) doc.broken = true;
      return doc.broken;
    }
    case 'indent':
    case 'align':
      return propagateBreaks(doc.contents, seen);
    case 'if-break': {
      const a = propagateBreaks(doc.breakContents, seen);
      const b = propagateBreaks(doc.flatContents, seen);
      return a || b;
    }
    default:
      return false;
  }
}

const ASCII = /^[\x20-\x7e]*$/;
// East Asian wide and fullwidth ranges, and emoji: two columns, as prettier's getStringWidth counts them.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

/** Columns a string takes, as prettier counts them (wide characters 2, combining marks 0). */
export function stringWidth(text: string): number {
  if (ASCII.test(text)) return text.length;
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f) || /\p{M}/u.test(char) || code === 0x200b) continue;
    width += WIDE.test(char) ? 2 : 1;
  }
  return width;
}

const MODE_BREAK = 1;
const MODE_FLAT = 2;
interface Command {
  indent: string;
  mode: number;
  doc: Doc;
}

/** prettier's fits(): does `next` (flat), then what follows it up to the next line break, fit in `width`? */
function fits(next: Command, rest: Command[], width: number): boolean {
  let restIndex = rest.length;
  const commands: { mode: number; doc: Doc }[] = [next];
  while (width >= 0) {
    const command = commands.pop();
    if (!command) {
      if (restIndex === 0) return true;
      commands.push(rest[--restIndex]!);
      continue;
    }
    const { mode, doc } = command;
    if (typeof doc === 'string') {
      width -= stringWidth(doc);
      continue;
    }
    if (Array.isArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) commands.push({ mode, doc: doc[i]! });
      continue;
    }
    switch (doc.kind) {
      case 'indent':
      case 'align':
        commands.push({ mode, doc: doc.contents });
        break;
      case 'group':
        commands.push({ mode: doc.broken ? MODE_BREAK : mode, doc: doc.contents });
        break;
      case 'if-break':
        commands.push({ mode, doc: mode === MODE_BREAK ? doc.breakContents : doc.flatContents });
        break;
      case 'line':
        if (mode === MODE_BREAK || doc.hard) return true;
        if (!doc.soft) width--;
        break;
      case 'break-parent':
        break;
    }
  }
  return false;
}

/**
 * prettier's printDocToString, for the docs above (spaces, `\n`); `startIndent` for a doc printed
 * at the start of an indented line of a larger text.
 */
export function printDoc(doc: Doc, width: number, startIndent = ''): string {
  propagateBreaks(doc, new Set());
  const out: string[] = [];
  let pos = startIndent.length;
  const commands: Command[] = [{ indent: startIndent, mode: MODE_BREAK, doc }];
  let shouldRemeasure = false;
  while (commands.length) {
    const { indent: ind, mode, doc: current } = commands.pop()!;
    if (typeof current === 'string') {
      out.push(current);
      pos += stringWidth(current);
      continue;
    }
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) commands.push({ indent: ind, mode, doc: current[i]! });
      continue;
    }
    switch (current.kind) {
      case 'indent':
        commands.push({ indent: `${ind}  `, mode, doc: current.contents });
        break;
      case 'align':
        commands.push({ indent: ind + ' '.repeat(current.n), mode, doc: current.contents });
        break;
      case 'group': {
        if (mode === MODE_FLAT && !shouldRemeasure) {
          commands.push({ indent: ind, mode: current.broken ? MODE_BREAK : MODE_FLAT, doc: current.contents });
          break;
        }
        shouldRemeasure = false;
        const next: Command = { indent: ind, mode: MODE_FLAT, doc: current.contents };
        if (!current.broken && fits(next, commands, width - pos)) commands.push(next);
        else commands.push({ indent: ind, mode: MODE_BREAK, doc: current.contents });
        break;
      }
      case 'if-break': {
        const contents = mode === MODE_BREAK ? current.breakContents : current.flatContents;
        if (contents) commands.push({ indent: ind, mode, doc: contents });
        break;
      }
      case 'line':
        if (mode === MODE_FLAT && !current.hard) {
          if (!current.soft) {
            out.push(' ');
            pos += 1;
          }
          break;
        }
        if (mode === MODE_FLAT) shouldRemeasure = true;
        // Trailing whitespace goes before a line break.
        while (out.length && /[ \t]$/.test(out[out.length - 1]!)) {
          const trimmed = out[out.length - 1]!.replace(/[ \t]+$/, '');
          if (trimmed) {
            out[out.length - 1] = trimmed;
            break;
          }
          out.pop();
        }
        out.push(`\n${ind}`);
        pos = ind.length;
        break;
      case 'break-parent':
        break;
    }
  }
  return out.join('');
}

/**
 * Prints JSON-compatible data exactly as prettier formats it — as a `.json` file, or as a
 * TypeScript literal (single quotes, trailing commas, keys unquoted where they can be) — for the
 * large data of generated/, where prettier itself costs most of the generation (~20× slower).
 * Objects are expanded (prettier keeps expanded input expanded), arrays stay on one line when
 * they fit. Tests hold the output byte-identical to prettier's, and a fixed point of prettier, on
 * our document and on Dialpad's.
 */

import { stringWidth } from './prettier-doc.js';

interface Style {
  /** 'expand': every non-empty object on several lines (prettier keeps expanded input expanded); 'fit': on one line when it fits. */
  objects: 'expand' | 'fit';
  scalar(value: unknown): string;
  key(name: string): string;
  /** trailingComma: 'all' (TypeScript) — every element of an expanded list ends with a comma. */
  trailingComma: boolean;
  /** prettier's "break-after-operator" for a string property that overflows (TypeScript only). */
  breakLongStrings: boolean;
  flatCache: WeakMap<object, string | null>;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** prettier's choice: single quotes unless the text holds more single than double quotes. */
export function quote(text: string): string {
  const json = JSON.stringify(text).slice(1, -1);
  const singles = (text.match(/'/g) ?? []).length;
  const doubles = (text.match(/"/g) ?? []).length;
  if (singles > doubles) return `"${json}"`;
  const content = json.replace(/\\(.)|'/g, (match, escaped: string | undefined) => (escaped === undefined ? "\\'" : escaped === '"' ? '"' : match));
  return `'${content}'`;
}

const JSON_STYLE: Style = {
  objects: 'expand',
  scalar: (value) => JSON.stringify(value),
  key: (name) => JSON.stringify(name),
  trailingComma: false,
  breakLongStrings: false,
  flatCache: new WeakMap(),
};

const TS_STYLE: Style = {
  objects: 'expand',
  scalar: (value) => (typeof value === 'string' ? quote(value) : typeof value === 'number' ? String(value).replace('e+', 'e') : JSON.stringify(value)),
  key: (name) => (IDENTIFIER.test(name) ? name : quote(name)),
  trailingComma: true,
  breakLongStrings: true,
  flatCache: new WeakMap(),
};

/**
 * JSON that can sit inside <script>: every `<`, `>`, `&` (and U+2028/9) escaped, so no `</script` or
 * `<!--` can end or upset the element.
 */
export function scriptSafe(json: string): string {
  return json
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

const ISLAND_STYLE: Style = {
  objects: 'fit',
  scalar: (value) => scriptSafe(JSON.stringify(value)),
  key: (name) => scriptSafe(JSON.stringify(name)),
  trailingComma: false,
  breakLongStrings: false,
  flatCache: new WeakMap(),
};

/**
 * A JSON data island — `<script type="application/json">` written on one line — as prettier formats
 * it inside HTML at `indent`: objects and arrays on one line where they fit, strings script-safe.
 */
export function formatJsonIsland(value: unknown, printWidth: number, indent: number): string {
  return print(value, indent, indent, 0, printWidth, ISLAND_STYLE);
}

/** The content of a `.json` file as prettier's json formatter writes it. */
export function formatJson(value: unknown, printWidth = 80): string {
  return `${print(value, 0, 0, 0, printWidth, JSON_STYLE)}\n`;
}

/**
 * A TypeScript literal as prettier (singleQuote, trailingComma: all) writes it: starting at `column`
 * of a line indented by `indent`, followed on its last line by `trailing` more characters.
 */
export function formatTsLiteral(value: unknown, printWidth: number, indent = 0, column = indent, trailing = 1): string {
  return print(value, indent, column, trailing, printWidth, TS_STYLE);
}

/** A literal on one line, objects too (`{ a: 1 }`): prettier's form of one written on one line, when it fits. */
export function formatTsInline(value: unknown): string {
  if (value === null || typeof value !== 'object') return TS_STYLE.scalar(value);
  if (Array.isArray(value)) return `[${value.map(formatTsInline).join(', ')}]`;
  const entries = Object.entries(value);
  return entries.length ? `{ ${entries.map(([name, v]) => `${TS_STYLE.key(name)}: ${formatTsInline(v)}`).join(', ')} }` : '{}';
}

/** The one-line form of a value, or null when it cannot be flat (a non-empty object inside). */
function flat(value: unknown, style: Style): string | null {
  if (value === null || typeof value !== 'object') return style.scalar(value);
  const cached = style.flatCache.get(value);
  if (cached !== undefined) return cached;
  let result: string | null;
  if (Array.isArray(value)) {
    const parts = value.map((v) => flat(v, style));
    result = value.length === 0 ? '[]' : parts.includes(null) ? null : `[${parts.join(', ')}]`;
  } else {
    const entries = Object.entries(value);
    if (entries.length === 0) result = '{}';
    else if (style.objects === 'expand') result = null;
    else {
      const parts = entries.map(([name, v]) => {
        const printed = flat(v, style);
        return printed === null ? null : `${style.key(name)}: ${printed}`;
      });
      result = parts.includes(null) ? null : `{ ${parts.join(', ')} }`;
    }
  }
  style.flatCache.set(value, result);
  return result;
}

/** prettier breaks an array of two or more arrays (or objects) that each have more than one element (or property). */
const isCollection = (v: unknown) => v !== null && typeof v === 'object' && (Array.isArray(v) ? v.length : Object.keys(v).length) > 1;

/**
 * @param column where the value starts on its line
 * @param trailing characters that must follow it on the same line (a comma, or nothing)
 */
function print(value: unknown, indent: number, column: number, trailing: number, width: number, style: Style): string {
  if (value === null || typeof value !== 'object') return style.scalar(value);
  const pad = ' '.repeat(indent + 2);
  const close = ' '.repeat(indent);
  const comma = (i: number, count: number) => (style.trailingComma || i < count - 1 ? ',' : '');
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    // prettier breaks an array of several objects (or several arrays) of the same kind.
    const sameKindCollections = value.length > 1 && value.every((v) => isCollection(v) && Array.isArray(v) === Array.isArray(value[0]));
    if (!sameKindCollections) {
      const oneLine = flat(value, style);
      if (oneLine !== null && column + stringWidth(oneLine) + trailing <= width) return oneLine;
    }
    if (value.every((v) => typeof v === 'number')) {
      // fill: as many numbers per line as fit
      const lines: string[] = [];
      let line = '';
      value.forEach((v, i) => {
        const item = `${style.scalar(v)}${comma(i, value.length)}`;
        if (line && indent + 2 + line.length + 1 + item.length > width) {
          lines.push(line);
          line = item;
        } else line = line ? `${line} ${item}` : item;
      });
      lines.push(line);
      return `[\n${lines.map((l) => pad + l).join('\n')}\n${close}]`;
    }
    const items = value.map((v, i) => {
      const after = comma(i, value.length);
      return `${pad}${print(v, indent + 2, indent + 2, after.length, width, style)}${after}`;
    });
    return `[\n${items.join('\n')}\n${close}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  if (style.objects === 'fit') {
    const oneLine = flat(value, style);
    if (oneLine !== null && column + stringWidth(oneLine) + trailing <= width) return oneLine;
  }
  const lines = entries.map(([name, v], i) => {
    const after = comma(i, entries.length);
    const key = style.key(name);
    const prefix = `${key}: `;
    // A string that overflows moves to its own line, unless the key is too short for that to
    // gain anything (narrower than tabWidth + 3).
    if (style.breakLongStrings && typeof v === 'string' && key.length >= 5) {
      const text = style.scalar(v);
      if (indent + 2 + stringWidth(prefix) + stringWidth(text) + after.length > width) return `${pad}${key}:\n${pad}  ${text}${after}`;
    }
    return `${pad}${prefix}${print(v, indent + 2, indent + 2 + prefix.length, after.length, width, style)}${after}`;
  });
  return `{\n${lines.join('\n')}\n${close}}`;
}

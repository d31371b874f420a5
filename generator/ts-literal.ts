/**
 * Prints a JSON-compatible value as a TypeScript literal exactly as prettier does (single quotes,
 * trailing commas, keys unquoted where they can be, objects expanded, arrays on one line when
 * they fit) — for the large data tables of generated/, where prettier itself costs most of the
 * generation. A test holds its output a fixed point of prettier on our document and on Dialpad's.
 */
export function formatTsLiteral(value: unknown, printWidth: number, indent = 0): string {
  return print(value, indent, indent, printWidth);
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

function key(name: string): string {
  return IDENTIFIER.test(name) ? name : quote(name);
}

function scalar(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return String(value).replace('e+', 'e');
  return JSON.stringify(value);
}

const flatCache = new WeakMap<object, string | null>();

function flat(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return scalar(value);
  const cached = flatCache.get(value);
  if (cached !== undefined) return cached;
  let result: string | null;
  if (Array.isArray(value)) {
    const parts = value.map(flat);
    result = value.length === 0 ? '[]' : parts.includes(null) ? null : `[${parts.join(', ')}]`;
  } else {
    result = Object.keys(value).length === 0 ? '{}' : null;
  }
  flatCache.set(value, result);
  return result;
}

const isCollection = (v: unknown) => v !== null && typeof v === 'object' && (Array.isArray(v) ? v.length > 1 : Object.keys(v).length > 0);

function print(value: unknown, indent: number, column: number, width: number): string {
  if (value === null || typeof value !== 'object') return scalar(value);
  const pad = ' '.repeat(indent + 2);
  const close = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const sameKindCollections = value.length > 1 && value.every((v) => isCollection(v) && Array.isArray(v) === Array.isArray(value[0]));
    if (!sameKindCollections) {
      const oneLine = flat(value);
      // Inside an expanded parent every element is followed by a comma (trailingComma: all).
      if (oneLine !== null && column + oneLine.length + 1 <= width) return oneLine;
    }
    if (value.every((v) => typeof v === 'number')) {
      const lines: string[] = [];
      let line = '';
      for (const v of value) {
        const item = `${scalar(v)},`;
        if (line && indent + 2 + line.length + 1 + item.length > width) {
          lines.push(line);
          line = item;
        } else line = line ? `${line} ${item}` : item;
      }
      lines.push(line);
      return `[\n${lines.map((l) => pad + l).join('\n')}\n${close}]`;
    }
    return `[\n${value.map((v) => `${pad}${print(v, indent + 2, indent + 2, width)},`).join('\n')}\n${close}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([name, v]) => {
    const printedKey = key(name);
    const prefix = `${printedKey}: `;
    // prettier's "break-after-operator": a string that overflows moves to its own line, unless
    // the key is too short for that to gain anything (narrower than tabWidth + 3).
    if (typeof v === 'string' && printedKey.length >= 5) {
      const text = quote(v);
      if (indent + 2 + prefix.length + text.length + 1 > width) return `${pad}${printedKey}:\n${pad}  ${text},`;
    }
    return `${pad}${prefix}${print(v, indent + 2, indent + 2 + prefix.length, width)},`;
  });
  return `{\n${lines.join('\n')}\n${close}}`;
}

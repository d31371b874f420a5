/**
 * Prints openapi-typescript's syntax tree (the declarations of schema.ts) exactly as prettier
 * (singleQuote, printWidth from the config) formats what openapi-typescript's own printer writes —
 * without printing, parsing and reprinting a megabyte of TypeScript. The docs built here follow
 * prettier's printers for the constructs openapi-typescript emits (interfaces, object and union
 * types, arrays, indexed access, literals, JSDoc); for anything else `printSchema` names what it
 * met and the caller falls back to prettier itself. Tests hold the output byte-identical to prettier's, on
 * our document and on Dialpad's.
 */
import ts from 'typescript';
import { align, group, hardline, ifBreak, indent, join, line, printDoc, softline, type Doc } from './prettier-doc.js';

class Unsupported extends Error {}

const unsupported = (node: ts.Node, why = ''): never => {
  throw new Unsupported(`${ts.SyntaxKind[node.kind]}${why ? `: ${why}` : ''}`);
};

// --- strings and numbers: TypeScript's printer escapes, prettier then re-quotes ---------------------

const TS_ESCAPES: Record<string, string> = {
  '\t': '\\t',
  '\v': '\\v',
  '\f': '\\f',
  '\b': '\\b',
  '\r': '\\r',
  '\n': '\\n',
  '\\': '\\\\',
  '"': '\\"',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
  '\u0085': '\\u0085',
};
const utf16Escape = (code: number) => `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** The text between the quotes of a synthesized string literal, as TypeScript's printer writes it. */
function tsStringContent(text: string): string {
  return text
    .replace(/\r\n|[\\"\u0000-\u001f\t\v\f\b\r\n\u2028\u2029\u0085]/g, (char, offset: number, all: string) => {
      if (char === '\r\n') return '\\r\\n';
      if (char === '\0') return /[0-9]/.test(all.charAt(offset + 1)) ? '\\x00' : '\\0';
      return TS_ESCAPES[char] ?? utf16Escape(char.charCodeAt(0));
    })
    .replace(/[^\u0000-\u007f]/g, (char) => utf16Escape(char.charCodeAt(0)));
}

/** prettier's printString: the preferred quote (single, unless more singles inside), escapes tidied. */
function prettierString(rawContent: string): string {
  let singles = 0;
  let doubles = 0;
  for (const char of rawContent) {
    if (char === "'") singles++;
    else if (char === '"') doubles++;
  }
  const enclosing = singles > doubles ? '"' : "'";
  const other = enclosing === '"' ? "'" : '"';
  const content = rawContent.replace(/\\(.)|(["'])/gsu, (_match, escaped: string | undefined, quote: string | undefined) => {
    if (escaped === other) return escaped;
    if (quote === enclosing) return `\\${quote}`;
    if (quote) return quote;
    return /^[^\n\r"'0-7\\bfnrt-vx\u2028\u2029]$/.test(escaped!) ? escaped! : `\\${escaped}`;
  });
  return enclosing + content + enclosing;
}

/** prettier's printNumber. */
export function prettierNumber(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/^([+-]?[\d.]+e)(?:\+|(-))?0*(\d)/, '$1$2$3')
    .replace(/^([+-]?[\d.]+)e[+-]?0+$/, '$1')
    .replace(/^([+-])?\./, '$10.')
    .replace(/(\.\d+?)0+(?=e|$)/, '$1')
    .replace(/\.(?=e|$)/, '');
}

// --- comments --------------------------------------------------------------------------------------

/** Leading JSDoc of a node, as prettier prints block comments: the lines of each comment. */
function leadingComments(node: ts.Node): string[][] {
  const comments = ts.getSyntheticLeadingComments(node);
  if (!comments?.length) return [];
  return comments.map((comment) => {
    if (comment.kind !== ts.SyntaxKind.MultiLineCommentTrivia || !comment.hasTrailingNewLine) unsupported(node, 'comment kind');
    if (comment.text.includes('\r')) unsupported(node, 'carriage return in a comment');
    const lines = comment.text.split('\n');
    if (lines.length === 1) return [`/*${comment.text}*/`];
    // prettier re-indents a comment whose every line starts with `*`; others it keeps as written.
    if (!`*${comment.text}*`.split('\n').every((l) => l.trimStart().startsWith('*'))) unsupported(node, 'comment not indentable');
    const printed = lines.map((l, i) => (i === 0 ? `/*${l.trimEnd()}` : ` ${i < lines.length - 1 ? l.trim() : l.trimStart()}`));
    printed[printed.length - 1] += '*/';
    return printed;
  });
}

const commentDocs = (node: ts.Node): Doc[] => leadingComments(node).map((lines) => [join(hardline, lines), hardline]);

function noComments(node: ts.Node): void {
  if (ts.getSyntheticLeadingComments(node)?.length || ts.getSyntheticTrailingComments(node)?.length) unsupported(node, 'comment in this position');
}

// --- types ----------------------------------------------------------------------------------------

const KEYWORDS: Partial<Record<ts.SyntaxKind, string>> = {
  [ts.SyntaxKind.StringKeyword]: 'string',
  [ts.SyntaxKind.NumberKeyword]: 'number',
  [ts.SyntaxKind.BooleanKeyword]: 'boolean',
  [ts.SyntaxKind.BigIntKeyword]: 'bigint',
  [ts.SyntaxKind.NeverKeyword]: 'never',
  [ts.SyntaxKind.UnknownKeyword]: 'unknown',
  [ts.SyntaxKind.AnyKeyword]: 'any',
  [ts.SyntaxKind.UndefinedKeyword]: 'undefined',
  [ts.SyntaxKind.VoidKeyword]: 'void',
  [ts.SyntaxKind.ObjectKeyword]: 'object',
  [ts.SyntaxKind.SymbolKeyword]: 'symbol',
};

const strip = (node: ts.TypeNode): ts.TypeNode => (ts.isParenthesizedTypeNode(node) ? strip(node.type) : node);
const isNullish = (node: ts.TypeNode) =>
  node.kind === ts.SyntaxKind.VoidKeyword || (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword);

/**
 * prettier's shouldHugUnionType: one object-like member (a type literal or a type reference), the
 * rest null or void → printed as `{ … } | null`, never broken before the bars.
 */
function huggedUnion(node: ts.UnionTypeNode): boolean {
  const types = node.types.map(strip);
  const object = types.find((t) => ts.isTypeLiteralNode(t) || ts.isTypeReferenceNode(t));
  return object !== undefined && types.every((t) => t === object || isNullish(t));
}

function key(name: ts.PropertyName): Doc {
  if (ts.isIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name)) {
    // openapi-typescript quotes only names that are not identifiers; with only ASCII, prettier keeps the quotes.
    if (/[^\x20-\x7e]/.test(name.text) || /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name.text)) unsupported(name, 'key prettier may unquote');
    return prettierString(tsStringContent(name.text));
  }
  if (ts.isNumericLiteral(name)) return prettierNumber(name.text);
  return unsupported(name);
}

function members(list: ts.NodeArray<ts.TypeElement>): Doc {
  if (!list.length) return '{}';
  return ['{', indent([hardline, join(hardline, list.map(member))]), hardline, '}'];
}

function member(node: ts.TypeElement): Doc {
  const comments = commentDocs(node);
  if (ts.isPropertySignature(node)) {
    if (!node.type) unsupported(node, 'no type');
    const modifiers = (node.modifiers ?? []).map((m) => (m.kind === ts.SyntaxKind.ReadonlyKeyword ? 'readonly ' : unsupported(m)));
    return [...comments, ...modifiers, key(node.name), node.questionToken ? '?' : '', ': ', type(node.type!, 'annotation'), ';'];
  }
  if (ts.isIndexSignatureDeclaration(node)) {
    const modifiers = (node.modifiers ?? []).map((m) => (m.kind === ts.SyntaxKind.ReadonlyKeyword ? 'readonly ' : unsupported(m)));
    const [parameter] = node.parameters;
    if (node.parameters.length !== 1 || !parameter!.type || !ts.isIdentifier(parameter!.name)) unsupported(node);
    return [...comments, ...modifiers, '[', (parameter!.name as ts.Identifier).text, ': ', type(parameter!.type!, 'other'), ']: ', type(node.type, 'annotation'), ';'];
  }
  return unsupported(node);
}

type Context = 'annotation' | 'array' | 'union' | 'other';

function type(node: ts.TypeNode, context: Context): Doc {
  noComments(node);
  if (ts.isParenthesizedTypeNode(node)) {
    // prettier's tree has no parentheses; it adds them where they are needed (a union as an array's element).
    if (context !== 'array' || !ts.isUnionTypeNode(strip(node.type))) unsupported(node, 'parentheses outside an array element');
    return type(strip(node.type), 'array');
  }
  const keyword = KEYWORDS[node.kind];
  if (keyword) return keyword;
  // openapi-typescript writes a string enum value as an identifier holding JSON.stringify(value).
  if (ts.isIdentifier(node as ts.Node)) {
    const text = (node as unknown as ts.Identifier).text;
    if (!/^"(?:[^"\\]|\\.)*"$/s.test(text)) unsupported(node, 'identifier as a type');
    return prettierString(text.slice(1, -1));
  }
  if (ts.isLiteralTypeNode(node)) {
    const literal = node.literal;
    if (literal.kind === ts.SyntaxKind.NullKeyword) return 'null';
    if (literal.kind === ts.SyntaxKind.TrueKeyword) return 'true';
    if (literal.kind === ts.SyntaxKind.FalseKeyword) return 'false';
    if (ts.isStringLiteral(literal)) return prettierString(tsStringContent(literal.text));
    if (ts.isNumericLiteral(literal)) return prettierNumber(literal.text);
    if (ts.isPrefixUnaryExpression(literal) && literal.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(literal.operand)) {
      return `-${prettierNumber(literal.operand.text)}`;
    }
    return unsupported(node, ts.SyntaxKind[literal.kind]);
  }
  if (ts.isTypeReferenceNode(node)) {
    if (!ts.isIdentifier(node.typeName)) unsupported(node, 'qualified name');
    const name = (node.typeName as ts.Identifier).text;
    const args = node.typeArguments ?? [];
    if (!args.length) return name;
    // Type arguments: only simple ones (keywords, references, literals), which prettier groups as below.
    if (args.some((arg) => !(KEYWORDS[arg.kind] || ts.isLiteralTypeNode(arg) || (ts.isTypeReferenceNode(arg) && !arg.typeArguments?.length)))) {
      unsupported(node, 'complex type arguments');
    }
    const printed = args.map((arg) => type(arg, 'other'));
    if (args.length === 1 && (KEYWORDS[args[0]!.kind] || ts.isTypeReferenceNode(args[0]!))) return [name, '<', printed[0]!, '>'];
    return [name, group(['<', indent([softline, join([',', line], printed)]), softline, '>'])];
  }
  if (ts.isIndexedAccessTypeNode(node)) {
    return [type(node.objectType, 'other'), '[', type(node.indexType, 'other'), ']'];
  }
  if (ts.isArrayTypeNode(node)) {
    const element = node.elementType;
    if (ts.isParenthesizedTypeNode(element)) return ['(', type(element, 'array'), ')[]'];
    if (ts.isUnionTypeNode(element) || ts.isIntersectionTypeNode(element) || ts.isFunctionTypeNode(element)) unsupported(node, 'unparenthesized element');
    return [type(element, 'other'), '[]'];
  }
  if (ts.isTypeLiteralNode(node)) return members(node.members);
  if (ts.isUnionTypeNode(node)) return union(node, context);
  return unsupported(node);
}

/**
 * prettier's printUnionType (3.x): the members in a group, broken one per line with leading bars;
 * as a property's type the whole union may first move to its own line, as an array's element it sits
 * between parentheses that break around it.
 */
function union(node: ts.UnionTypeNode, context: Context): Doc {
  if (context !== 'annotation' && context !== 'array') unsupported(node, 'union in this position');
  if (node.types.some((t) => ts.isUnionTypeNode(strip(t)) || ts.isIntersectionTypeNode(strip(t)) || ts.isFunctionTypeNode(strip(t)))) {
    unsupported(node, 'nested union, intersection or function type');
  }
  if (huggedUnion(node)) return join(' | ', node.types.map((member) => type(member, 'union')));
  const members = group(node.types.map((member, i) => [i === 0 ? ifBreak('| ') : [line, '| '], align(2, type(member, 'union'))]));
  if (context === 'array') return group([indent([softline, members]), softline]);
  return group(indent([softline, members]));
}

// --- the direct writer: what always breaks (declarations, objects, comments) is written as it
// comes; only a member whose type can break or not (a union, type arguments) goes through a doc.

/** The one-line text of a type prettier cannot break (no group inside), or null. */
function flat(node: ts.TypeNode): string | null {
  if (ts.isParenthesizedTypeNode(node)) return null;
  if (ts.isTypeLiteralNode(node)) return node.members.length ? null : '{}';
  if (ts.isUnionTypeNode(node)) {
    if (!huggedUnion(node)) return null;
    const parts = node.types.map(flat);
    return parts.includes(null) ? null : parts.join(' | ');
  }
  if (ts.isTypeReferenceNode(node) && node.typeArguments?.length) {
    const [arg] = node.typeArguments;
    if (node.typeArguments.length !== 1 || !(KEYWORDS[arg!.kind] || (ts.isTypeReferenceNode(arg!) && !arg.typeArguments?.length))) return null;
  }
  if (ts.isIndexedAccessTypeNode(node)) {
    const object = flat(node.objectType);
    const index = flat(node.indexType);
    return object === null || index === null ? null : `${object}[${index}]`;
  }
  if (ts.isArrayTypeNode(node)) {
    if (ts.isParenthesizedTypeNode(node.elementType)) return null;
    const element = flat(node.elementType);
    return element === null ? null : `${element}[]`;
  }
  const doc = type(node, 'other');
  return typeof doc === 'string' ? doc : Array.isArray(doc) && doc.every((d) => typeof d === 'string') ? doc.join('') : null;
}

/** Can `writeType` write it without a doc: flat, an object, an array of one, `{ … } | null`? */
function direct(node: ts.TypeNode): boolean {
  noComments(node);
  if (ts.isTypeLiteralNode(node)) return true;
  if (ts.isArrayTypeNode(node) && !ts.isParenthesizedTypeNode(node.elementType)) return direct(node.elementType);
  if (ts.isUnionTypeNode(node) && huggedUnion(node)) return node.types.every((t) => !ts.isParenthesizedTypeNode(t) && direct(t));
  return flat(node) !== null;
}

function writeType(out: string[], node: ts.TypeNode, ind: string): void {
  if (ts.isTypeLiteralNode(node)) return writeObject(out, node.members, ind);
  if (ts.isArrayTypeNode(node)) {
    writeType(out, node.elementType, ind);
    out.push('[]');
    return;
  }
  if (ts.isUnionTypeNode(node) && huggedUnion(node)) {
    node.types.forEach((member, i) => {
      if (i) out.push(' | ');
      writeType(out, member, ind);
    });
    return;
  }
  out.push(flat(node)!);
}

function writeComments(out: string[], node: ts.Node, ind: string): void {
  for (const lines of leadingComments(node)) for (const text of lines) out.push(text, '\n', ind);
}

function writeObject(out: string[], list: ts.NodeArray<ts.TypeElement>, ind: string): void {
  if (!list.length) {
    out.push('{}');
    return;
  }
  const inner = `${ind}  `;
  out.push('{');
  for (const node of list) {
    out.push('\n', inner);
    writeMember(out, node, inner);
  }
  out.push('\n', ind, '}');
}

function writeMember(out: string[], node: ts.TypeElement, ind: string): void {
  const typeNode = ts.isPropertySignature(node) || ts.isIndexSignatureDeclaration(node) ? node.type : undefined;
  if (!typeNode || !direct(typeNode)) {
    // A type that may or may not break: prettier's doc for the whole member, printed where it stands.
    out.push(printDoc(member(node), width, ind));
    return;
  }
  writeComments(out, node, ind);
  for (const modifier of (node as ts.PropertySignature | ts.IndexSignatureDeclaration).modifiers ?? []) {
    out.push(modifier.kind === ts.SyntaxKind.ReadonlyKeyword ? 'readonly ' : unsupported(modifier));
  }
  if (ts.isPropertySignature(node)) {
    out.push(key(node.name) as string, node.questionToken ? '?' : '', ': ');
  } else {
    const index = node as ts.IndexSignatureDeclaration;
    const [parameter] = index.parameters;
    if (index.parameters.length !== 1 || !parameter!.type || !ts.isIdentifier(parameter!.name)) unsupported(node);
    const parameterType = flat(parameter!.type!);
    if (parameterType === null) unsupported(node, 'index parameter type');
    out.push('[', (parameter!.name as ts.Identifier).text, ': ', parameterType!, ']: ');
  }
  writeType(out, typeNode, ind);
  out.push(';');
}

function writeStatement(out: string[], node: ts.Statement): void {
  writeComments(out, node, '');
  const modifiers = ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []) : [];
  for (const modifier of modifiers) out.push(modifier.kind === ts.SyntaxKind.ExportKeyword ? 'export ' : unsupported(modifier));
  if (ts.isInterfaceDeclaration(node)) {
    if (node.typeParameters?.length || node.heritageClauses?.length) unsupported(node, 'type parameters or heritage');
    out.push('interface ', node.name.text, ' ');
    writeObject(out, node.members, '');
    return;
  }
  if (ts.isTypeAliasDeclaration(node)) {
    // Only a right-hand side that fits on the line (prettier's assignment layouts differ only in breaking).
    if (node.typeParameters?.length || ts.isUnionTypeNode(node.type) || ts.isTypeLiteralNode(node.type)) unsupported(node, 'type parameters or right-hand side');
    const right = printDoc(type(node.type, 'other'), Infinity);
    const text = `type ${node.name.text} = ${right};`;
    if (text.includes('\n') || (modifiers.length ? 7 : 0) + text.length > width) unsupported(node, 'a long right-hand side');
    out.push(text);
    return;
  }
  unsupported(node);
}

let width = 80;

/**
 * The declarations openapi-typescript made, as prettier prints them; or, when they hold a construct
 * this printer does not know, which one (the caller then prints with openapi-typescript and formats
 * with prettier).
 */
export function printSchema(nodes: readonly ts.Node[], printWidth: number): { text: string } | { unsupported: string } {
  width = printWidth;
  try {
    const out: string[] = [];
    for (const node of nodes) {
      writeStatement(out, node as ts.Statement);
      out.push('\n');
    }
    return { text: out.join('') };
  } catch (error) {
    if (error instanceof Unsupported) return { unsupported: error.message };
    throw error;
  }
}

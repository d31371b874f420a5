import { IndentationText, Project, QuoteKind, StructureKind, VariableDeclarationKind, type CodeBlockWriter } from 'ts-morph';
import { TS_BANNER } from './banner.js';
import type { OperationModel } from './model.js';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function identifier(name: string): string {
  const camel = name.replace(/[^A-Za-z0-9_$]+([A-Za-z0-9])/g, (_, c: string) => c.toUpperCase());
  return IDENTIFIER.test(camel) ? camel : `_${camel.replace(/[^A-Za-z0-9_$]/g, '_')}`;
}

function typeName(area: string): string {
  return identifier(area).replace(/^./, (c) => c.toUpperCase());
}

function jsdoc(op: OperationModel): string {
  const limits = op.rateLimits.length
    ? op.rateLimits.map((l) => `${l.limit} per ${l.windowSeconds} s per ${l.per}${l.tier !== undefined ? ` (tier ${l.tier})` : ''}`).join('; ')
    : 'company ceiling only';
  const lines = [
    op.summary,
    '',
    ...op.description.trim().split('\n'),
    '',
    `- Access: ${op.access} (area \`${op.area}\`)`,
    `- Scope: ${op.scopes.length ? op.scopes.map((s) => `\`${s}\``).join(', ') : 'none'}`,
    `- Rate limit: ${limits}`,
    `- Effect: ${op.effect.description}${op.effect.flags.length ? ` [${op.effect.flags.join(', ')}]` : ''}`,
    ...(op.webhookEvent ? [`- Webhook event: \`${op.webhookEvent}\``] : []),
    ...(op.paginated ? ['- Paginated: iterate the result; `.pages()` yields whole pages'] : []),
    ...(op.source.url ? [`@see ${op.source.url}`] : []),
  ];
  return lines.map((line) => line.replaceAll('*/', '*\\/')).join('\n');
}

function opType(op: OperationModel): string {
  return `operations[${JSON.stringify(op.operationId)}]`;
}

function bodyType(op: OperationModel): string {
  return `NonNullable<${opType(op)}['requestBody']>['content'][${JSON.stringify(op.body!.contentType)}]`;
}

function queryType(op: OperationModel): string {
  return `NonNullable<${opType(op)}['parameters']['query']>`;
}

function resultType(op: OperationModel): string {
  if (!op.success.json) return 'void';
  return `${opType(op)}['responses'][${op.success.status}]['content']['application/json']`;
}

function writeMethod(writer: CodeBlockWriter, op: OperationModel): void {
  const params: string[] = op.pathParams.map((p) => `${identifier(p.name)}: ${opType(op)}['parameters']['path'][${JSON.stringify(p.name)}]`);
  const input: string[] = [];
  if (op.pathParams.length) {
    input.push(`path: { ${op.pathParams.map((p) => `${JSON.stringify(p.name)}: ${identifier(p.name)}`).join(', ')} }`);
  }
  if (op.body) {
    params.push(`body${op.body.required ? '' : '?'}: ${bodyType(op)}`);
    input.push('body');
    if (op.queryParams.length) input.push('query: options?.query');
  } else if (op.queryParams.length) {
    const required = op.queryParams.some((p) => p.required && p.name !== 'cursor');
    params.push(`query${required ? '' : '?'}: ${queryType(op)}`);
    input.push('query');
  }
  const optionsType = op.body && op.queryParams.length ? `O & { query?: ${queryType(op)} }` : 'O';
  params.push(`options?: ${optionsType}`);
  writer.writeLine(`/**`);
  for (const line of jsdoc(op).split('\n')) writer.writeLine(line ? ` * ${line}` : ' *');
  writer.writeLine(` */`);
  const call = `${JSON.stringify(op.operationId)}, { ${input.join(', ')} }, options`;
  if (op.paginated) {
    const page = resultType(op);
    writer.write(`${identifier(op.methodName)}(${params.join(', ')}): Paginated<NonNullable<${page}['items']>[number], ${page}>`).block(() => {
      writer.writeLine(`return caller.paginate(${call});`);
    });
  } else {
    writer.write(`${identifier(op.methodName)}(${params.join(', ')}): Promise<${resultType(op)}>`).block(() => {
      writer.writeLine(`return caller.call(${call});`);
    });
  }
}

/** One module per area: a factory returning `{ <namespace>: { <method>() } }` bound to a caller. */
export function emitAreaModules(operations: OperationModel[]): Map<string, string> {
  const project = new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    skipFileDependencyResolution: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single },
  });
  const byArea = new Map<string, OperationModel[]>();
  for (const op of operations) byArea.set(op.area, [...(byArea.get(op.area) ?? []), op]);
  const files = new Map<string, string>();
  for (const [area, ops] of [...byArea].sort(([a], [b]) => a.localeCompare(b))) {
    const namespaces = new Map<string, OperationModel[]>();
    for (const op of ops) namespaces.set(op.namespace, [...(namespaces.get(op.namespace) ?? []), op]);
    // One structure per file, printed once: far cheaper than editing a source file step by step.
    const file = project.createSourceFile(
      `areas/${area}.ts`,
      {
        statements: [
          { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: '../schema.js', namedImports: ['operations'] },
          { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: '../caller.js', namedImports: ['OperationCaller', 'Paginated'] },
          {
            kind: StructureKind.Function,
            isExported: true,
            name: `create${typeName(area)}Area`,
            typeParameters: ['O'],
            parameters: [{ name: 'caller', type: 'OperationCaller<O>' }],
            docs: [`The \`${area}\` area: ${ops.length} operation(s) in ${[...namespaces.keys()].map((n) => `\`client.${n}\``).join(', ')}.`],
            statements: (writer) => {
              writer.write('return ').inlineBlock(() => {
                for (const [namespace, members] of namespaces) {
                  writer.write(`${identifier(namespace)}: `).inlineBlock(() => {
                    for (const op of members) {
                      writeMethod(writer, op);
                      writer.write(',').newLine();
                    }
                  });
                  writer.write(',').newLine();
                }
              });
              writer.write(';');
            },
          },
          { kind: StructureKind.TypeAlias, isExported: true, name: `${typeName(area)}Area`, typeParameters: ['O'], type: `ReturnType<typeof create${typeName(area)}Area<O>>` },
        ],
      },
      { overwrite: true },
    );
    files.set(`areas/${area}.ts`, TS_BANNER + file.getFullText());
  }

  const index = project.createSourceFile('areas/index.ts', '', { overwrite: true });
  const areaNames = [...byArea.keys()].sort();
  for (const area of areaNames) {
    index.addImportDeclaration({ moduleSpecifier: `./${area}.js`, namedImports: [`create${typeName(area)}Area`] });
  }
  index.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: '../caller.js', namedImports: ['OperationCaller'] });
  index.addFunction({
    isExported: true,
    name: 'createAreas',
    typeParameters: ['O'],
    parameters: [{ name: 'caller', type: 'OperationCaller<O>' }],
    docs: ['Every namespace of every area, bound to one caller.'],
    statements: (writer) => {
      writer.write('return ').inlineBlock(() => {
        for (const area of areaNames) writer.writeLine(`...create${typeName(area)}Area(caller),`);
      });
      writer.write(';');
    },
  });
  index.addTypeAlias({ isExported: true, name: 'Areas', typeParameters: ['O'], type: 'ReturnType<typeof createAreas<O>>' });
  index.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name: 'namespaces', initializer: JSON.stringify([...new Set(operations.map((op) => op.namespace))].sort()) + ' as const' }],
  });
  files.set('areas/index.ts', TS_BANNER + index.getFullText());
  return files;
}

/** The contract between generated methods and the hand-written runtime, which implements it. */
export function emitCaller(): string {
  return `${TS_BANNER}
import type { OperationId } from './operations.js';

/** What a generated method hands to the runtime: the operation and its parts, already split. */
export interface OperationInput {
  path?: Record<string, string | number>;
  query?: Record<string, unknown>;
  body?: unknown;
}

/** Async iteration over every item of every page, or page by page with \`.pages()\`. */
export interface Paginated<TItem, TPage> extends AsyncIterable<TItem> {
  pages(): AsyncIterable<TPage>;
}

/** Implemented by the runtime (src/): every generated method goes through it. */
export interface OperationCaller<O> {
  call<R>(operationId: OperationId, input: OperationInput, options?: O): Promise<R>;
  paginate<T, P>(operationId: OperationId, input: OperationInput, options?: O): Paginated<T, P>;
}
`;
}

import type { OpenApiDocument } from './bundle.js';
import type { OperationModel } from './model.js';
import { buildReferenceData } from './reference/data.js';
import { renderHtml } from './reference/html.js';
import { renderMarkdown } from './reference/markdown.js';

/** The reference for agents: the same data as Markdown and as one self-contained, filterable HTML page. */
export function emitReference(document: OpenApiDocument, operations: OperationModel[], printWidth: number): Map<string, string> {
  const data = buildReferenceData(document, operations);
  return new Map([
    ['reference.md', renderMarkdown(data)],
    ['reference.html', renderHtml(data, printWidth)],
  ]);
}

import { loadDocument, type LoadedDocument } from '../../generator/load.js';

let cached: Promise<LoadedDocument> | undefined;

/** The document as the generator sees it (spec/ bundled + overlays), loaded once per test file. */
export function loadedDocument(): Promise<LoadedDocument> {
  cached ??= loadDocument();
  return cached;
}

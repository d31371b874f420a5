import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './load.js';

/** The prettier options generated/ is formatted with; the generator's printers write this style. */
export interface FormatOptions {
  printWidth: number;
  singleQuote: true;
  trailingComma: 'all';
}

/**
 * The repository's .prettierrc.json, read without loading prettier. Our printers write prettier's
 * output for these options only (single quotes, trailing commas everywhere); anything else is refused
 * here rather than printed subtly wrong.
 */
export function formatOptions(root = PROJECT_ROOT): FormatOptions {
  const file = join(root, '.prettierrc.json');
  const config = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const { printWidth = 80, singleQuote, trailingComma = 'all', overrides: _overrides, ...rest } = config;
  if (singleQuote !== true || trailingComma !== 'all' || typeof printWidth !== 'number' || Object.keys(rest).length) {
    throw new Error(`${file}: the generator prints prettier's style for { printWidth, singleQuote: true, trailingComma: 'all' } only; got ${JSON.stringify(config)}`);
  }
  return { printWidth, singleQuote, trailingComma };
}

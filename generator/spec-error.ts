/** A problem in spec/ or overlays/, located precisely enough to fix without a stack trace. */
export class SpecError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly hint: string | undefined;

  constructor(options: { file: string; line?: number; message: string; hint?: string }) {
    const where = options.line ? `${options.file}:${options.line}` : options.file;
    super(`${where}: ${options.message}${options.hint ? ` — ${options.hint}` : ''}`);
    this.name = 'SpecError';
    this.file = options.file;
    this.line = options.line;
    this.hint = options.hint;
  }
}

/** Several SpecErrors reported together, so one run shows every problem. */
export class SpecErrors extends Error {
  readonly errors: SpecError[];
  constructor(errors: SpecError[]) {
    super(`${errors.length} problem(s) in spec/overlays:\n${errors.map((e) => `  ${e.message}`).join('\n')}`);
    this.name = 'SpecErrors';
    this.errors = errors;
  }
}

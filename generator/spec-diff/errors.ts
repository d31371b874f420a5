/**
 * Why a side of the diff could not be read. Every error names the file or git ref, so the
 * maintainer can fix the argument without a stack trace; the CLI exits 2 on any of them.
 */
export class SpecDiffError extends Error {
  /** The argument as the user gave it: a file, a folder or a git ref. */
  readonly source: string;
  readonly exitCode = 2;

  constructor(source: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SpecDiffError';
    this.source = source;
  }
}

/** Neither a readable file or folder nor a commit of the repository. */
export class UnknownRefError extends SpecDiffError {
  constructor(ref: string, repoDir: string) {
    super(ref, `${ref}: not a file, a folder or a git ref of ${repoDir}`);
    this.name = 'UnknownRefError';
  }
}

export class UnreadableFileError extends SpecDiffError {
  constructor(file: string, reason: string, options?: { cause?: unknown }) {
    super(file, `${file}: cannot read (${reason})`, options);
    this.name = 'UnreadableFileError';
  }
}

/** Parsed, but not an OpenAPI 3.0 or 3.1 document (or a ref without spec/openapi.yaml). */
export class NotOpenApiError extends SpecDiffError {
  constructor(source: string, reason: string) {
    super(source, `${source}: not an OpenAPI 3.0 or 3.1 document (${reason})`);
    this.name = 'NotOpenApiError';
  }
}

/** spec/ and overlays/ (of a folder or a git ref) failed to load: the loader's own message follows. */
export class SpecLoadError extends SpecDiffError {
  constructor(source: string, detail: string, options?: { cause?: unknown }) {
    super(source, `${source}: spec/ and overlays/ do not load: ${detail}`, options);
    this.name = 'SpecLoadError';
  }
}

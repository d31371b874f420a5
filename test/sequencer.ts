import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that spend tens of seconds in child processes (tsc, npm, generation, Prism, PostgreSQL,
 * Chromium), longest first. vitest starts the longest files first by the durations of the previous
 * run — which a fresh clone (and CI) has not got: by file size, one of these would start last and
 * run alone on the tail of the suite.
 */
const LONGEST_FIRST = [
  'test/readme/readme.test.ts',
  'test/generator/generate.test.ts',
  'test/consumer/consumer.test.ts',
  'test/types/typecheck.test.ts',
  'test/integrity/audit-faults.test.ts',
  'test/spec/lint.test.ts',
  'test/contract/operations.test.ts',
  'test/spec-diff/release.test.ts',
  'test/repo/clone.test.ts',
  'test/audit/report.browser.test.ts',
  'test/testing/mock-server.test.ts',
  'test/cli/cli.test.ts',
  'test/audit/postgres.test.ts',
  'test/reference/browser.test.ts',
  'test/runtime/ratelimit.test.ts',
  'test/spec-diff/cli.test.ts',
  'test/runtime/redis.test.ts',
  'test/audit/report.test.ts',
];

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rest = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = LONGEST_FIRST.findIndex((known) => file.moduleId.endsWith(`/${known}`));
      return index === -1 ? LONGEST_FIRST.length : index;
    };
    // Array.prototype.sort is stable: the rest keep vitest's order.
    return rest.sort((a, b) => rank(a) - rank(b));
  }
}

import { defineConfig } from 'vitest/config';
import LongestFirst from './test/sequencer.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One module graph per worker rather than per file: a fresh process and import per file cost
    // about 40 s of CPU over the suite. Tests keep no state between files (each makes its own
    // clients, servers and temp folders); mocks, stubbed globals and env are undone after each test.
    isolate: false,
    restoreMocks: true,
    unstubGlobals: true,
    unstubEnvs: true,
    // Many files wait on child processes (tsc, npm, Prism, PostgreSQL): more files than cores keeps both busy.
    maxWorkers: 3,
    sequence: { sequencer: LongestFirst },
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});

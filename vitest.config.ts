import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// The SDK's eight-line Node 20 notice (its releases after January 2027 need Node 22) is known; keep
// test output readable. Set here so the global setup's process gets it too.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/global-setup.ts'],
    // Each test worker compiles its patterns as production does (tools/regexp-tiering.ts).
    setupFiles: ['tools/regexp-tiering.ts'],
    // Generous limits, never assertions about speed: a CDK synthesis bundles every function with esbuild
    // and took 48 s on this 2-core machine under load; a limit only stops a test that hangs.
    // One worker per core. Vitest's default in a run is one fewer than the cores, which on a 2-core machine
    // is a single worker: the whole suite ran file after file (clean-clone CI 585 s of tests, 12.5 min in all).
    // With both cores, the same clean clone: 441 s of tests, 8.4 min in all (2026-12-07, 2 cores).
    maxWorkers: availableParallelism(),
    testTimeout: 180_000,
    hookTimeout: 180_000,
    env: { POWERTOOLS_LOG_LEVEL: 'ERROR', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});

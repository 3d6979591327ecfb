import { defineConfig } from 'vitest/config';

// The real-browser suite: one Chromium at a time (2-core machines), generous timeouts for
// browser start, never retried (a flaky test is a bug to fix, not to hide).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    environment: 'node',
  },
});

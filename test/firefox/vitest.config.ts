import { defineConfig } from 'vitest/config';

// The Firefox lane: the production Firefox build in Debian's firefox-esr, one browser at a time
// (2-core machines), never retried (a flaky test is a bug to fix, not to hide).
export default defineConfig({
  test: {
    include: ['test/firefox/**/*.firefox.ts'],
    globalSetup: ['test/firefox/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    environment: 'node',
  },
});

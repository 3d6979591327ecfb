import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests: everything under test/ except the real-browser suite.
// Component tests opt into a DOM with a `// @vitest-environment happy-dom` docblock.
export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
    setupFiles: ['test/page-language.ts'],
  },
});

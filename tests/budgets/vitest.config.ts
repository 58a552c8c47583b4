import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Byte budgets of the built site: run by `npm test` after `npm run build`, apart from the unit tests,
// which must not need a build.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/budgets/**/*.test.ts'],
    environment: 'node',
  },
});

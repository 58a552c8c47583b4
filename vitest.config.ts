import { getViteConfig } from 'astro/config';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

// The heaviest property and render tests take about a second alone, and past vitest's 5 s default on a busy 2-core
// machine: a slow machine is no failure.
const testTimeout = 20_000;

// Tests that render .astro or .svelte components, or import astro:content or the islands' virtual modules, need
// Astro's whole Vite config, which costs seconds to set up for every file. Everything else runs in plain Node.
// A component test missing here fails loudly in the node project (it cannot resolve the component).
const astroTests = [
  'tests/unit/components/docs/*.test.ts',
  'tests/unit/components/frame/aside.test.ts',
  'tests/unit/content/frontmatter.test.ts',
  'tests/unit/islands/{calculator,lib/calc-text}.test.ts',
  'tests/unit/rules/browser.test.ts',
  'tests/unit/stores/*.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.ts'],
          exclude: astroTests,
          environment: 'node',
          // The rules and helpers keep no state between files, so one worker can run file after file.
          isolate: false,
          testTimeout,
        },
      },
      getViteConfig({
        plugins: [svelteTesting()],
        test: { name: 'astro', include: astroTests, environment: 'node', testTimeout },
      }),
    ],
  },
});

// The smallest pages the stack can hydrate, built apart from the site so the bench can show what Astro and
// Svelte cost before any of our code: the floor under the island-page JS budget (tests/bench/floor.mjs).
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import { browserEditions } from '../../../src/build/browser-editions.ts';

export default defineConfig({
  integrations: [svelte()],
  vite: { plugins: [browserEditions()] },
  devToolbar: { enabled: false },
});

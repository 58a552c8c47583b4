/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { svelteTesting } from '@testing-library/svelte/vite';

// Astro's Vite config lets tests import astro:content-free modules exactly as the site builds them.
export default getViteConfig({
  plugins: [svelteTesting()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { satteri } from '@astrojs/markdown-satteri';

export default defineConfig({
  site: 'https://co-sell-guide.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), svelte()],
  markdown: {
    // `## 共同販売案件 { #co-sell-opportunities }` gives ja and en headings the same anchor ids.
    processor: satteri({ features: { headingAttributes: true } }),
  },
  i18n: {
    defaultLocale: 'ja',
    locales: ['ja', 'en'],
    // Both locales live under a prefix so every URL names its language.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Telemetry and dev toolbar would contact third parties; the site must never.
  devToolbar: { enabled: false },
});

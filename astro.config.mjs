// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { frame, notFoundOrderHash } from './src/build/frame-integration.ts';
import { browserEditions } from './src/build/browser-editions.ts';
import { japaneseLines } from './src/build/japanese-lines.ts';
import { baseLinks } from './src/build/base-links.ts';
import { publish } from './src/build/publish.ts';
import { siteEnv } from './src/build/site-env.ts';
import { apartDirective } from './src/build/apart-directive.ts';

/** The guide checks and the fee and benefit verdicts, a chunk of their own (see codeSplitting below). */
const guideCheckParts = /[\\/](GuideCheck|FeeResult|BenefitVerdicts|Verdict|Caveats)\.svelte/;

// The address and sub-path the build is published at: SITE_URL and BASE_PATH (README, "Deploy").
const { site, base } = siteEnv();

export default defineConfig({
  site,
  base,
  // OUT_DIR: a second build beside dist/, e.g. the sub-path build the browser tests serve.
  outDir: process.env.OUT_DIR || 'dist',
  trailingSlash: 'always',
  // Stylesheets as files: Astro does not hash every inlined <style> of MDX pages into the CSP; 'self' covers files.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    mdx(),
    svelte(),
    frame(),
    apartDirective(),
    publish(),
    sitemap({
      i18n: { defaultLocale: 'ja', locales: { ja: 'ja', en: 'en' } },
      // Guide pages only: the language chooser at / and the 404 pages are not content.
      filter: (page) => /\/(ja|en)\//.test(page) && !/\/404\/$/.test(page),
    }),
  ],
  markdown: {
    // Pages link from the site's root (/ja/statuses/); under a sub-path those links get it in front.
    // `## 共同販売案件 { #co-sell-opportunities }` gives ja and en headings the same anchor ids.
    // A line break inside a Japanese paragraph must not show as a space (src/build/japanese-lines.ts).
    processor: satteri({ features: { headingAttributes: true }, mdastPlugins: [japaneseLines, baseLinks(base)] }),
    // Shiki colours code with inline styles, which the CSP forbids; Prism needs a theme stylesheet we do not ship.
    syntaxHighlight: false,
  },
  i18n: {
    defaultLocale: 'ja',
    locales: ['ja', 'en'],
    // Both locales live under a prefix so every URL names its language.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  security: {
    // Astro hashes its own and injected inline scripts and styles; nothing else inline may run.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // 'self' for island chunks and the on-demand module; Pagefind's search runs as WebAssembly.
      // The one inline script of a page's own, the root 404's (frame-integration.ts).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [notFoundOrderHash()] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    // The islands' engine loads its data shaped at build time, one language a page (src/rules/browser.ts).
    plugins: [
      browserEditions(),
      {
        // Dynamic imports as the browser does them, without Vite's helper that adds a <link> per chunk: each link
        // made the whole page's styles be recomputed inside a phone's input, and the chunks loaded later need
        // only what the page has already loaded. (Astro sets the client's build options after the user's.)
        name: 'no-module-preload',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
    ],
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                // Code every island page loads (the Svelte runtime, the engine, the shared components) in one
                // chunk rather than two, which saves their cross-chunk imports. Code only some pages load stays
                // apart: a language's data, its island entries, and what only the calculator uses (reached from
                // two entries, ja and en, where shared code is reached from at least three), and the guide checks
                // with the fee and benefit verdicts, which the calculator loads once an offer type is chosen.
                groups: [
                  {
                    name: 'islands',
                    test: (id) =>
                      !/virtual:browser-|[\\/]islands[\\/](ja|en)[\\/]/.test(id) && !guideCheckParts.test(id),
                    minShareCount: 3,
                  },
                  {
                    // With the guide checks, which draw them at once; the calculator loads them later.
                    name: 'checks',
                    test: (id) => guideCheckParts.test(id),
                  },
                ],
              },
            },
          },
        },
      },
    },
  },
  // Telemetry and dev toolbar would contact third parties; the site must never.
  devToolbar: { enabled: false },
});

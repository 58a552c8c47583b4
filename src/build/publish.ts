// Build steps for publishing on static hosts: the localized 404 files where hosts look for them, and each guide
// page as Markdown beside it, written from the built page itself so it says what the page says.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { locales } from '../i18n/index.ts';
import { markdownPath } from '../lib/site.ts';

/** The guide pages of a locale in a built site, as paths from the site's root ('/ja/', '/ja/overview/'). */
function guidePagesIn(distDir: string, locale: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') pages.push(`/${relative(distDir, dir).split(sep).join('/')}/`);
    }
  };
  walk(join(distDir, locale));
  return pages.sort();
}

/**
 * /ja/404/ and /en/404/ become /ja/404.html and /en/404.html: Cloudflare Pages serves the nearest 404.html up a
 * missing path, Netlify is sent there by _redirects. Their links are absolute, so the move changes nothing in them.
 */
function placeNotFoundPages(distDir: string): void {
  for (const locale of locales) {
    const dir = join(distDir, locale, '404');
    renameSync(join(dir, 'index.html'), join(distDir, locale, '404.html'));
    rmSync(dir, { recursive: true });
  }
}

/** Writes /ja/overview.md … beside every guide page: its article as Markdown with absolute links. */
async function writeMarkdownPages(distDir: string, pageUrlOf: (path: string) => string): Promise<void> {
  // jsdom only at build time, and only here: the converter is the frame's "Copy as Markdown", which walks a DOM.
  const { JSDOM } = await import('jsdom');
  const { articleMarkdown } = await import('../components/frame/section-markdown.ts');
  const { window } = new JSDOM('');
  const globals = globalThis as { Node?: unknown; Element?: unknown };
  const saved = { Node: globals.Node, Element: globals.Element };
  Object.assign(globals, { Node: window.Node, Element: window.Element });
  const parser = new window.DOMParser();
  try {
    for (const locale of locales) {
      for (const path of guidePagesIn(distDir, locale)) {
        const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
        // Parsed in the same window whose Node and Element the converter sees.
        const article = parser.parseFromString(html, 'text/html').querySelector('article');
        if (!article) throw new Error(`${path}: a guide page without an <article> has no Markdown to write`);
        const file = join(distDir, markdownPath(path));
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, articleMarkdown(article, pageUrlOf(path)));
      }
    }
  } finally {
    Object.assign(globals, saved);
  }
}

export function publish(): AstroIntegration {
  let pageUrlOf = (path: string) => path;
  return {
    name: 'co-sell-guide:publish',
    hooks: {
      'astro:config:done': ({ config }) => {
        pageUrlOf = (path) => new URL(config.base.replace(/\/?$/, '/') + path.slice(1), config.site).href;
      },
      'astro:build:done': async ({ dir }) => {
        const distDir = fileURLToPath(dir);
        placeNotFoundPages(distDir);
        await writeMarkdownPages(distDir, pageUrlOf);
      },
    },
  };
}

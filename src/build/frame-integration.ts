import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { minifySync, type Plugin } from 'vite';
import { onDemandKeys } from '../components/frame/on-demand-text.ts';
import { locales, useTranslations } from '../i18n/index.ts';
import { htmlFiles } from './html-files.ts';
import { externalizeIslandScripts } from './island-scripts.ts';

/** One of the frame's inline scripts, minified (each ships in its pages' HTML, within their budget). */
function inlineScript(name: string): string {
  const source = readFileSync(fileURLToPath(new URL(`../components/frame/${name}`, import.meta.url)), 'utf8');
  return minifySync(name, source, { compress: true, mangle: true }).code.trim();
}

/** The inline bootstrap every page carries. */
export const bootstrapScript = (): string => inlineScript('bootstrap.js');

/** The root 404's script that puts the language of the address first (src/pages/404.astro). */
const notFoundOrderScript = (): string => inlineScript('not-found-order.js');

/**
 * Its hash for the CSP (astro.config.mjs): Astro hashes the scripts it injects, not a page's own inline one.
 * Every page's policy names it and prunePolicies leaves it on the root 404 alone.
 */
export const notFoundOrderHash = () => `sha256-${sha256(notFoundOrderScript())}` as const;

const cspMeta = /<meta http-equiv="content-security-policy" content="([^"]+)"/;

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');
const hashOf = (text: string) => `'sha256-${sha256(text)}'`;

/** The hashes of a page's inline scripts and styles (not of its JSON data). */
function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
    if (!/\bsrc=|application\/(ld\+)?json/.test(m[2]!)) hashes.add(hashOf(m[3]!));
  }
  return hashes;
}

/** The policy with only the hashes in `keep`. */
const keepHashes = (policy: string, keep: Set<string>) =>
  policy.replace(/ 'sha256-[^']+'/g, (hash) => (keep.has(hash.trim()) ? hash : ''));

/**
 * Keeps in each page's CSP only the hashes of the inline scripts and styles that page carries, and returns the
 * site's policy for _headers: the one Astro gave every page (fails the build when pages disagree), with the hashes
 * some page uses. Astro lists every client directive and its dev-mode island script on every page, used or not;
 * each hash is ~50 incompressible bytes (a page without islands carried 0.2 KB gz of others'). A browser applies
 * both the header and the meta policy, so each page runs exactly its own inline scripts.
 */
export function prunePolicies(distDir: string): string {
  const files = htmlFiles(distDir).map((file) => ({ file, html: readFileSync(file, 'utf8') }));
  const policies = new Map<string, string>();
  const used = new Set<string>();
  for (const { file, html } of files) {
    const policy = cspMeta.exec(html)?.[1];
    if (!policy) throw new Error(`${file}: no Content-Security-Policy meta element`);
    policies.set(policy, file);
    for (const hash of inlineHashes(html)) used.add(hash);
  }
  if (policies.size !== 1)
    throw new Error(`pages carry ${policies.size} different CSPs: ${[...policies.values()].join(', ')}`);
  for (const { file, html } of files) {
    const own = inlineHashes(html);
    const pruned = html.replace(cspMeta, (meta, policy: string) => meta.replace(policy, keepHashes(policy, own)));
    if (pruned !== html) writeFileSync(file, pruned);
  }
  return keepHashes([...policies.keys()][0]!, used);
}

/**
 * Empties the islands' component styles in the browser build. The server render already puts them in the
 * stylesheet of each page that embeds an island (Astro collects them per MDX entry); the browser build's copy is
 * what Astro 7 links on every page that reads the docs collection (guide pages, 404s), 2.2 KB gz of rules each
 * page either did not use or already had.
 */
export const serverRenderedIslandStyles = (): Plugin => ({
  name: 'co-sell-guide:server-rendered-island-styles',
  apply: 'build',
  applyToEnvironment: (environment) => environment.name === 'client',
  // Before Vite's CSS plugins read the style; the bundle hook below runs after they wrote the sheets.
  transform: {
    order: 'pre',
    handler: (_code, id) => (/\.svelte\?.*\btype=style\b/.test(id) ? { code: '', map: null } : undefined),
  },
  // The emptied chunks' sheets hold only a line break and Vite's marker comment: dropped, they are linked from
  // no page and preloaded by no dynamic import.
  generateBundle(_options, bundle) {
    const blank = Object.values(bundle).filter(
      (asset) =>
        asset.type === 'asset' &&
        asset.fileName.endsWith('.css') &&
        /^(\s|\/\*\$vite\$:\d+\*\/)*$/.test(String(asset.source)),
    );
    for (const { fileName } of blank) {
      delete bundle[fileName];
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk') chunk.viteMetadata?.importedCss.delete(fileName);
    }
  },
});

/** Each locale's strings of the on-demand module (see on-demand-text.ts). */
export const onDemandStrings = () =>
  Object.fromEntries(
    locales.map((locale) => {
      const t = useTranslations(locale);
      return [locale, Object.fromEntries(onDemandKeys.map((key) => [key, t(key)]))];
    }),
  );

/**
 * Injects the bootstrap into every page's <head> (Astro hashes head-inline scripts into the CSP). After the build
 * it moves the island scripts into files (island-scripts.ts) and appends the pages' CSP to dist/_headers, so static
 * hosts send it as a header too, with frame-ancestors, which a meta element cannot carry.
 */
export function frame(): AstroIntegration {
  let base = '/';
  return {
    name: 'co-sell-guide:frame',
    hooks: {
      'astro:config:setup': ({ injectScript, updateConfig }) => {
        injectScript('head-inline', bootstrapScript());
        updateConfig({
          vite: {
            plugins: [serverRenderedIslandStyles()],
            define: {
              __FRAME_TEXT__: JSON.stringify(onDemandStrings()),
              __NOT_FOUND_ORDER__: JSON.stringify(notFoundOrderScript()),
            },
          },
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        const distDir = fileURLToPath(dir);
        externalizeIslandScripts(distDir, base);
        const policy = prunePolicies(distDir);
        appendFileSync(join(distDir, '_headers'), `  Content-Security-Policy: ${policy} frame-ancestors 'none';\n`);
      },
    },
  };
}

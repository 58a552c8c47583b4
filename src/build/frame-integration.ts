import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { minifySync, type Plugin } from 'vite';

/** The inline bootstrap, minified (it ships in every page, within the HTML budget). */
export function bootstrapScript(): string {
  const source = readFileSync(fileURLToPath(new URL('../components/frame/bootstrap.js', import.meta.url)), 'utf8');
  return minifySync('bootstrap.js', source, { compress: true, mangle: true }).code.trim();
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

const cspMeta = /<meta http-equiv="content-security-policy" content="([^"]+)"/;

/** The Content-Security-Policy every built page carries; fails the build when pages disagree. */
export function builtPolicy(distDir: string): string {
  const policies = new Map<string, string>();
  for (const file of htmlFiles(distDir)) {
    const policy = cspMeta.exec(readFileSync(file, 'utf8'))?.[1];
    if (!policy) throw new Error(`${file}: no Content-Security-Policy meta element`);
    policies.set(policy, file);
  }
  if (policies.size !== 1)
    throw new Error(`pages carry ${policies.size} different CSPs: ${[...policies.values()].join(', ')}`);
  return [...policies.keys()][0]!;
}

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Keeps in every page's CSP only the hashes of inline scripts and styles some built page carries. Astro lists
 * every client directive and its dev-mode island script whether used or not; each unused hash is ~50
 * incompressible bytes in every page. The union over the site keeps one policy for all pages (and _headers).
 */
export function pruneUnusedHashes(distDir: string): void {
  const files = htmlFiles(distDir).map((file) => ({ file, html: readFileSync(file, 'utf8') }));
  const used = new Set<string>();
  for (const { html } of files) {
    for (const m of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
      if (!/\bsrc=|application\/(ld\+)?json/.test(m[2]!)) used.add(hashOf(m[3]!));
    }
  }
  for (const { file, html } of files) {
    const pruned = html.replace(cspMeta, (meta, policy: string) =>
      meta.replace(
        policy,
        policy.replace(/ 'sha256-[^']+'/g, (hash) => (used.has(hash.trim()) ? hash : '')),
      ),
    );
    if (pruned !== html) writeFileSync(file, pruned);
  }
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

/**
 * Injects the bootstrap into every page's <head> (Astro hashes head-inline scripts into the CSP), and after the
 * build appends the pages' CSP to dist/_headers so static hosts send it as a header too, with frame-ancestors,
 * which a meta element cannot carry.
 */
export function frame(): AstroIntegration {
  return {
    name: 'co-sell-guide:frame',
    hooks: {
      'astro:config:setup': ({ injectScript, updateConfig }) => {
        injectScript('head-inline', bootstrapScript());
        updateConfig({ vite: { plugins: [serverRenderedIslandStyles()] } });
      },
      'astro:build:done': ({ dir }) => {
        const distDir = fileURLToPath(dir);
        pruneUnusedHashes(distDir);
        const policy = builtPolicy(distDir);
        appendFileSync(join(distDir, '_headers'), `  Content-Security-Policy: ${policy} frame-ancestors 'none';\n`);
      },
    },
  };
}

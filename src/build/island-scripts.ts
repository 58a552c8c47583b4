import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from './html-files.ts';

/** Astro's inline island scripts: the <astro-island> element's definition and each client directive's. */
const islandScript =
  /<script>((?:(?!<\/script>)[\s\S])*?(?:self\.Astro\|\|\(self\.Astro=\{\}\)|"astro-island")[\s\S]*?)<\/script>\s*/g;

/**
 * Build: moves the scripts Astro inlines into every page with an island (1.8 KB gz: the element, the directives it
 * uses) into one file per set of them, which a reader's browser then keeps from page to page. Deferred, they run
 * once the page is parsed: every island waits to be in sight (client:visible, client:apart) before it loads.
 * `base` is the path the site is published under ('/', '/guide/').
 */
export function externalizeIslandScripts(distDir: string, base: string): void {
  const written = new Set<string>();
  for (const file of htmlFiles(distDir)) {
    const html = readFileSync(file, 'utf8');
    const scripts = [...html.matchAll(islandScript)].map((m) => m[1]!);
    if (!scripts.length) continue;
    const code = scripts.join('\n');
    const name = `_astro/islands-runtime.${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;
    if (!written.has(name)) writeFileSync(join(distDir, name), code);
    written.add(name);
    let first = true;
    const moved = html.replace(islandScript, () => {
      const tag = first ? `<script defer src="${base.replace(/\/?$/, '/')}${name}"></script>` : '';
      first = false;
      return tag;
    });
    writeFileSync(file, moved);
  }
}

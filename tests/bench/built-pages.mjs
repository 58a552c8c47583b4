import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML file of a built site, as URL paths (/ja/, /en/overview/, /404.html …), skipping assets. */
export function builtHtmlOf(distDir) {
  const pages = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = relative(distDir, full).split(sep).join('/');
        pages.push(name === 'index.html' ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(distDir);
  return pages.sort();
}

/** Every page of a built site, as URL paths (/, /ja/, /en/overview/ …). */
export const builtPagesOf = (distDir) => builtHtmlOf(distDir).filter((p) => p.endsWith('/'));

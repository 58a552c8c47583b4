import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every page of a built site, as URL paths (/, /ja/, /en/overview/ …). */
export function builtPagesOf(distDir) {
  const pages = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(full);
      } else if (name === 'index.html') {
        const rel = relative(distDir, dir).split(sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(distDir);
  return pages.sort();
}

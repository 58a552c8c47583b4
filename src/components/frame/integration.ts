import { appendFileSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The inline bootstrap, with comments and indentation removed (it ships in every page). */
export function bootstrapScript(): string {
  const source = readFileSync(fileURLToPath(new URL('./bootstrap.js', import.meta.url)), 'utf8');
  return source
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\n\s*/g, '')
    .trim();
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
  if (policies.size !== 1) throw new Error(`pages carry ${policies.size} different CSPs: ${[...policies.values()].join(', ')}`);
  return [...policies.keys()][0]!;
}

/**
 * Injects the bootstrap into every page's <head> (Astro hashes head-inline scripts into the CSP), and after the
 * build appends the pages' CSP to dist/_headers so static hosts send it as a header too, with frame-ancestors,
 * which a meta element cannot carry.
 */
export function frame(): AstroIntegration {
  return {
    name: 'co-sell-guide:frame',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('head-inline', bootstrapScript());
      },
      'astro:build:done': ({ dir }) => {
        const distDir = fileURLToPath(dir);
        const policy = builtPolicy(distDir);
        appendFileSync(join(distDir, '_headers'), `  Content-Security-Policy: ${policy} frame-ancestors 'none';\n`);
      },
    },
  };
}

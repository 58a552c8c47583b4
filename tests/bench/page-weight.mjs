// What a built page costs a browser: gzipped bytes of its HTML, the CSS it links and the
// JavaScript it loads (module scripts, island components and renderers, and their static imports).
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (text) => gzipSync(text, { level: 9 }).length;

function attrValues(html, pattern) {
  return [...html.matchAll(pattern)].map((m) => m[1]);
}

/** Static imports of a built module, resolved against its own URL. */
function staticImports(code, url) {
  const specs = [...code.matchAll(/(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.m?js)["']/g)].map((m) => m[1]);
  return specs.map((s) => (s.startsWith('.') ? posix.join(posix.dirname(url), s) : s));
}

/**
 * @param {string} distDir built site folder
 * @param {string} pagePath URL path ending in '/'
 */
export function pageWeight(distDir, pagePath) {
  const html = readFileSync(join(distDir, pagePath, 'index.html'), 'utf8');
  const read = (url) => readFileSync(join(distDir, url), 'utf8');

  const inlineCss = attrValues(html, /<style[^>]*>([\s\S]*?)<\/style>/g).join('');
  const cssFiles = attrValues(html, /<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g);
  const css = gz(inlineCss + cssFiles.map(read).join(''));

  const entry = [
    ...attrValues(html, /<script[^>]+type="module"[^>]*src="([^"]+)"/g),
    ...attrValues(html, /component-url="([^"]+)"/g),
    ...attrValues(html, /renderer-url="([^"]+)"/g),
  ];
  const seen = new Set();
  const queue = [...entry];
  let jsText = attrValues(html, /<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)
    .filter((s) => s.trim() && !s.trim().startsWith('{'))
    .join('');
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    const code = read(url);
    jsText += code;
    queue.push(...staticImports(code, url));
  }
  return { html: gz(html), css, js: jsText ? gz(jsText) : 0, jsFiles: [...seen] };
}

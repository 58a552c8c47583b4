// What a built page costs a browser before anything is clicked: gzipped bytes of its HTML, the CSS it links or
// inlines and the JavaScript it runs (inline scripts, module scripts, modulepreloads, island components,
// renderers and hydration scripts, and everything those import statically). Dynamic import() is left out: it
// loads later, on demand. Each file is gzipped on its own, as a server sends it.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzBytes = (content) => gzipSync(content, { level: 9 }).length;

/** The HTML file of a page path: /ja/ → ja/index.html, /404.html → 404.html. */
export function htmlFileOf(distDir, pagePath) {
  return join(distDir, pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath);
}

export const isBuilt = (distDir, pagePath) => existsSync(htmlFileOf(distDir, pagePath));

/** Attributes of every `<tag …>` in the HTML, with the element's text for paired tags such as script and style. */
function elements(html, tag) {
  const paired = tag === 'script' || tag === 'style';
  const pattern = paired
    ? new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi')
    : new RegExp(`<${tag}\\b([^>]*)>`, 'gi');
  return [...html.matchAll(pattern)].map((m) => {
    const attrs = {};
    for (const a of m[1].matchAll(/([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    }
    return { attrs, text: m[2] ?? '' };
  });
}

/** Script types a browser executes; JSON-LD, speculation rules and templates are data. */
const isExecutable = ({ attrs }) =>
  !('type' in attrs) || /^(module|text\/javascript|application\/javascript)$/i.test(attrs.type);

/** Static imports and re-exports of a built module, resolved against its own URL. */
function staticImports(code, url) {
  const specs = [...code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g)].map(
    (m) => m[1],
  );
  return specs.map((s) => (s.startsWith('.') ? posix.join(posix.dirname(url), s) : s));
}

/**
 * @param {string} distDir built site folder
 * @param {string} pagePath URL path: '/ja/overview/' or '/404.html'
 * @returns {{ html: number, css: number, js: number, inlineJs: number, islands: number, components: string[], jsFiles: string[], cssFiles: string[] }}
 */
export function pageWeight(distDir, pagePath) {
  const html = readFileSync(htmlFileOf(distDir, pagePath), 'utf8');
  const fileBytes = (url) => {
    if (!url.startsWith('/')) throw new Error(`${pagePath}: ${url} is not a same-site absolute URL`);
    const file = join(distDir, url.split(/[?#]/)[0]);
    if (!existsSync(file)) throw new Error(`${pagePath} loads ${url}, which the build did not produce`);
    return readFileSync(file);
  };

  const cssFiles = elements(html, 'link')
    .filter(({ attrs }) => /(^|\s)stylesheet(\s|$)/i.test(attrs.rel ?? '') && attrs.href)
    .map(({ attrs }) => attrs.href);
  const inlineCss = elements(html, 'style')
    .map((s) => s.text)
    .join('');
  const css = (inlineCss ? gzBytes(inlineCss) : 0) + cssFiles.reduce((sum, url) => sum + gzBytes(fileBytes(url)), 0);

  const scripts = elements(html, 'script').filter(isExecutable);
  const inlineJsText = scripts
    .filter((s) => !s.attrs.src)
    .map((s) => s.text)
    .join('')
    .trim();
  const inlineJs = inlineJsText ? gzBytes(inlineJsText) : 0;

  const islands = elements(html, 'astro-island');
  const entries = [
    ...scripts.filter((s) => s.attrs.src).map((s) => s.attrs.src),
    ...elements(html, 'link')
      .filter(({ attrs }) => /(^|\s)modulepreload(\s|$)/i.test(attrs.rel ?? '') && attrs.href)
      .map(({ attrs }) => attrs.href),
    ...islands.flatMap(({ attrs }) => [attrs['component-url'], attrs['renderer-url'], attrs['before-hydration-url']]),
  ].filter(Boolean);

  const jsFiles = new Set();
  const queue = [...entries];
  let external = 0;
  while (queue.length) {
    const url = queue.shift();
    if (jsFiles.has(url)) continue;
    jsFiles.add(url);
    const code = fileBytes(url);
    external += gzBytes(code);
    queue.push(...staticImports(code.toString('utf8'), url));
  }

  return {
    html: gzBytes(html),
    css,
    js: inlineJs + external,
    inlineJs,
    islands: islands.length,
    /** Each island's component module, e.g. /_astro/Calculator.BfBVCA3k.js. */
    components: islands.map(({ attrs }) => attrs['component-url']),
    jsFiles: [...jsFiles],
    cssFiles,
  };
}

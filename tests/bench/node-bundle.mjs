// Source modules of the site (TypeScript, JSON imports) bundled for Node and imported, so the bench can call
// the engine exactly as the site builds it.
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Imports a bundled module's text from a temporary file. */
async function importCode(code) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-bundle-'));
  try {
    const file = join(dir, 'entry.mjs');
    writeFileSync(file, code);
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The site's own Vite plugin for the islands' `virtual:` modules, loaded once, served to esbuild as they are to Vite. */
let vitePlugin;
const pluginEntry = `export { browserEditions } from './src/build/browser-editions.ts';`;
// The plugin finds the edition files from its own address, so it keeps that address inside the bundle.
const pluginUrl = pathToFileURL(join(root, 'src/build/browser-editions.ts')).href;
const pluginBuild = {
  platform: 'node',
  define: { 'import.meta.url': JSON.stringify(pluginUrl) },
};
const virtualModules = {
  name: 'site-virtual-modules',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^virtual:/ }, ({ path }) => ({ path, namespace: 'site-virtual' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'site-virtual' }, async ({ path }) => {
      vitePlugin ??= (await importCode(await bundle(pluginEntry, pluginBuild, false))).browserEditions();
      const id = vitePlugin.resolveId(path);
      return { contents: vitePlugin.load.call({ addWatchFile() {} }, id), loader: 'js', resolveDir: root };
    });
  },
};

/**
 * Vite's `import.meta.glob('<dir>/*.<ext>', { eager: true, import: 'default' })`, which src/rules/index.ts uses to
 * find the edition files, written out as the imports Vite would make (esbuild has no such thing).
 */
const eagerGlob = {
  name: 'eager-import-meta-glob',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      if (!source.includes('import.meta.glob(')) return undefined;
      const imports = [];
      const contents = source.replace(
        /import\.meta\.glob\(\s*'([^'*]*)\*([^']*)',\s*\{\s*eager: true,\s*import: 'default'\s*\}\s*\)/g,
        (_, dir, ext) => {
          const names = readdirSync(join(dirname(path), dir)).filter((name) => name.endsWith(ext));
          const entries = names.map((name) => {
            const local = `glob${imports.length}`;
            imports.push(`import ${local} from ${JSON.stringify(dir + name)};`);
            return `${JSON.stringify(dir + name)}: ${local}`;
          });
          return `{ ${entries.join(', ')} }`;
        },
      );
      return { contents: `${imports.join('\n')}\n${contents}`, loader: 'ts' };
    });
  },
};

/** Bundles `contents` (an entry module, paths relative to the project root); resolves to the bundle's text. */
export async function bundle(contents, options, withVirtualModules = true) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
    plugins: withVirtualModules ? [virtualModules, eagerGlob] : [eagerGlob],
    ...options,
  });
  return result.outputFiles[0].text;
}

/** Bundles `contents` for Node and imports it. */
export async function importBundled(contents) {
  return importCode(await bundle(contents, { platform: 'node' }));
}

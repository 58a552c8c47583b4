// Source modules of the site (TypeScript, JSON imports) bundled for Node and imported, so the bench can call
// the engine exactly as the site builds it.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Bundles `contents` (an entry module, paths relative to the project root); resolves to the bundle's text. */
export async function bundle(contents, options) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
    ...options,
  });
  return result.outputFiles[0].text;
}

/** Bundles `contents` for Node and imports it. */
export async function importBundled(contents) {
  const code = await bundle(contents, { platform: 'node' });
  const dir = mkdtempSync(join(tmpdir(), 'bench-bundle-'));
  try {
    const file = join(dir, 'entry.mjs');
    writeFileSync(file, code);
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The floor under the island-page JS budget: the smallest island pages the stack builds (tests/bench/floor/),
// weighed like the site's pages and checked to work in Chromium, so the figure is a page that really hydrates.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageWeight } from './page-weight.mjs';
import { serveStatic } from './static-server.mjs';

// `type` changes what the island's live line says (4 items; a negative amount the engine refuses).
const pages = [
  { path: '/minimal/', label: 'minimal Svelte island (Astro loader + Svelte 5 runtime)', type: '4' },
  { path: '/engine/', label: '+ engine, zod/mini and seed edition (ja), no UI', type: '-1' },
];

/**
 * Builds the fixture, weighs each page and types into its island in Chromium.
 * @returns {Promise<{ ok: true, pages: { path: string, label: string, js: number, html: number, inlineJs: number, hydrated: boolean }[] } | { ok: false, output: string }>}
 */
export async function floorPages(browser) {
  const outDir = mkdtempSync(join(tmpdir(), 'co-sell-floor-'));
  try {
    const build = spawnSync('astro', ['build', '--root', 'tests/bench/floor', '--outDir', outDir], {
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (build.status !== 0) return { ok: false, output: `${build.stdout}\n${build.stderr}` };
    const server = await serveStatic(outDir);
    try {
      const measured = [];
      for (const { path, label, type } of pages) {
        const page = await browser.newPage();
        await page.goto(server.origin + path);
        const live = page.locator('[aria-live]');
        const before = await live.textContent();
        const hydrated = await page
          .locator('astro-island:not([ssr])')
          .waitFor({ timeout: 10_000 })
          .then(() => page.locator('input').fill(type))
          .then(() => page.waitForFunction((text) => document.querySelector('[aria-live]')?.textContent !== text, before, { timeout: 5_000 }))
          .then(() => true, () => false);
        await page.close();
        const { js, html, inlineJs } = pageWeight(outDir, path);
        measured.push({ path, label, js, html, inlineJs, hydrated });
      }
      return { ok: true, pages: measured };
    } finally {
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

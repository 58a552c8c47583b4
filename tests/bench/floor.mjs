// The floor every island budget is set over: the smallest island pages the stack builds (tests/bench/floor/),
// built in the same run as the site, weighed like its pages and checked to work in Chromium, so the figure is
// a page that really hydrates.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageWeight } from './page-weight.mjs';

/**
 * `type` changes what the island's live line says (4 items; a negative amount the engine refuses).
 * The engine page is the one budgets are set over: everything an island of ours needs but its UI.
 */
export const floorPages = {
  minimal: { path: '/minimal/', label: 'minimal Svelte island (Astro loader + Svelte 5 runtime)', type: '4' },
  engine: { path: '/engine/', label: '+ engine, answer validation and newest edition (ja), no UI', type: '-1' },
};

/**
 * Builds the floor pages into a temporary folder; `remove()` deletes it.
 * @returns {{ ok: true, outDir: string, remove: () => void } | { ok: false, output: string }}
 */
export function buildFloor() {
  const outDir = mkdtempSync(join(tmpdir(), 'co-sell-floor-'));
  const remove = () => rmSync(outDir, { recursive: true, force: true });
  const build = spawnSync('astro', ['build', '--root', 'tests/bench/floor', '--outDir', outDir], {
    encoding: 'utf8',
    // NODE_ENV as `npm run build` has it: under vitest it is 'test', which would build a larger development bundle.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  if (build.status === 0) return { ok: true, outDir, remove };
  remove();
  return { ok: false, output: `${build.stdout}\n${build.stderr}` };
}

/** The figures budgets are set over, and the Svelte-only page's beside them. @returns {import('./weight-checks.mjs').Floor} */
export const floorOf = (outDir) => ({
  engineJs: pageWeight(outDir, floorPages.engine.path).js,
  minimalJs: pageWeight(outDir, floorPages.minimal.path).js,
});

/**
 * Weighs each floor page and types into its island in Chromium (served from `origin`).
 * @returns {Promise<{ path: string, label: string, js: number, html: number, inlineJs: number, hydrated: boolean }[]>}
 */
export async function weighFloorPages(browser, outDir, origin) {
  const measured = [];
  for (const { path, label, type } of Object.values(floorPages)) {
    const page = await browser.newPage();
    await page.goto(origin + path);
    const live = page.locator('[aria-live]');
    const before = await live.textContent();
    const hydrated = await page
      .locator('astro-island:not([ssr])')
      .waitFor({ timeout: 10_000 })
      .then(() => page.locator('input').fill(type))
      .then(() =>
        page.waitForFunction((text) => document.querySelector('[aria-live]')?.textContent !== text, before, {
          timeout: 5_000,
        }),
      )
      .then(
        () => true,
        () => false,
      );
    await page.close();
    const { js, html, inlineJs } = pageWeight(outDir, path);
    measured.push({ path, label, js, html, inlineJs, hydrated });
  }
  return measured;
}

import { existsSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, guidePages } from './frame-fixtures.ts';

/** Guide pages whose built HTML embeds an island (the calculator and the checks inside guide pages). */
const islandPages = guidePages().filter((path) => {
  const file = `dist${path}index.html`;
  return existsSync(file) && readFileSync(file, 'utf8').includes('<astro-island');
});

/**
 * Lighthouse calls a page's layout "good" below 0.1. These pages measure 0, and the stricter bound also catches
 * an island result appearing without its reserved space (0.01–0.07 at these widths) or the text pushed down by
 * the table of contents (0.25–0.36).
 */
const maxShift = 0.01;

type Shift = { value: number; moved: string[] };

/** Every layout shift not caused by the reader's input, from the first paint on, with the elements that moved. */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node | null }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        const moved = entry.sources.map((s) =>
          s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node?.nodeName),
        );
        shifts.push({ value: entry.value, moved });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts so far, once the browser has painted what the page just did. */
const shiftsSoFar = (page: Page): Promise<Shift[]> =>
  page.evaluate(
    () =>
      new Promise<Shift[]>((done) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => done((window as unknown as { layoutShifts: Shift[] }).layoutShifts)),
        ),
      ),
  );

for (const path of islandPages) {
  for (const viewport of [
    { width: 320, height: 640 },
    { width: 1280, height: 800 },
  ]) {
    test(`${path} at ${viewport.width} px: nothing moves while the page loads and its islands hydrate`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await recordShifts(page);
      // A phone's slower CPU: the browser paints before it has parsed the whole page, as Lighthouse's phone does.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(path, { waitUntil: 'load' });

      // Each island hydrates when it scrolls into view; bring its end (where the result appears) into view first,
      // so anything the hydrated island adds or resizes would move what the reader is looking at.
      for (const island of await page.locator('astro-island').all()) {
        await island.evaluate((el) => el.lastElementChild!.scrollIntoView({ block: 'end' }));
        await expect(island).not.toHaveAttribute('ssr');
      }
      const shifts = await shiftsSoFar(page);
      const total = shifts.reduce((sum, s) => sum + s.value, 0);
      expect(total, `layout shift: ${JSON.stringify(shifts)}`).toBeLessThan(maxShift);
    });
  }
}

test('every page with an island is measured', () => {
  expect(islandPages).toEqual(
    expect.arrayContaining(['/ja/statuses/', '/en/statuses/', '/ja/calculator/', '/en/calculator/']),
  );
});

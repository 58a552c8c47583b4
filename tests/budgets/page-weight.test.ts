// What each page costs a phone, gzipped, against the budgets in tests/bench/budgets.mjs (the same figures
// `npm run bench` prints). Needs a built site in dist/; builds the floor pages (tests/bench/floor/) the island
// budgets are set over, so both come from the same sources and dependencies.
import { afterAll, expect, test } from 'vitest';
import { islandPageCeilings, pageCeilings, pageTypes } from '../bench/budgets.mjs';
import { buildFloor, floorOf } from '../bench/floor.mjs';
import { kb } from '../bench/table.mjs';
import {
  budgetText,
  everyPageChecks,
  pageTypeChecks,
  type ByteCheck,
  type PageChecks,
} from '../bench/weight-checks.mjs';

const dist = 'dist';
const floorBuild = buildFloor();
if (!floorBuild.ok) throw new Error(`the floor pages (tests/bench/floor/) did not build:\n${floorBuild.output}`);
const floor = floorOf(floorBuild.outDir);
afterAll(floorBuild.remove);

/** The budget, or for a page with an island the interim ceiling where one is set (see budgets.mjs). */
function limitOf(check: ByteCheck): { limit: number; what: string } {
  const budget = `budget ${budgetText(check)}`;
  if (check.measure === 'CSS' || check.measure === 'JS before search') return { limit: check.budget, what: budget };
  if (check.island === undefined) {
    const ceiling = check.measure === 'HTML' ? pageCeilings.HTML : undefined;
    if (ceiling === undefined || ceiling < check.budget) return { limit: check.budget, what: budget };
    return { limit: ceiling, what: `interim ceiling ≤ ${kb(ceiling)} (${budget})` };
  }
  if (check.measure === 'HTML')
    return { limit: islandPageCeilings.HTML, what: `interim ceiling ≤ ${kb(islandPageCeilings.HTML)} (${budget})` };
  const over = islandPageCeilings[check.island];
  return { limit: check.floor! + over, what: `interim ceiling ≤ floor ${kb(check.floor!)} + ${kb(over)} (${budget})` };
}

function expectWithinBudgets({ path, weight, checks }: PageChecks) {
  expect(weight, `${path} is not in ${dist}/`).not.toBeNull();
  for (const check of checks) {
    const loaded =
      check.measure === 'JS' ? ` (inline ${kb(weight!.inlineJs)}; files: ${weight!.jsFiles.join(', ') || 'none'})` : '';
    const { limit, what } = limitOf(check);
    expect
      .soft(check.bytes, `${path} ${check.measure} is ${kb(check.bytes)}${loaded}, over its ${what}`)
      .toBeLessThanOrEqual(limit);
  }
}

for (const page of pageTypeChecks(dist, floor)) {
  test(`${page.label} ${page.path} is built and its HTML, CSS and first-paint JS stay within budget`, () => {
    expectWithinBudgets(page);
  });
}

// Every other page gets the budgets of its kind: no JavaScript without an island, the island budget with one.
const representative = new Set(pageTypes.flatMap((t) => [...t.paths, ...(t.optionalPaths ?? [])]));
for (const page of everyPageChecks(dist, floor).filter((p) => !representative.has(p.path))) {
  test(`${page.path} stays within the byte budgets of a ${page.weight?.islands ? 'page with an island' : 'page without islands'}`, () => {
    expectWithinBudgets(page);
  });
}

test('a guide page is held to half of Starlight: first paint all in, its CSS, and the script before search', () => {
  const guide = pageTypeChecks(dist, floor).filter((p) => p.typeId === 'guide');
  expect(guide.length).toBeGreaterThan(0);
  for (const { path, checks } of guide) {
    const budgets = Object.fromEntries(checks.map((c) => [c.measure, c.budget]));
    expect(budgets, path).toMatchObject({ 'first paint': 11.3 * 1024, 'JS before search': 1.5 * 1024 });
    expect(
      checks.filter((c) => c.measure === 'CSS').map((c) => c.budget),
      path,
    ).toContain(8 * 1024);
  }
});

test('the floor page the island budgets are set over carries the engine: it weighs more than the Svelte-only floor', () => {
  // A floor that lost its engine would let every island page grow by the engine's weight unnoticed.
  expect(floor.engineJs).toBeGreaterThan(floor.minimalJs);
});

test('the calculator page is held to the calculator budget, guide pages with a check to theirs', () => {
  // The kind is read from the island modules a page loads: a renamed island must not move it under another budget.
  const islandOf = (id: string) =>
    pageTypeChecks(dist, floor)
      .filter((p) => p.typeId === id)
      .flatMap((p) => p.checks.filter((c) => c.measure === 'JS').map((c) => c.island));
  expect(islandOf('calculator')).not.toHaveLength(0);
  expect(new Set(islandOf('calculator'))).toEqual(new Set(['calculator']));
  expect(new Set(islandOf('island'))).toEqual(new Set(['guideCheck']));
});

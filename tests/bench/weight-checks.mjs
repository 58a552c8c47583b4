// Byte budgets checked against a built site: shared by `npm run bench` and the budget tests in `npm test`.
import { builtHtmlOf } from './built-pages.mjs';
import { cssBudget, htmlBudget, inlineJsBudget, islandJsBudget, noIslandJsBudget, pageTypes } from './budgets.mjs';
import { isBuilt, pageWeight } from './page-weight.mjs';
import { kb } from './table.mjs';

/**
 * @typedef {{ measure: 'HTML' | 'CSS' | 'JS' | 'inline JS' | 'JS before search' | 'first paint', bytes: number, budget: number }} ByteCheck
 * @typedef {{ typeId: string, label: string, path: string, weight: ReturnType<typeof pageWeight> | null, checks: ByteCheck[] }} PageChecks
 */

/**
 * A page type's own budgets on top of every page's (the guide page's, see guidePageBudgets).
 * @returns {ByteCheck[]}
 */
function typeChecks(weight, budgets) {
  if (!budgets) return [];
  return [
    { measure: 'CSS', bytes: weight.css, budget: budgets.CSS },
    { measure: 'JS before search', bytes: weight.js, budget: budgets.preSearchJs },
    { measure: 'first paint', bytes: weight.html + weight.css + weight.js, budget: budgets.firstPaint },
  ];
}

/** @returns {ByteCheck[]} */
function checksOf(weight, jsBudget) {
  const checks = [
    { measure: 'HTML', bytes: weight.html, budget: htmlBudget },
    { measure: 'CSS', bytes: weight.css, budget: cssBudget },
  ];
  // With an island all JS counts (Astro's hydration script is inline). Without one, the JS budget is for
  // files and the inline bootstrap has its own.
  if (jsBudget !== noIslandJsBudget) return [...checks, { measure: 'JS', bytes: weight.js, budget: jsBudget }];
  return [
    ...checks,
    { measure: 'JS', bytes: weight.js - weight.inlineJs, budget: jsBudget },
    { measure: 'inline JS', bytes: weight.inlineJs, budget: inlineJsBudget },
  ];
}

/**
 * The pages standing for each page type, in each locale; weight is null where the page is not built.
 * @returns {PageChecks[]}
 */
export function pageTypeChecks(distDir) {
  return pageTypes.flatMap((type) =>
    [...type.paths, ...(type.optionalPaths ?? []).filter((p) => isBuilt(distDir, p))].map((path) => {
      const weight = isBuilt(distDir, path) ? pageWeight(distDir, path) : null;
      const checks = weight ? [...checksOf(weight, type.jsBudget), ...typeChecks(weight, type.budgets)] : [];
      return { typeId: type.id, label: type.label, path, weight, checks };
    }),
  );
}

/**
 * Every localized page of the site, whatever its type: a page with an island gets the island JS budget,
 * any other the no-island one.
 * @returns {PageChecks[]}
 */
export function everyPageChecks(distDir) {
  return builtHtmlOf(distDir)
    .filter((path) => /^\/(ja|en)\//.test(path))
    .map((path) => {
      const weight = pageWeight(distDir, path);
      const jsBudget = weight.islands > 0 ? islandJsBudget : noIslandJsBudget;
      return { typeId: 'page', label: 'page', path, weight, checks: checksOf(weight, jsBudget) };
    });
}

/**
 * The bench's row for one page: its own HTML, CSS and JS, met when every figure is within its budget.
 * @param {PageChecks} page
 * @returns {import('./table.mjs').Row}
 */
export function pageRow({ path, weight, checks }) {
  const over = checks.filter((c) => c.bytes > c.budget);
  return {
    item: path,
    figure: `HTML ${kb(weight.html)}, CSS ${kb(weight.css)}, JS ${kb(weight.js)}`,
    budget: weight.islands > 0 ? 'with an island' : 'without islands',
    ok: over.length === 0,
    note: over.length ? over.map((c) => `${c.measure} ${kb(c.bytes)} over ${kb(c.budget)}`).join(', ') : undefined,
  };
}

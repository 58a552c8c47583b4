import type { Assessment } from '../../rules/browser.ts';

type Requirement = Assessment['requirements'][number];

/** The requirement ids that say whether a status exists at all for the offer type (rules-api's ids). */
const isOfferTypeCheck = (r: Requirement) => r.id.endsWith('.offer-type');

/** An offer type that can reach no status in this edition (an Office add-in): its offer-type check failed. */
export function reachesNoStatus(a: Assessment): boolean {
  return a.requirements.some((r) => r.id === 'csr.offer-type' && r.met === false);
}

/** What to do first: unmet items, then unanswered ones, then those already met. */
const order = (r: Requirement) => (r.met === false ? 0 : r.met === null ? 1 : 2);
export const byUrgency = (items: readonly Requirement[]): Requirement[] =>
  [...items].sort((x, y) => order(x) - order(y));

/**
 * Every requirement between the reached status and the highest one the offer type can still reach: the
 * statuses above the reached one whose offer-type check has not failed, in the edition's order.
 */
export function pathToTop(a: Assessment): { top: Assessment['nextStatus']; items: Requirement[] } {
  if (reachesNoStatus(a) || a.nextStatus === null) return { top: null, items: [] };
  const statuses: string[] = [...new Set(a.requirements.map((r) => r.status))];
  const above = statuses.slice(statuses.indexOf(a.nextStatus));
  const open = above.filter(
    (s) => !a.requirements.some((r) => r.status === s && isOfferTypeCheck(r) && r.met === false),
  );
  // Parallel top statuses (Azure IP, Business Applications) stay open while the offer type is unanswered: the
  // path names the next one only, whose requirements are the ones everybody needs.
  const top = open.length > 2 ? a.nextStatus : ((open.at(-1) as Assessment['nextStatus']) ?? a.nextStatus);
  const reach = new Set(open.slice(0, open.indexOf(top) + 1));
  return { top, items: a.requirements.filter((r) => reach.has(r.status)) };
}

import type { Assessment } from '../../rules/browser.ts';

type Requirement = Assessment['requirements'][number];

/**
 * The offer-type check that stops an offer type from reaching any status in this edition (an Office add-in's):
 * failed, and still what the next status up is missing (a higher status's failed check only narrows the path).
 */
export const noStatusCheck = (a: Assessment): Requirement | undefined =>
  a.requirements.find((r) => r.offerTypeCheck && r.met === false && a.missing.includes(r.id));

export const reachesNoStatus = (a: Assessment): boolean => noStatusCheck(a) !== undefined;

/** The offer type is not answered yet: every requirement is still open. */
export const offerTypeOpen = (a: Assessment): boolean => a.requirements.some((r) => r.offerTypeCheck && r.met === null);

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
  const open = above.filter((s) => !a.requirements.some((r) => r.status === s && r.offerTypeCheck && r.met === false));
  // Parallel top statuses (Azure IP, Business Applications) stay open while the offer type is unanswered: the
  // path names the next one only, whose requirements are the ones everybody needs.
  const top = open.length > 2 ? a.nextStatus : ((open.at(-1) as Assessment['nextStatus']) ?? a.nextStatus);
  const reach = new Set(open.slice(0, open.indexOf(top) + 1));
  return { top, items: a.requirements.filter((r) => reach.has(r.status)) };
}

/**
 * TEMPORARY until the engine branch lands: the agreed surface (BRIEF, rules-api "Editions in time") that
 * browser.ts will export. Replaced by a re-export on merge.
 */
import { editionIds, type Assessment, type Localized } from '../../rules/browser.ts';

export const seedEditionId = '2021-03';
export const newestEditionId = editionIds[editionIds.length - 1]!;

export function editionFor(isoDate: string): string {
  return [...editionIds].reverse().find((id) => `${id}-01` <= isoDate) ?? editionIds[0]!;
}

export type InTime = {
  period?: { from: string; until: string | null };
  superseded?: null | { on: string; editionInForce: string; reason: Localized };
};
export const inTime = (a: Assessment): InTime => a as Assessment & InTime;

/** Today in the reader's time zone, as YYYY-MM-DD. */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

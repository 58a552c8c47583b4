import type { AnswerField } from '../../rules/browser.ts';
import { fill, type CalcText } from './text.ts';

/** A benefit's verdict as the engine gives it: `null` is "not decided yet", never "not eligible". */
export type Decided = { eligible: boolean | null; decidedBy?: readonly AnswerField[] };

export type VerdictKind = 'yes' | 'no' | 'open';
export const verdictKind = (eligible: boolean | null): VerdictKind =>
  eligible === null ? 'open' : eligible ? 'yes' : 'no';

const marks = { yes: '✓', no: '✗', open: '?' } as const;
const words = { yes: 'calc.verdict.eligible', no: 'calc.verdict.notEligible', open: 'calc.verdict.open' } as const;

/** ✓, ✗ or ?: beside the engine's reason, which says the verdict in words. */
export const verdictMark = (eligible: boolean | null): string => marks[verdictKind(eligible)];

/** "✓ Eligible", "✗ Not eligible", "? Not decided yet". */
export const verdictWord = (eligible: boolean | null, t: CalcText): string => {
  const kind = verdictKind(eligible);
  return `${marks[kind]} ${t[words[kind]]}`;
};

/** Questions named in a sentence at most; the rest are counted (the form asks them all). */
const named = 3;

/** The questions that still decide a verdict, by their labels, as one phrase. */
export function questionList(fields: readonly AnswerField[], t: CalcText): string {
  // A check on a guide page carries the labels of its own questions only; the others are counted.
  const labelled = fields.filter((f) => `calc.field.${f}` in t).slice(0, named);
  const list = labelled
    .map((f) => fill(t['calc.list.item'], { name: t[`calc.field.${f}`] }))
    .join(t['calc.list.separator']);
  const more = fields.length - labelled.length;
  return more ? fill(t['calc.list.more'], { list, count: more }) : list;
}

/** Each benefit's heading key (the CSP incentive's is short). */
export const benefitKeys = {
  badge: 'calc.verdict.badge',
  macc: 'calc.verdict.macc',
  cspIncentive: 'calc.verdict.csp',
} as const;

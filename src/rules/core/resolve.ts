/**
 * Builds the merged edition the guide and the explanations read: each rule with its wording, where an
 * edition's own wording wins over the shared catalogue. edition-check.ts checks that every requirement
 * ends up with a label and a condition.
 */
import type { Catalogue, Edition, EditionFile, EditionName, Localized } from '../../build/edition-schema.ts';
import { fillLocalized } from './templates.ts';
import { money } from '../../lib/format.ts';

/**
 * One edition as the engine holds it: its rules with their wording, without the docs-only prose (the browser
 * never loads that). It carries every rule field, so it serves the engine as the rules too.
 */
export type WordedEdition = Omit<Edition, keyof EditionFile['docs']>;

/** An edition's name as the engine's sentences use it (title) and as lists show it (period label). */
export function editionName(file: Pick<EditionFile, 'docs'>): EditionName {
  return { title: file.docs.title, label: file.docs.periodText.label };
}

export function resolveEdition(file: EditionFile, catalogue: Catalogue): Edition {
  const { id, ...worded } = resolveWording(file, catalogue);
  return { id, ...file.docs, ...worded };
}

export function resolveWording(
  { rules, wording }: Pick<EditionFile, 'rules' | 'wording'>,
  catalogue: Catalogue,
): WordedEdition {
  return {
    id: rules.id,
    period: rules.period,
    statuses: rules.statuses.map((s) => ({
      ...s,
      ...wording.statuses[s.id],
      caveats: wording.statuses[s.id].caveats ?? [],
    })),
    requirements: rules.requirements.map((req) => {
      const shared = catalogue[req.id];
      return {
        ...req,
        label: req.label ?? shared.label,
        condition: withThreshold(req.condition ?? shared.condition, req.rule),
        caveats: req.caveats ?? [],
      };
    }),
    offerTypeNames: wording.offerTypes ?? {},
    fee: { ...rules.fee, ...wording.fee },
    benefits: {
      badge: { ...rules.benefits.badge, ...wording.benefits.badge },
      macc: { ...rules.benefits.macc, ...wording.benefits.macc },
      cspIncentive: { ...rules.benefits.cspIncentive, ...wording.benefits.cspIncentive },
    },
  };
}

/** A condition names its threshold as `{threshold}`, filled from the rule, so the figure is written once. */
function withThreshold(condition: Localized, rule: object): Localized {
  return 'thresholdUsd' in rule && typeof rule.thresholdUsd === 'number'
    ? fillLocalized(condition, { threshold: money(rule.thresholdUsd) })
    : condition;
}

/**
 * Builds the merged edition the guide and the explanations read: each rule with its wording, where an
 * edition's own wording wins over the shared catalogue. edition-check.ts checks that every requirement
 * ends up with a label and a condition.
 */
import type { Catalogue, Edition, EditionFile, EditionName, Localized } from '../../build/edition-schema.ts';
import { fill } from './templates.ts';
import { money } from '../../lib/format.ts';

/** What the engine explains with: an edition without its docs-only prose (the browser never loads that). */
export type WordedRules = Omit<Edition, 'id' | keyof EditionFile['docs']>;

/** An edition's name as the engine's sentences use it (title) and as lists show it (period label). */
export function editionName(file: Pick<EditionFile, 'docs'>): EditionName {
  return { title: file.docs.title, label: file.docs.periodText.label };
}

export function resolveEdition(file: EditionFile, catalogue: Catalogue): Edition {
  return { id: file.rules.id, ...file.docs, ...resolveWording(file, catalogue) };
}

export function resolveWording(
  { rules, wording }: Pick<EditionFile, 'rules' | 'wording'>,
  catalogue: Catalogue,
): WordedRules {
  return {
    period: rules.period,
    statuses: rules.statuses.map((s) => ({
      ...s,
      ...wording.statuses[s.id],
      caveats: wording.statuses[s.id].caveats ?? [],
    })),
    requirements: rules.requirements.map((req) => {
      const own = wording.requirements[req.id];
      const shared = catalogue[req.id];
      return {
        ...req,
        label: own?.label ?? shared.label,
        condition: withThreshold(own?.condition ?? shared.condition, req.rule),
        caveats: own?.caveats ?? [],
      };
    }),
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
    ? fill(condition, { threshold: money(rule.thresholdUsd) })
    : condition;
}

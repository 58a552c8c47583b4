/**
 * Turns the core's decisions into what a reader sees: names, labels and ja/en reasons with the figures,
 * caveats and sources. Pure; works on one resolved edition (rules + wording) and the shared texts.
 */
import type { EvaluatedFee, EvaluatedRequirement, Evaluation, Why } from './engine.ts';
import type { Caveat, Edition, Localized, PhraseKey, Requirement, Texts } from './edition-schema.ts';
import type { Issue } from './answers.ts';
import type { StatusId } from './ids.ts';
import { fill, joinLocalized, money, percent, sentenceBreak, type Vars } from './wording.ts';

export type RequirementResult = Omit<EvaluatedRequirement, 'why'> & {
  label: Localized;
  /** Why it is met, unmet or unanswered, with the figures. */
  reason: Localized;
};

type Explained = { reason: Localized; sources: string[]; caveats: Localized[] };

export type FeeResult = Omit<EvaluatedFee, 'why'> & Explained;

export type Assessment = Omit<Evaluation, 'requirements' | 'fee' | 'badge' | 'macc' | 'cspIncentive'> & {
  statusName: Localized;
  nextStatusName: Localized | null;
  requirements: RequirementResult[];
  fee: FeeResult;
  badge: Explained & { eligible: boolean };
  macc: Explained & { eligible: boolean };
  cspIncentive: Explained & { eligible: boolean; rate: number | null };
  /** Readings and gaps in the sources that this result depends on. */
  caveats: Caveat[];
};

export type AssessResult = { ok: true; assessment: Assessment } | { ok: false; errors: Issue[] };

type Lookup = { requirements: Map<string, Requirement>; statuses: Map<StatusId, Edition['statuses'][number]> };
const lookups = new WeakMap<Edition, Lookup>();

function lookupOf(edition: Edition): Lookup {
  let lookup = lookups.get(edition);
  if (!lookup) {
    lookup = {
      requirements: new Map(edition.requirements.map((r) => [r.id, r])),
      statuses: new Map(edition.statuses.map((s) => [s.id, s])),
    };
    lookups.set(edition, lookup);
  }
  return lookup;
}

function listOf<K extends string>(keys: readonly K[], names: Record<K, Localized>, texts: Texts): Localized {
  return joinLocalized(
    keys.map((k) => names[k]),
    texts.phrases.listSeparator,
  );
}

/** The values a reason mentions, in words. */
function varsOf(why: Why, texts: Texts, base: Vars): Vars {
  const vars: Vars = { ...base };
  const amount = (usd: number | undefined) => (usd === undefined ? texts.phrases.notGiven : money(usd));
  if (why.offerType) vars.offerType = texts.offerTypes[why.offerType];
  if (why.offerTypes) vars.list = listOf(why.offerTypes, texts.offerTypes, texts);
  if (why.solutionType) vars.solutionType = texts.solutionTypes[why.solutionType];
  if (why.solutionTypes) vars.list = listOf(why.solutionTypes, texts.solutionTypes, texts);
  if (why.stores) vars.stores = listOf(why.stores, texts.stores, texts);
  if (why.thresholdUsd !== undefined) {
    vars.threshold = money(why.thresholdUsd);
    vars.acr = amount(why.acrUsd);
    vars.billed = amount(why.billedUsd);
  }
  if (why.salesUsd !== undefined) vars.sales = money(why.salesUsd);
  if (why.reducedFrom !== undefined) {
    vars.qualifiesOn = why.qualifiesOn ?? '';
    vars.days = String(why.businessDays);
    vars.required = String(why.businessDaysNeeded);
    vars.date = why.reducedFrom;
  }
  return vars;
}

function sentences(whys: Why[], texts: Texts, base: Vars): Localized {
  return joinLocalized(
    whys.map((why) => fill(texts.phrases[why.phrase], varsOf(why, texts, base))),
    sentenceBreak,
  );
}

/** Reasons that depend only on the requirement ("you answered yes" + its condition), built once. */
const fixedReasons = new WeakMap<Requirement, Map<PhraseKey, Localized>>();

function reasonFor(req: Requirement, whys: Why[], texts: Texts): Localized {
  const base = { condition: req.condition };
  const only = whys.length === 1 && Object.keys(whys[0]).length === 1 ? whys[0].phrase : null;
  if (only === null) return sentences(whys, texts, base);
  let cache = fixedReasons.get(req);
  if (!cache) fixedReasons.set(req, (cache = new Map()));
  let reason = cache.get(only);
  if (!reason) cache.set(only, (reason = sentences(whys, texts, base)));
  return reason;
}

function explainFee(fee: EvaluatedFee, edition: Edition, texts: Texts): FeeResult {
  const { why, ...numbers } = fee;
  const base = {
    standard: percent(fee.standardRate),
    rate: percent(fee.rate),
    monthly: money(fee.monthlySavingsUsd),
    annual: money(fee.annualSavingsUsd),
  };
  return { ...numbers, reason: sentences(why, texts, base), sources: edition.fee.sources, caveats: edition.fee.caveats };
}

type BenefitKey = keyof Edition['benefits'];

function explainBenefit(key: BenefitKey, eligible: boolean, edition: Edition, texts: Texts): Explained & { eligible: boolean } {
  const benefit = edition.benefits[key];
  const phrase = eligible ? texts.phrases.eligible : texts.phrases.notEligible;
  return { eligible, reason: fill(phrase, { condition: benefit.condition }), sources: benefit.sources, caveats: benefit.caveats };
}

export function explain(ev: Evaluation, edition: Edition, texts: Texts): Assessment {
  const lookup = lookupOf(edition);
  const caveats: Caveat[] = [];
  const requirements = ev.requirements.map(({ why, ...decided }) => {
    const req = lookup.requirements.get(decided.id) as Requirement;
    caveats.push(...req.caveats);
    return { ...decided, label: req.label, reason: reasonFor(req, why, texts) };
  });
  const reached = lookup.statuses.get(ev.status) as Edition['statuses'][number];
  const next = ev.nextStatus === null ? null : (lookup.statuses.get(ev.nextStatus) as Edition['statuses'][number]);
  caveats.push(...reached.caveats, ...(next?.caveats ?? []));
  return {
    edition: ev.edition,
    status: ev.status,
    statusName: reached.name,
    nextStatus: ev.nextStatus,
    nextStatusName: next?.name ?? null,
    requirements,
    missing: ev.missing,
    fee: explainFee(ev.fee, edition, texts),
    badge: explainBenefit('badge', ev.badge.eligible, edition, texts),
    macc: explainBenefit('macc', ev.macc.eligible, edition, texts),
    cspIncentive: { ...explainBenefit('cspIncentive', ev.cspIncentive.eligible, edition, texts), rate: ev.cspIncentive.rate },
    caveats,
  };
}

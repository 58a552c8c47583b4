/**
 * Turns the core's decisions into what a reader sees: names, labels and ja/en reasons with the figures,
 * caveats and sources. Pure; works on one resolved edition (rules + wording) and the shared texts.
 */
import type { EvaluatedFee, EvaluatedRequirement, Evaluation, Why } from './engine.ts';
import type { Caveat, Edition, Localized, PhraseKey, Requirement, Texts } from './edition-schema.ts';
import type { Issue } from './answers.ts';
import type { StatusId } from './ids.ts';
import type { WordedRules } from './resolve.ts';
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

/** A requirement with the reasons already built for it (see reasonFor). */
type Entry = { req: Requirement; reasons: Map<PhraseKey, Map<string, Localized>> };
type Lookup = { requirements: Map<string, Entry>; statuses: Map<StatusId, Edition['statuses'][number]> };
const lookups = new WeakMap<WordedRules, Lookup>();

function lookupOf(edition: WordedRules): Lookup {
  let lookup = lookups.get(edition);
  if (!lookup) {
    lookup = {
      requirements: new Map(edition.requirements.map((req) => [req.id, { req, reasons: new Map() }])),
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

function amount(usd: number | undefined, texts: Texts): Localized {
  return usd === undefined ? texts.phrases.notGiven : money(usd);
}

/** The values a reason mentions, in words. */
function varsOf(why: Why, texts: Texts, base: Vars): Vars {
  const vars: Vars = { ...base };
  if (why.offerType) vars.offerType = texts.offerTypes[why.offerType];
  if (why.offerTypes) vars.list = listOf(why.offerTypes, texts.offerTypes, texts);
  if (why.solutionType) vars.solutionType = texts.solutionTypes[why.solutionType];
  if (why.solutionTypes) vars.list = listOf(why.solutionTypes, texts.solutionTypes, texts);
  if (why.stores) vars.stores = listOf(why.stores, texts.stores, texts);
  if (why.thresholdUsd !== undefined) {
    vars.threshold = money(why.thresholdUsd);
    vars.acr = amount(why.acrUsd, texts);
    vars.billed = amount(why.billedUsd, texts);
  }
  if (why.salesUsd !== undefined && why.savingsUsd !== undefined) {
    vars.sales = money(why.salesUsd);
    vars.monthly = money(why.savingsUsd);
    vars.annual = money(why.savingsUsd * 12);
  }
  if (why.reducedFrom !== undefined) {
    vars.qualifiesOn = why.qualifiesOn ?? '';
    vars.days = String(why.businessDays);
    vars.required = String(why.businessDaysNeeded);
    vars.date = why.reducedFrom;
  }
  return vars;
}

function sentences(whys: Why[], texts: Texts, base: Vars): Localized {
  if (whys.length === 1) return fill(texts.phrases[whys[0].phrase], varsOf(whys[0], texts, base));
  return joinLocalized(
    whys.map((why) => fill(texts.phrases[why.phrase], varsOf(why, texts, base))),
    sentenceBreak,
  );
}

/**
 * A reason that mentions no figure depends only on the requirement, its phrase and at most one answer value
 * from a short list (offer type, solution type, stores), so each is built once and kept in the entry.
 */
function reasonFor({ req, reasons }: Entry, whys: Why[], texts: Texts): Localized {
  const why = whys[0];
  if (whys.length > 1 || why.thresholdUsd !== undefined) return sentences(whys, texts, { condition: req.condition });
  const stores = why.stores;
  const value = why.offerType ?? why.solutionType ?? (stores ? stores.join() : '');
  let byValue = reasons.get(why.phrase);
  if (!byValue) reasons.set(why.phrase, (byValue = new Map()));
  let reason = byValue.get(value);
  if (!reason) byValue.set(value, (reason = sentences(whys, texts, { condition: req.condition })));
  return reason;
}

function explainFee(fee: EvaluatedFee, edition: WordedRules, texts: Texts): FeeResult {
  const base = { standard: percent(fee.standardRate), rate: percent(fee.rate) };
  return {
    applies: fee.applies,
    standardRate: fee.standardRate,
    rate: fee.rate,
    monthlySavingsUsd: fee.monthlySavingsUsd,
    annualSavingsUsd: fee.annualSavingsUsd,
    reducedBecause: fee.reducedBecause,
    reducedFrom: fee.reducedFrom,
    reason: sentences(fee.why, texts, base),
    sources: edition.fee.sources,
    caveats: edition.fee.caveats,
  };
}

type BenefitKey = keyof Edition['benefits'];

/** "Eligible / not eligible" with the benefit's condition, built once per benefit. */
const benefitReasons = new WeakMap<object, [Localized, Localized]>();

function explainBenefit(key: BenefitKey, eligible: boolean, edition: WordedRules, texts: Texts): Explained & { eligible: boolean } {
  const benefit = edition.benefits[key];
  let reasons = benefitReasons.get(benefit);
  if (!reasons) {
    const vars = { condition: benefit.condition };
    reasons = [fill(texts.phrases.notEligible, vars), fill(texts.phrases.eligible, vars)];
    benefitReasons.set(benefit, reasons);
  }
  return { eligible, reason: reasons[eligible ? 1 : 0], sources: benefit.sources, caveats: benefit.caveats };
}

export function explain(ev: Evaluation, edition: WordedRules, texts: Texts): Assessment {
  const lookup = lookupOf(edition);
  const caveats: Caveat[] = [];
  const requirements = ev.requirements.map((decided): RequirementResult => {
    const entry = lookup.requirements.get(decided.id) as Entry;
    const req = entry.req;
    for (const c of req.caveats) caveats.push(c);
    return {
      id: decided.id,
      status: decided.status,
      met: decided.met,
      sources: decided.sources,
      ambiguities: decided.ambiguities,
      label: req.label,
      reason: reasonFor(entry, decided.why, texts),
    };
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

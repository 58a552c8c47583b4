/**
 * The rules engine's pure core: one edition's data in, an explained assessment out.
 * No DOM, no Astro, no classic zod; it never throws (bad input becomes `{ ok: false, errors }`).
 */
import { validateAnswers, type AnswerField, type Answers, type Issue, type OfferType } from './answers.ts';
import type { Caveat, Edition, Localized, Requirement, Texts } from './edition-schema.ts';
import type { StatusId } from './ids.ts';
import { businessDaysToMonthEnd, firstOfMonthAfter } from './calendar.ts';
import { fill, money, percent, joinLocalized } from './wording.ts';

export type RequirementResult = {
  id: string;
  status: StatusId;
  /** null = unanswered; never assumed met. */
  met: boolean | null;
  sources: string[];
  label: Localized;
  /** Why it is met, unmet or unanswered, with the figures. */
  reason: Localized;
  ambiguities: string[];
};

type Explained = { reason: Localized; sources: string[]; caveats: Localized[] };

export type FeeResult = Explained & {
  applies: boolean;
  standardRate: number;
  rate: number;
  monthlySavingsUsd: number;
  annualSavingsUsd: number;
  reducedBecause: null | 'azure-ip-cosell' | 'teams-m365-saas';
  /** First day of the reduced rate (YYYY-MM-DD). */
  reducedFrom: string | null;
};

export type Assessment = {
  edition: string;
  status: StatusId;
  statusName: Localized;
  nextStatus: StatusId | null;
  nextStatusName: Localized | null;
  requirements: RequirementResult[];
  missing: string[];
  fee: FeeResult;
  badge: Explained & { eligible: boolean };
  macc: Explained & { eligible: boolean };
  cspIncentive: Explained & { eligible: boolean; rate: number | null };
  caveats: Caveat[];
};

export type AssessResult = { ok: true; assessment: Assessment } | { ok: false; errors: Issue[] };

type Decision = { met: boolean | null; reason: Localized };

/** Sentences that depend only on the data, built once per requirement. */
const fixedReasons = new WeakMap<Requirement, { yes: Decision; no: Decision; unanswered: Decision }>();

function yesNoReasons(req: Requirement, texts: Texts) {
  let fixed = fixedReasons.get(req);
  if (!fixed) {
    const p = texts.phrases;
    const vars = { condition: req.condition };
    fixed = {
      yes: { met: true, reason: fill(p.answeredYes, vars) },
      no: { met: false, reason: fill(p.answeredNo, vars) },
      unanswered: { met: null, reason: fill(p.notAnswered, vars) },
    };
    fixedReasons.set(req, fixed);
  }
  return fixed;
}

function listOf<K extends string>(keys: readonly K[], names: Record<K, Localized>, texts: Texts): Localized {
  return joinLocalized(
    keys.map((k) => names[k]),
    texts.phrases.listSeparator,
  );
}

/** Kleene "or": true if either is true, false only if both are false. */
function or(a: boolean | null, b: boolean | null): boolean | null {
  if (a === true || b === true) return true;
  return a === false && b === false ? false : null;
}

function decide(req: Requirement, a: Answers, texts: Texts): Decision {
  const rule = req.rule;
  const p = texts.phrases;
  switch (rule.kind) {
    case 'offer-type': {
      if (a.offerType === undefined) return { met: null, reason: p.offerTypeMissing };
      const offerType = texts.offerTypes[a.offerType];
      return rule.offerTypes.includes(a.offerType)
        ? { met: true, reason: fill(p.offerTypeIn, { offerType }) }
        : { met: false, reason: fill(p.offerTypeOut, { offerType, list: listOf(rule.offerTypes, texts.offerTypes, texts) }) };
    }
    case 'yes': {
      if (a.transactable === true && a.offerType !== undefined && rule.passWhenTransactable?.includes(a.offerType)) {
        return { met: true, reason: fill(p.passByDefault, { offerType: texts.offerTypes[a.offerType] }) };
      }
      const fixed = yesNoReasons(req, texts);
      const value = a[rule.field];
      return value === undefined ? fixed.unanswered : value ? fixed.yes : fixed.no;
    }
    case 'listed': {
      if (a.listedIn === undefined) return { met: null, reason: p.listedMissing };
      if (a.listedIn.length === 0) return { met: false, reason: p.listedNo };
      return { met: true, reason: fill(p.listedYes, { stores: listOf(a.listedIn, texts.stores, texts) }) };
    }
    case 'revenue': {
      const t = rule.thresholdUsd;
      const acr = a.azureConsumedRevenueUsd;
      const billed = a.billedRevenueUsd;
      const acrMet = acr === undefined ? null : acr >= t;
      // Billed revenue counts only for a transactable offer.
      const billedMet =
        a.transactable === false || (billed !== undefined && billed < t) ? false : billed === undefined ? null : a.transactable ?? null;
      const met = or(acrMet, billedMet);
      const vars = {
        threshold: money(t),
        acr: acr === undefined ? p.notGiven : money(acr),
        billed: billed === undefined ? p.notGiven : money(billed),
      };
      if (met) return { met, reason: fill(acrMet ? p.revenueAcr : p.revenueBilled, vars) };
      const reason = fill(met === false ? p.revenueShort : p.revenueMissing, vars);
      const billedWithoutTransact = billed !== undefined && billed >= t && a.transactable !== true;
      return { met, reason: billedWithoutTransact ? joinLocalized([reason, p.billedNeedsTransact], { ja: '', en: ' ' }) : reason };
    }
    case 'solution-type': {
      const list = listOf(rule.solutionTypes, texts.solutionTypes, texts);
      if (a.solutionType === undefined) return { met: null, reason: fill(p.solutionTypeMissing, { list }) };
      const solutionType = texts.solutionTypes[a.solutionType];
      return rule.solutionTypes.includes(a.solutionType)
        ? { met: true, reason: fill(p.solutionTypeIn, { solutionType }) }
        : { met: false, reason: fill(p.solutionTypeOut, { solutionType, list }) };
    }
  }
}

/** A requirement limited to some offer types applies only once the offer type is known to be one of them. */
function applies(req: Requirement, offerType: OfferType | undefined): boolean {
  return !req.appliesTo || (offerType !== undefined && req.appliesTo.includes(offerType));
}

type StatusEntry = Edition['statuses'][number];

function statusById(edition: Edition, id: StatusId): StatusEntry {
  // The schema guarantees one entry per status id.
  return edition.statuses.find((s) => s.id === id) as StatusEntry;
}

/** The status and every status it requires, from the top down. */
function chainOf(edition: Edition, id: StatusId): StatusId[] {
  const chain: StatusId[] = [];
  for (let s: StatusId | null = id; s !== null; s = statusById(edition, s).requires) chain.push(s);
  return chain;
}

function reachedStatus(edition: Edition, results: RequirementResult[]): StatusEntry {
  const blocked = new Set(results.filter((r) => r.met !== true).map((r) => r.status));
  let best: StatusEntry | undefined;
  for (const s of edition.statuses) {
    const reached = chainOf(edition, s.id).every((id) => !blocked.has(id));
    if (reached && (!best || s.order > best.order)) best = s;
  }
  // The base status has no requirements, so it is always reached.
  return best as StatusEntry;
}

/** The status one step up that this offer can still reach: its offer-type requirements are not failed. */
function nextStatusOf(edition: Edition, reached: StatusId, failedOfferType: Set<StatusId>): StatusEntry | null {
  return edition.statuses.find((s) => s.requires === reached && !failedOfferType.has(s.id)) ?? null;
}

function feeOf(edition: Edition, texts: Texts, a: Answers, status: StatusId): FeeResult {
  const f = edition.fee;
  const p = texts.phrases;
  const standard = percent(f.standardRate);
  const none = {
    applies: false,
    standardRate: f.standardRate,
    rate: f.standardRate,
    monthlySavingsUsd: 0,
    annualSavingsUsd: 0,
    reducedBecause: null,
    reducedFrom: null,
    sources: f.sources,
    caveats: f.caveats,
  };
  if (a.transactable === undefined) return { ...none, reason: p.feeTransactMissing };
  if (!a.transactable) return { ...none, reason: p.feeNotTransactable };
  if (a.offerType && f.transactableOfferTypes && !f.transactableOfferTypes.includes(a.offerType)) {
    return { ...none, reason: fill(p.feeNoTransactOption, { offerType: texts.offerTypes[a.offerType] }) };
  }
  let reducedBecause: FeeResult['reducedBecause'] = null;
  if (f.reducedRate !== null && a.offerType !== undefined) {
    if (status === 'azure-ip-cosell' && f.reducedForAzureIp.includes(a.offerType)) reducedBecause = 'azure-ip-cosell';
    else if (f.reducedForTeamsM365Saas && a.offerType === 'saas' && a.teamsOrM365Linked === true) reducedBecause = 'teams-m365-saas';
  }
  const rate = reducedBecause && f.reducedRate !== null ? f.reducedRate : f.standardRate;
  const sales = a.monthlySalesUsd ?? 0;
  const monthly = (f.standardRate - rate) * sales;
  const parts: Localized[] = [];
  let reducedFrom: string | null = null;
  if (!reducedBecause) {
    parts.push(fill(p.feeStandard, { standard }));
  } else {
    const vars = { standard, rate: percent(rate), offerType: a.offerType ? texts.offerTypes[a.offerType] : p.notGiven };
    parts.push(fill(reducedBecause === 'azure-ip-cosell' ? p.feeReducedAzureIp : p.feeReducedTeams, vars));
    if (a.monthlySalesUsd !== undefined) {
      parts.push(fill(p.feeSavings, { sales: money(sales), monthly: money(monthly), annual: money(monthly * 12) }));
    }
    const required = f.businessDaysBeforeMonthEnd;
    if (a.qualifiesOn !== undefined && required !== null) {
      const days = businessDaysToMonthEnd(a.qualifiesOn);
      reducedFrom = firstOfMonthAfter(a.qualifiesOn, days >= required ? 1 : 2);
      parts.push(fill(p.reducedFrom, { qualifiesOn: a.qualifiesOn, days: String(days), required: String(required), date: reducedFrom }));
    } else {
      parts.push(p.reducedFromMissing);
    }
  }
  return {
    ...none,
    applies: true,
    rate,
    monthlySavingsUsd: monthly,
    annualSavingsUsd: monthly * 12,
    reducedBecause,
    reducedFrom,
    reason: joinLocalized(parts, { ja: '', en: ' ' }),
  };
}

type BenefitData = Edition['benefits'][keyof Edition['benefits']];

function explainBenefit(benefit: BenefitData, eligible: boolean, texts: Texts): Explained & { eligible: boolean } {
  return {
    eligible,
    reason: fill(eligible ? texts.phrases.eligible : texts.phrases.notEligible, { condition: benefit.condition }),
    sources: benefit.sources,
    caveats: benefit.caveats,
  };
}

/** Assesses answers (any input) under one edition. */
export function assessWith(edition: Edition, texts: Texts, input: unknown): AssessResult {
  const validated = validateAnswers(input);
  if (!validated.ok) return validated;
  const a = validated.answers;

  const requirements: RequirementResult[] = [];
  const caveats: Caveat[] = [];
  const failedOfferType = new Set<StatusId>();
  for (const req of edition.requirements) {
    if (!applies(req, a.offerType)) continue;
    const { met, reason } = decide(req, a, texts);
    if (met === false && req.rule.kind === 'offer-type') failedOfferType.add(req.status);
    requirements.push({ id: req.id, status: req.status, met, sources: req.sources, label: req.label, reason, ambiguities: req.ambiguities });
    if (req.caveats) caveats.push(...req.caveats);
  }

  const reached = reachedStatus(edition, requirements);
  const next = nextStatusOf(edition, reached.id, failedOfferType);
  const toward = next ? new Set(chainOf(edition, next.id)) : new Set<StatusId>();
  const missing = requirements.filter((r) => r.met !== true && toward.has(r.status)).map((r) => r.id);
  for (const s of next ? [reached, next] : [reached]) if (s.caveats) caveats.push(...s.caveats);

  const { badge, macc, cspIncentive } = edition.benefits;
  const rank = (id: StatusId) => statusById(edition, id).order;
  const badgeEligible =
    badge.statuses.includes(reached.id) ||
    (badge.isvConnectWithAtLeast !== null && a.isvConnectEnrolled === true && reached.order >= rank(badge.isvConnectWithAtLeast));
  // MACC (A7): only Microsoft-billed Azure Marketplace purchases can count toward a commitment.
  const maccEligible = macc.statuses.includes(reached.id) && a.transactable === true && a.listedIn?.includes('azure-marketplace') === true;
  const cspEligible = cspIncentive.rate !== null && cspIncentive.statuses.includes(reached.id);

  return {
    ok: true,
    assessment: {
      edition: edition.id,
      status: reached.id,
      statusName: reached.name,
      nextStatus: next?.id ?? null,
      nextStatusName: next?.name ?? null,
      requirements,
      missing,
      fee: feeOf(edition, texts, a, reached.id),
      badge: explainBenefit(badge, badgeEligible, texts),
      macc: explainBenefit(macc, maccEligible, texts),
      cspIncentive: { ...explainBenefit(cspIncentive, cspEligible, texts), rate: cspEligible ? cspIncentive.rate : null },
      caveats,
    },
  };
}

/** Which questions matter for this offer in this edition; with no offer type yet, every question does. */
export function relevantFieldsWith(edition: Edition, a: Answers, fieldOrder: readonly AnswerField[]): AnswerField[] {
  const fields = new Set<AnswerField>(['offerType', 'transactable']);
  for (const req of edition.requirements) {
    if (req.appliesTo && a.offerType !== undefined && !req.appliesTo.includes(a.offerType)) continue;
    const rule = req.rule;
    if (rule.kind === 'offer-type') continue;
    if (rule.kind === 'listed') fields.add('listedIn');
    if (rule.kind === 'solution-type') fields.add('solutionType');
    if (rule.kind === 'revenue') {
      fields.add('azureConsumedRevenueUsd');
      if (a.transactable !== false) fields.add('billedRevenueUsd');
    }
    if (rule.kind === 'yes') {
      const byDefault = a.transactable === true && a.offerType !== undefined && rule.passWhenTransactable?.includes(a.offerType);
      if (!byDefault) fields.add(rule.field);
    }
  }
  const f = edition.fee;
  const canTransact = !a.offerType || !f.transactableOfferTypes || f.transactableOfferTypes.includes(a.offerType);
  if (a.transactable !== false && canTransact) {
    fields.add('monthlySalesUsd');
    if (f.reducedRate !== null) fields.add('qualifiesOn');
    if (f.reducedForTeamsM365Saas && (a.offerType === undefined || a.offerType === 'saas')) fields.add('teamsOrM365Linked');
  }
  if (edition.benefits.badge.isvConnectWithAtLeast !== null) fields.add('isvConnectEnrolled');
  if (edition.benefits.macc.statuses.length > 0) fields.add('listedIn');
  return fieldOrder.filter((field) => fields.has(field));
}

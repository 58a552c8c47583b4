/**
 * The rules engine's pure core: one edition's rules in, a decision out (the public contract's fields),
 * each decision with a structured `why` that explain.ts turns into ja/en sentences.
 * No DOM, no Astro, no classic zod, no prose; it never throws (bad input becomes `{ ok: false, errors }`).
 */
import {
  validateAnswers,
  type AnswerField,
  type Answers,
  type Issue,
  type OfferType,
  type SolutionType,
  type Store,
} from './answers.ts';
import type { EditionRules, PhraseKey, RuleRequirement } from './edition-schema.ts';
import type { StatusId } from './ids.ts';
import { businessDaysToMonthEnd, firstOfMonthAfter } from './calendar.ts';

/** Why a decision came out as it did: a phrase of texts.json and the values it mentions. */
export type Why = {
  phrase: PhraseKey;
  offerType?: OfferType;
  offerTypes?: readonly OfferType[];
  stores?: readonly Store[];
  solutionType?: SolutionType;
  solutionTypes?: readonly SolutionType[];
  thresholdUsd?: number;
  acrUsd?: number;
  billedUsd?: number;
  salesUsd?: number;
  savingsUsd?: number;
  qualifiesOn?: string;
  businessDays?: number;
  businessDaysNeeded?: number;
  reducedFrom?: string;
};

export type EvaluatedRequirement = {
  id: string;
  status: StatusId;
  /** null = unanswered; never assumed met. */
  met: boolean | null;
  sources: string[];
  ambiguities: string[];
  why: Why[];
};

export type EvaluatedFee = {
  applies: boolean;
  standardRate: number;
  rate: number;
  monthlySavingsUsd: number;
  annualSavingsUsd: number;
  reducedBecause: null | 'azure-ip-cosell' | 'teams-m365-saas';
  /** First day of the reduced rate (YYYY-MM-DD). */
  reducedFrom: string | null;
  why: Why[];
};

export type Evaluation = {
  edition: EditionRules['id'];
  status: StatusId;
  nextStatus: StatusId | null;
  requirements: EvaluatedRequirement[];
  missing: string[];
  fee: EvaluatedFee;
  badge: { eligible: boolean };
  macc: { eligible: boolean };
  cspIncentive: { eligible: boolean; rate: number | null };
};

export type EvaluateResult = { ok: true; evaluation: Evaluation } | { ok: false; errors: Issue[] };

/** Per requirement of an edition, its outcomes that mention no figure, by the short-list answer they depend on. */
type Outcomes = Map<string, EvaluatedRequirement>;

function evaluated(req: RuleRequirement, met: boolean | null, why: Why[]): EvaluatedRequirement {
  return { id: req.id, status: req.status, met, sources: req.sources, ambiguities: req.ambiguities, why };
}

/**
 * An outcome that depends on no answer but the one from a short list named by `key` (yes, no, an offer type …):
 * built once per requirement and shared by every call that reaches it, frozen (explain.ts shares its row too).
 */
function shared(outcomes: Outcomes, req: RuleRequirement, key: string, met: boolean | null, why: Why): EvaluatedRequirement {
  let outcome = outcomes.get(key);
  if (!outcome) outcomes.set(key, (outcome = Object.freeze(evaluated(req, met, [why]))));
  return outcome;
}

/** Kleene "or": true if either is true, false only if both are false. */
function or(a: boolean | null, b: boolean | null): boolean | null {
  if (a === true || b === true) return true;
  return a === false && b === false ? false : null;
}

function decide(req: RuleRequirement, a: Answers, outcomes: Outcomes): EvaluatedRequirement {
  const rule = req.rule;
  const offerType = a.offerType;
  switch (rule.kind) {
    case 'offer-type': {
      if (offerType === undefined) return shared(outcomes, req, '', null, { phrase: 'offerTypeMissing' });
      return rule.offerTypes.includes(offerType)
        ? shared(outcomes, req, offerType, true, { phrase: 'offerTypeIn', offerType })
        : shared(outcomes, req, offerType, false, { phrase: 'offerTypeOut', offerType, offerTypes: rule.offerTypes });
    }
    case 'yes': {
      if (a.transactable === true && offerType !== undefined && rule.passWhenTransactable?.includes(offerType)) {
        return shared(outcomes, req, offerType, true, { phrase: 'passByDefault', offerType });
      }
      const value = a[rule.field];
      if (value === undefined) return shared(outcomes, req, '', null, { phrase: 'notAnswered' });
      return value ? shared(outcomes, req, 'yes', true, { phrase: 'answeredYes' }) : shared(outcomes, req, 'no', false, { phrase: 'answeredNo' });
    }
    case 'listed': {
      const stores = a.listedIn;
      if (stores === undefined) return shared(outcomes, req, '', null, { phrase: 'listedMissing' });
      return stores.length
        ? shared(outcomes, req, stores.join(), true, { phrase: 'listedYes', stores })
        : shared(outcomes, req, 'none', false, { phrase: 'listedNo' });
    }
    case 'revenue': {
      const t = rule.thresholdUsd;
      const acr = a.azureConsumedRevenueUsd;
      const billed = a.billedRevenueUsd;
      const acrMet = acr === undefined ? null : acr >= t;
      // Billed revenue counts only for a transactable offer.
      const billedMet =
        a.transactable === false || (billed !== undefined && billed < t) ? false : billed === undefined ? null : (a.transactable ?? null);
      const met = or(acrMet, billedMet);
      const figures = (phrase: PhraseKey): Why => ({ phrase, thresholdUsd: t, acrUsd: acr, billedUsd: billed });
      if (met) return evaluated(req, met, [figures(acrMet ? 'revenueAcr' : 'revenueBilled')]);
      const why = [figures(met === false ? 'revenueShort' : 'revenueMissing')];
      if (billed !== undefined && billed >= t) why.push({ phrase: 'billedNeedsTransact' });
      return evaluated(req, met, why);
    }
    case 'solution-type': {
      const solutionType = a.solutionType;
      const solutionTypes = rule.solutionTypes;
      if (solutionType === undefined) return shared(outcomes, req, '', null, { phrase: 'solutionTypeMissing', solutionTypes });
      return solutionTypes.includes(solutionType)
        ? shared(outcomes, req, solutionType, true, { phrase: 'solutionTypeIn', solutionType })
        : shared(outcomes, req, solutionType, false, { phrase: 'solutionTypeOut', solutionType, solutionTypes });
    }
  }
}

/** A requirement limited to some offer types applies only once the offer type is known to be one of them. */
function applies(req: RuleRequirement, offerType: OfferType | undefined): boolean {
  return !req.appliesTo || (offerType !== undefined && req.appliesTo.includes(offerType));
}

type RuleStatus = EditionRules['statuses'][number];

/** Status order worked out once per edition: each status with every status it requires. */
type Ladder = { base: RuleStatus; byId: Map<StatusId, RuleStatus>; chains: Map<StatusId, StatusId[]>; outcomes: Outcomes[] };
const ladders = new WeakMap<EditionRules, Ladder>();

function ladderOf(rules: EditionRules): Ladder {
  let ladder = ladders.get(rules);
  if (!ladder) {
    const byId = new Map(rules.statuses.map((s) => [s.id, s]));
    const chains = new Map<StatusId, StatusId[]>();
    for (const s of rules.statuses) {
      const chain: StatusId[] = [];
      // edition-files.ts checks that `requires` leads down to the one base status.
      for (let id: StatusId | null = s.id; id !== null; id = (byId.get(id) as RuleStatus).requires) chain.push(id);
      chains.set(s.id, chain);
    }
    // The base status requires nothing and has no requirements, so it is always reached.
    ladder = {
      base: rules.statuses.find((s) => s.requires === null) as RuleStatus,
      byId,
      chains,
      outcomes: rules.requirements.map(() => new Map()),
    };
    ladders.set(rules, ladder);
  }
  return ladder;
}

/** The best status whose requirements, and those of every status below it, are all met. */
function reachedStatus(rules: EditionRules, ladder: Ladder, blocked: StatusId[]): RuleStatus {
  let best = ladder.base;
  next: for (const s of rules.statuses) {
    if (s.order <= best.order) continue;
    for (const id of ladder.chains.get(s.id) as StatusId[]) if (blocked.includes(id)) continue next;
    best = s;
  }
  return best;
}

function feeOf(rules: EditionRules, a: Answers, status: StatusId): EvaluatedFee {
  const f = rules.fee;
  const fee: EvaluatedFee = {
    applies: false,
    standardRate: f.standardRate,
    rate: f.standardRate,
    monthlySavingsUsd: 0,
    annualSavingsUsd: 0,
    reducedBecause: null,
    reducedFrom: null,
    why: [],
  };
  const say = (why: Why) => (fee.why.push(why), fee);
  const offerType = a.offerType;
  if (a.transactable === undefined) return say({ phrase: 'feeTransactMissing' });
  if (!a.transactable) return say({ phrase: 'feeNotTransactable' });
  if (offerType && f.transactableOfferTypes && !f.transactableOfferTypes.includes(offerType)) {
    return say({ phrase: 'feeNoTransactOption', offerType });
  }
  let reducedBecause: EvaluatedFee['reducedBecause'] = null;
  if (f.reducedRate !== null && offerType !== undefined) {
    if (status === 'azure-ip-cosell' && f.reducedForAzureIp.includes(offerType)) reducedBecause = 'azure-ip-cosell';
    else if (f.reducedForTeamsM365Saas && offerType === 'saas' && a.teamsOrM365Linked === true) reducedBecause = 'teams-m365-saas';
  }
  const rate = reducedBecause && f.reducedRate !== null ? f.reducedRate : f.standardRate;
  const monthly = (f.standardRate - rate) * (a.monthlySalesUsd ?? 0);
  fee.applies = true;
  fee.rate = rate;
  fee.monthlySavingsUsd = monthly;
  fee.annualSavingsUsd = monthly * 12;
  fee.reducedBecause = reducedBecause;
  if (!reducedBecause) return say({ phrase: 'feeStandard' });
  say({ phrase: reducedBecause === 'azure-ip-cosell' ? 'feeReducedAzureIp' : 'feeReducedTeams', offerType });
  if (a.monthlySalesUsd !== undefined) say({ phrase: 'feeSavings', salesUsd: a.monthlySalesUsd, savingsUsd: monthly });
  const needed = f.businessDaysBeforeMonthEnd;
  if (a.qualifiesOn === undefined || needed === null) return say({ phrase: 'reducedFromMissing' });
  // Met with `needed` business days left in the month: from the 1st of the next month, else the month after.
  const days = businessDaysToMonthEnd(a.qualifiesOn);
  const reducedFrom = (fee.reducedFrom = firstOfMonthAfter(a.qualifiesOn, days >= needed ? 1 : 2));
  return say({ phrase: 'reducedFrom', qualifiesOn: a.qualifiesOn, businessDays: days, businessDaysNeeded: needed, reducedFrom });
}

/** Decides answers that already passed validation. */
export function evaluateValid(rules: EditionRules, a: Answers): Evaluation {
  const requirements: EvaluatedRequirement[] = [];
  // Statuses with a requirement not met, and those whose offer-type requirement fails (short lists, repeats allowed).
  const blocked: StatusId[] = [];
  const failedOfferType: StatusId[] = [];
  const ladder = ladderOf(rules);
  for (let i = 0; i < rules.requirements.length; i++) {
    const req = rules.requirements[i];
    if (!applies(req, a.offerType)) continue;
    const decided = decide(req, a, ladder.outcomes[i]);
    const met = decided.met;
    if (met !== true) blocked.push(req.status);
    if (met === false && req.rule.kind === 'offer-type') failedOfferType.push(req.status);
    requirements.push(decided);
  }

  const reached = reachedStatus(rules, ladder, blocked);
  // One step up, among the statuses whose offer-type requirement this offer does not fail.
  let next: RuleStatus | undefined;
  for (const s of rules.statuses) if (s.requires === reached.id && !failedOfferType.includes(s.id)) next = next ?? s;
  const missing: string[] = [];
  if (next) {
    const toward = ladder.chains.get(next.id) as StatusId[];
    for (const r of requirements) if (r.met !== true && toward.includes(r.status)) missing.push(r.id);
  }

  const { badge, macc, cspIncentive } = rules.benefits;
  const isvPath = badge.isvConnectWithAtLeast;
  const badgeEligible =
    badge.statuses.includes(reached.id) ||
    (isvPath !== null && a.isvConnectEnrolled === true && reached.order >= (ladder.byId.get(isvPath) as RuleStatus).order);
  // MACC (A7): only Microsoft-billed Azure Marketplace purchases can count toward a commitment.
  const maccEligible = macc.statuses.includes(reached.id) && a.transactable === true && a.listedIn?.includes('azure-marketplace') === true;
  const cspEligible = cspIncentive.rate !== null && cspIncentive.statuses.includes(reached.id);

  return {
    edition: rules.id,
    status: reached.id,
    nextStatus: next?.id ?? null,
    requirements,
    missing,
    fee: feeOf(rules, a, reached.id),
    badge: { eligible: badgeEligible },
    macc: { eligible: maccEligible },
    cspIncentive: { eligible: cspEligible, rate: cspEligible ? cspIncentive.rate : null },
  };
}

/** Validates any input, then decides it under one edition's rules. Never throws. */
export function evaluate(rules: EditionRules, input: unknown): EvaluateResult {
  const validated = validateAnswers(input);
  return validated.ok ? { ok: true, evaluation: evaluateValid(rules, validated.answers) } : validated;
}

/** Which questions matter for this offer under these rules; with no offer type yet, every requirement's do. */
export function relevantFieldsOf(rules: EditionRules, a: Answers, fieldOrder: readonly AnswerField[]): AnswerField[] {
  const fields = new Set<AnswerField>(['offerType', 'transactable']);
  for (const req of rules.requirements) {
    if (req.appliesTo && a.offerType !== undefined && !req.appliesTo.includes(a.offerType)) continue;
    const rule = req.rule;
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
  const f = rules.fee;
  const canTransact = !a.offerType || !f.transactableOfferTypes || f.transactableOfferTypes.includes(a.offerType);
  if (a.transactable !== false && canTransact) {
    fields.add('monthlySalesUsd');
    if (f.reducedRate !== null) fields.add('qualifiesOn');
    if (f.reducedForTeamsM365Saas && (a.offerType === undefined || a.offerType === 'saas')) fields.add('teamsOrM365Linked');
  }
  if (rules.benefits.badge.isvConnectWithAtLeast !== null) fields.add('isvConnectEnrolled');
  return fieldOrder.filter((field) => fields.has(field));
}

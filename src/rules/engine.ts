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

type Decision = { met: boolean | null; why: Why[] };

/** Decisions that mention no answer value, shared rather than rebuilt on every call (never mutated). */
export const fixedDecisions = {
  yes: { met: true, why: [{ phrase: 'answeredYes' }] },
  no: { met: false, why: [{ phrase: 'answeredNo' }] },
  unanswered: { met: null, why: [{ phrase: 'notAnswered' }] },
  noOfferType: { met: null, why: [{ phrase: 'offerTypeMissing' }] },
  notListed: { met: false, why: [{ phrase: 'listedNo' }] },
  listedUnknown: { met: null, why: [{ phrase: 'listedMissing' }] },
} satisfies Record<string, Decision>;

/** Kleene "or": true if either is true, false only if both are false. */
function or(a: boolean | null, b: boolean | null): boolean | null {
  if (a === true || b === true) return true;
  return a === false && b === false ? false : null;
}

function decide(rule: RuleRequirement['rule'], a: Answers): Decision {
  switch (rule.kind) {
    case 'offer-type': {
      const offerType = a.offerType;
      if (offerType === undefined) return fixedDecisions.noOfferType;
      return rule.offerTypes.includes(offerType)
        ? { met: true, why: [{ phrase: 'offerTypeIn', offerType }] }
        : { met: false, why: [{ phrase: 'offerTypeOut', offerType, offerTypes: rule.offerTypes }] };
    }
    case 'yes': {
      const offerType = a.offerType;
      if (a.transactable === true && offerType !== undefined && rule.passWhenTransactable?.includes(offerType)) {
        return { met: true, why: [{ phrase: 'passByDefault', offerType }] };
      }
      const value = a[rule.field];
      return value === undefined ? fixedDecisions.unanswered : value ? fixedDecisions.yes : fixedDecisions.no;
    }
    case 'listed': {
      const stores = a.listedIn;
      if (stores === undefined) return fixedDecisions.listedUnknown;
      return stores.length ? { met: true, why: [{ phrase: 'listedYes', stores }] } : fixedDecisions.notListed;
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
      if (met) return { met, why: [figures(acrMet ? 'revenueAcr' : 'revenueBilled')] };
      const why = [figures(met === false ? 'revenueShort' : 'revenueMissing')];
      if (billed !== undefined && billed >= t) why.push({ phrase: 'billedNeedsTransact' });
      return { met, why };
    }
    case 'solution-type': {
      const solutionType = a.solutionType;
      const solutionTypes = rule.solutionTypes;
      if (solutionType === undefined) return { met: null, why: [{ phrase: 'solutionTypeMissing', solutionTypes }] };
      return solutionTypes.includes(solutionType)
        ? { met: true, why: [{ phrase: 'solutionTypeIn', solutionType }] }
        : { met: false, why: [{ phrase: 'solutionTypeOut', solutionType, solutionTypes }] };
    }
  }
}

/** A requirement limited to some offer types applies only once the offer type is known to be one of them. */
function applies(req: RuleRequirement, offerType: OfferType | undefined): boolean {
  return !req.appliesTo || (offerType !== undefined && req.appliesTo.includes(offerType));
}

type RuleStatus = EditionRules['statuses'][number];

/** Status order worked out once per edition: each status with every status it requires. */
type Ladder = { base: RuleStatus; byId: Map<StatusId, RuleStatus>; chains: Map<StatusId, StatusId[]> };
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
    ladder = { base: rules.statuses.find((s) => s.requires === null) as RuleStatus, byId, chains };
    ladders.set(rules, ladder);
  }
  return ladder;
}

/** The best status whose requirements, and those of every status below it, are all met. */
function reachedStatus(rules: EditionRules, ladder: Ladder, blocked: StatusId[]): RuleStatus {
  let best = ladder.base;
  for (const s of rules.statuses) {
    if (s.order > best.order && (ladder.chains.get(s.id) as StatusId[]).every((id) => !blocked.includes(id))) best = s;
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
  for (const req of rules.requirements) {
    if (!applies(req, a.offerType)) continue;
    const { met, why } = decide(req.rule, a);
    if (met !== true) blocked.push(req.status);
    if (met === false && req.rule.kind === 'offer-type') failedOfferType.push(req.status);
    requirements.push({ id: req.id, status: req.status, met, sources: req.sources, ambiguities: req.ambiguities, why });
  }

  const ladder = ladderOf(rules);
  const reached = reachedStatus(rules, ladder, blocked);
  // One step up, among the statuses whose offer-type requirement this offer does not fail.
  const next = rules.statuses.find((s) => s.requires === reached.id && !failedOfferType.includes(s.id));
  const toward = next ? (ladder.chains.get(next.id) as StatusId[]) : [];

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
    missing: requirements.filter((r) => r.met !== true && toward.includes(r.status)).map((r) => r.id),
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

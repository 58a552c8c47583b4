/**
 * The shape of the edition data in content/editions/. Classic zod is fine here: it runs only at build and
 * test time (edition-check.ts); the browser gets the checked data and the types, never this schema.
 *
 * An edition file has three parts, so the browser loads only what it uses:
 *  - `rules`: what the engine decides with (ids, offer-type lists, thresholds, rates), each requirement with its
 *    citations and its wording;
 *  - `wording`: the bilingual names, conditions and caveats of statuses, fee and benefits, with their citations;
 *  - `docs`: page-level prose for the guide (title, dates, summary, what changed).
 */
import { z } from 'zod';
import {
  answerFields,
  fieldKind,
  offerTypes,
  solutionTypes,
  stores,
  type BooleanField,
} from '../rules/core/answers.ts';
import { editionIds, statusIds, type EditionId } from '../rules/core/ids.ts';

const localized = z.strictObject({ ja: z.string().min(1), en: z.string().min(1) });
const date = z.iso.date();
const citationKey = z.string().regex(/^S-\d{2}[a-z]?$/, 'a citation key such as S-02');
const ambiguityKey = z.string().regex(/^A\d{1,2}$/, 'an ambiguity key such as A1');
const offerType = z.enum(offerTypes);
const statusId = z.enum(statusIds);
const requirementId = z.string().regex(/^(csr|ipci|bizci)\.[a-z0-9-]+$/, 'an id such as csr.business-profile');
const sourced = { sources: z.array(citationKey).min(1), ambiguities: z.array(ambiguityKey) };
/** Offer types a caveat concerns; absent = it concerns every offer (the engine shows it whatever the offer type). */
const caveatOfferTypes = z.array(offerType).min(1).optional();
const caveat = z.strictObject({ text: localized, ambiguity: ambiguityKey.optional(), offerTypes: caveatOfferTypes });
/** A fee or benefit caveat: the sentence itself, optionally limited to some offer types. */
const benefitCaveat = localized.extend({ offerTypes: caveatOfferTypes });

/** The questions a `yes` rule can read: every yes/no question (src/rules/core/questions.ts). */
const yesNoFields = answerFields.filter((field): field is BooleanField => fieldKind(field).type === 'yes-no');

/** How the engine decides a requirement; the edition supplies the parameters. */
const rule = z.discriminatedUnion('kind', [
  /** Met when the offer type is in the list. */
  z.strictObject({ kind: z.literal('offer-type'), offerTypes: z.array(offerType).min(1) }),
  /** Met when the user answers yes; optionally passed by default for transactable offers of some types (A10). */
  z.strictObject({
    kind: z.literal('yes'),
    field: z.enum(yesNoFields),
    passWhenTransactable: z.array(offerType).optional(),
  }),
  /** Met when the offer is live in at least one online store. */
  z.strictObject({ kind: z.literal('listed') }),
  /** Azure consumed revenue, or billed revenue of a transactable offer, at or above the threshold (inclusive). */
  z.strictObject({
    kind: z.literal('revenue'),
    thresholdUsd: z.number().positive(),
    billedWindow: z.enum(['trailing-12-months', 'unspecified']),
  }),
  /** Met when the co-sell solution type is in the list. */
  z.strictObject({ kind: z.literal('solution-type'), solutionTypes: z.array(z.enum(solutionTypes)).min(1) }),
  /**
   * An offer first published on or after `since` must be transactable and live in one of `stores`; an offer
   * published before it is not failed by the rule (2023-07 requirement 4, A17).
   */
  z.strictObject({ kind: z.literal('transactable-since'), since: date, stores: z.array(z.enum(stores)).min(1) }),
]);

const requirementWording = z.strictObject({
  label: localized,
  condition: localized,
  caveats: z.array(caveat).optional(),
});

/**
 * A requirement with its wording: `label` and `condition` where this edition words it otherwise than the shared
 * catalogue (requirements.json), and its caveats.
 */
const ruleRequirement = z.strictObject({
  id: requirementId,
  status: z.enum(['cosell-ready', 'azure-ip-cosell', 'bizapps-cosell']),
  rule,
  /** Offer types the requirement applies to; absent = every offer. */
  appliesTo: z.array(offerType).min(1).optional(),
  ...requirementWording.partial().shape,
  ...sourced,
});

const ruleStatus = z.strictObject({
  id: statusId,
  /** Rank: a higher order is a better status. */
  order: z.number().int().nonnegative(),
  /** The status that must be reached first; null for the base status. */
  requires: statusId.nullable(),
});

const ruleFee = z
  .strictObject({
    standardRate: z.number().min(0).max(1),
    /** null: this edition documents no reduced rate. */
    reducedRate: z.number().min(0).max(1).nullable(),
    /** Offer types that could be sold through the marketplace at all (A1); null = not restricted. */
    transactableOfferTypes: z.array(offerType).nullable(),
    /** Offer types whose Azure IP co-sell status lowers the fee (A1). */
    reducedForAzureIp: z.array(offerType),
    /** Paid SaaS linked to Teams / Microsoft 365 add-ins also gets the reduced rate (A8). */
    reducedForTeamsM365Saas: z.boolean(),
    /** The condition must be met this many business days before the month ends. */
    businessDaysBeforeMonthEnd: z.number().int().positive().nullable(),
  })
  .refine((fee) => fee.reducedRate === null || fee.reducedRate <= fee.standardRate, {
    message: 'reducedRate must not exceed standardRate',
    path: ['reducedRate'],
  })
  .superRefine((fee, ctx) => {
    // A reduced fee for an offer type that cannot be sold through the marketplace could never be charged.
    fee.reducedForAzureIp.forEach((type, i) => {
      if (fee.transactableOfferTypes !== null && !fee.transactableOfferTypes.includes(type)) {
        ctx.addIssue({
          code: 'custom',
          path: ['reducedForAzureIp', i],
          message: `"${type}" is not in transactableOfferTypes, so it pays no fee to reduce`,
        });
      }
    });
  });

const ruleBadge = z.strictObject({
  statuses: z.array(statusId),
  /** ISV Connect enrollment plus at least this status also earns the badge (2021-03); null = no such path. */
  isvConnectWithAtLeast: statusId.nullable(),
});
/** MACC needs one of `statuses`, a transactable offer (of a type that can transact) live in one of `stores`. */
const ruleMacc = z.strictObject({ statuses: z.array(statusId), stores: z.array(z.enum(stores)).min(1) });
/** The CSP incentive needs one of `statuses` and a transactable offer of one of `offerTypes` (those CSP partners could resell). */
const ruleCsp = z
  .strictObject({
    statuses: z.array(statusId),
    offerTypes: z.array(offerType),
    rate: z.number().min(0).max(1).nullable(),
    endsOn: date.nullable(),
  })
  .refine((csp) => csp.rate === null || csp.statuses.length > 0, {
    message: 'a rate needs the statuses that earn it (statuses is empty)',
    path: ['statuses'],
  });

/**
 * The days the edition describes, both included; `until` null = open-ended (the newest edition). The sources
 * and ambiguities say where the boundaries come from and which of them no source establishes.
 * edition-check.ts checks that the periods follow one another without gap or overlap.
 */
const rulePeriod = z
  .strictObject({ from: date, until: date.nullable(), ...sourced })
  .refine((p) => p.until === null || p.from <= p.until, { message: 'from must not be after until', path: ['until'] });

export const editionRulesSchema = z.strictObject({
  id: z.enum(editionIds),
  period: rulePeriod,
  statuses: z.array(ruleStatus).length(statusIds.length),
  requirements: z.array(ruleRequirement).min(1),
  fee: ruleFee,
  benefits: z.strictObject({ badge: ruleBadge, macc: ruleMacc, cspIncentive: ruleCsp }),
});

const benefitWording = z.strictObject({ condition: localized, caveats: z.array(benefitCaveat), ...sourced });

const editionWordingSchema = z.strictObject({
  statuses: z.record(
    statusId,
    z.strictObject({
      name: localized,
      /** The name when the offer is not live (or that is not answered), where `name` presumes a live offer ("In market"). */
      notLiveName: localized.optional(),
      caveats: z.array(caveat).optional(),
      sources: z.array(citationKey).min(1),
    }),
  ),
  /** Offer types this edition names otherwise than texts.json (the Dynamics 365 names before their 2022 rename). */
  offerTypes: z.partialRecord(offerType, localized).optional(),
  fee: benefitWording,
  benefits: z.strictObject({ badge: benefitWording, macc: benefitWording, cspIncentive: benefitWording }),
});

const editionDocsSchema = z.strictObject({
  title: localized,
  /** ms.date of the first and last documentation versions the edition is built from. */
  docDates: z
    .strictObject({ from: date, to: date })
    .refine((d) => d.from <= d.to, { message: 'must not be after docDates.to', path: ['from'] }),
  /** How the guide names the edition's period (`label`), and where its boundaries come from (`note`). */
  periodText: z.strictObject({ label: localized, note: localized }),
  summary: localized,
  /** What changed from the previous edition. */
  changes: z.array(z.strictObject({ text: localized, sources: z.array(citationKey).min(1) })),
  /**
   * Changes reported after the edition whose dates no source establishes: shown on the pages as reports,
   * never applied by the engine. `reportedOn` is the date the report itself carries, if any.
   */
  reported: z
    .array(
      z.strictObject({ text: localized, page: localized, address: z.url().nullable(), reportedOn: date.nullable() }),
    )
    .optional(),
  /** Microsoft's live page of the current requirements, per language (for the newest edition). */
  liveRequirements: z.strictObject({ ja: z.url(), en: z.url() }).optional(),
});

export const editionFileSchema = z.strictObject({
  rules: editionRulesSchema,
  wording: editionWordingSchema,
  docs: editionDocsSchema,
});

/** Label and condition of each requirement id, written once for every edition. */
export const catalogueSchema = z.record(requirementId, requirementWording.omit({ caveats: true }));

const phraseKeys = [
  'listSeparator',
  'notGiven',
  'answeredYes',
  'answeredNo',
  'notAnswered',
  'passByDefault',
  'offerTypeIn',
  'offerTypeOut',
  'offerTypeMissing',
  'listedYes',
  'listedNo',
  'listedMissing',
  'revenueAcr',
  'revenueBilled',
  'revenueShort',
  'revenueMissing',
  'billedNeedsTransact',
  'solutionTypeIn',
  'solutionTypeOut',
  'solutionTypeMissing',
  'feeTransactMissing',
  'feeNotTransactable',
  'feeNoTransactOption',
  'feeStandard',
  'feeReducedAzureIp',
  'feeReducedTeams',
  'feeSavings',
  'reducedFrom',
  'reducedFromMissing',
  'eligible',
  'notEligible',
  'yes',
  'no',
  'feeSummary',
  'feeNone',
  'cspSummary',
  'transactSinceMet',
  'transactSinceOlder',
  'transactSinceUnmet',
  'transactSinceMissing',
  'transactSinceNoOption',
  'feeOfferTypeMissing',
  'reducedOutsidePeriod',
  'undecided',
  'undecidedShort',
  'superseded',
  'supersededToday',
] as const;

/**
 * The `{name}` values a phrase of texts.json can be given: those explain.ts works out (valueOf) and those its
 * callers pass (condition, standard, rate). Any other name would reach a reader unfilled, or fail to fill.
 */
export const phrasePlaceholders = [
  'offerType',
  'solutionType',
  'list',
  'stores',
  'threshold',
  'acr',
  'billed',
  'sales',
  'monthly',
  'annual',
  'qualifiesOn',
  'days',
  'required',
  'date',
  'condition',
  'standard',
  'rate',
  'periodFrom',
  'periodUntil',
  'since',
  'published',
  'edition',
  'until',
  'inForce',
] as const;

/** Names of answer values and the sentences explanations are built from ({name} = a value put in). */
export const textsSchema = z.strictObject({
  offerTypes: z.record(offerType, localized),
  solutionTypes: z.record(z.enum(solutionTypes), localized),
  stores: z.record(z.enum(stores), localized),
  phrases: z.record(z.enum(phraseKeys), localized),
});

export const citationSchema = z.strictObject({
  repository: z.string().nullable(),
  path: z.string().min(1),
  commit: z
    .string()
    .regex(/^[0-9a-f]{40}$/)
    .nullable(),
  /** ms.date of the version read, or null where the page shows none. */
  date: date.nullable(),
  note: localized,
});
export const citationsSchema = z.record(citationKey, citationSchema);

export const ambiguitySchema = z.strictObject({
  question: localized,
  reading: localized,
  sources: z.array(citationKey).min(1),
});
export const ambiguitiesSchema = z.record(ambiguityKey, ambiguitySchema);

/** The merged view the guide's tables read (resolve.ts builds it): rules with their wording, and the docs prose. */
export const editionSchema = z.strictObject({
  id: editionRulesSchema.shape.id,
  ...editionDocsSchema.shape,
  period: rulePeriod,
  statuses: z.array(
    ruleStatus.extend({
      name: localized,
      notLiveName: localized.optional(),
      caveats: z.array(caveat),
      sources: z.array(citationKey),
    }),
  ),
  requirements: z.array(ruleRequirement.extend({ label: localized, condition: localized, caveats: z.array(caveat) })),
  /** The edition's own offer-type names, where they differ from texts.json. */
  offerTypeNames: z.partialRecord(offerType, localized),
  fee: z.strictObject({ ...ruleFee.shape, ...benefitWording.shape }),
  benefits: z.strictObject({
    badge: ruleBadge.extend(benefitWording.shape),
    macc: ruleMacc.extend(benefitWording.shape),
    cspIncentive: ruleCsp.extend(benefitWording.shape),
  }),
});

export type Localized = z.infer<typeof localized>;
export type Caveat = z.infer<typeof caveat>;
export type BenefitCaveat = z.infer<typeof benefitCaveat>;
export type EditionRules = z.infer<typeof editionRulesSchema>;
export type RuleRequirement = EditionRules['requirements'][number];
export type EditionFile = z.infer<typeof editionFileSchema>;
export type Edition = z.infer<typeof editionSchema>;
export type Requirement = Edition['requirements'][number];
export type Catalogue = z.infer<typeof catalogueSchema>;
export type Texts = z.infer<typeof textsSchema>;
export type PhraseKey = (typeof phraseKeys)[number];
export type Period = EditionRules['period'];
/** How an edition is named in sentences about another edition (its title) and in lists (its period label). */
export type EditionName = { title: Localized; label: Localized };
/** The texts the engine words with: texts.json, and each edition's name taken from its docs. */
export type EngineTexts = Texts & { editions: Record<EditionId, EditionName> };
export type Citation = z.infer<typeof citationSchema>;
export type Ambiguity = z.infer<typeof ambiguitySchema>;

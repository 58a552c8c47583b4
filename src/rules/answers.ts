/**
 * The calculator's answers: one zod/mini schema (it runs in the browser, so never classic zod here),
 * and the validation that turns any input into answers or field-named issues.
 */
import * as z from 'zod/mini';

export const offerTypes = [
  'saas',
  'azure-application',
  'azure-container',
  'azure-virtual-machine',
  'iot-edge-module',
  'dynamics-365-customer-engagement-power-apps',
  'dynamics-365-operations',
  'dynamics-365-business-central',
  'consulting-service',
  'managed-service',
  'power-bi-app',
  'office-add-in',
] as const;
export const solutionTypes = ['ip', 'service', 'managed-service', 'device'] as const;
export const stores = ['azure-marketplace', 'appsource'] as const;

/** Larger amounts are typing mistakes, not revenue; they get their own issue code. */
export const maxAmountUsd = 1e12;

const yesNo = z.optional(z.boolean());
const usd = z.optional(z.number().check(z.gte(0), z.lte(maxAmountUsd)));

/** Real calendar date: 2021-02-30 has the right shape but no such day. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1000;
}

/** Field order is Partner Center's order; the share codec and the calculator rely on it. */
export const answersSchema = z.strictObject({
  offerType: z.optional(z.enum(offerTypes)),
  transactable: yesNo,
  listedIn: z.optional(
    z.array(z.enum(stores)).check(z.refine((list) => new Set(list).size === list.length, { message: 'duplicate' })),
  ),
  partnerIdAndAccount: yesNo,
  businessProfileComplete: yesNo,
  coSellListingComplete: yesNo,
  onePager: yesNo,
  pitchDeck: yesNo,
  salesContactPerGeography: yesNo,
  solutionType: z.optional(z.enum(solutionTypes)),
  servicesCredential: yesNo,
  isvConnectEnrolled: yesNo,
  azureConsumedRevenueUsd: usd,
  billedRevenueUsd: usd,
  technicalValidationPassed: yesNo,
  referenceArchitectureDiagram: yesNo,
  teamsOrM365Linked: yesNo,
  monthlySalesUsd: usd,
  qualifiesOn: z.optional(z.string().check(z.refine(isCalendarDate, { message: 'date' }))),
});

export type Answers = z.infer<typeof answersSchema>;
export type OfferType = (typeof offerTypes)[number];
export type SolutionType = (typeof solutionTypes)[number];
export type Store = (typeof stores)[number];
export type AnswerField = keyof Answers;
export const answerFields = Object.keys(answersSchema.def.shape) as readonly AnswerField[];

/** Answer fields that take yes/no. */
export type BooleanField = {
  [K in AnswerField]-?: NonNullable<Answers[K]> extends boolean ? K : never;
}[AnswerField];

export type IssueCode =
  | 'invalid_type'
  | 'unrecognized_key'
  | 'negative'
  | 'not_finite'
  | 'too_large'
  | 'invalid_date'
  | 'invalid_value'
  | 'unknown_edition'
  | 'malformed'
  | 'unsupported_version';

/** `path` is the dotted field path ("listedIn.1"); the UI localizes by path and code, not by message. */
export type Issue = { path: string; message: string; code: IssueCode };

export type Validated = { ok: true; answers: Answers } | { ok: false; errors: Issue[] };

const messages: Record<IssueCode, string> = {
  invalid_type: 'has the wrong type',
  unrecognized_key: 'is not a known answer field',
  negative: 'must not be negative',
  not_finite: 'must be a finite number',
  too_large: `must be at most ${maxAmountUsd.toLocaleString('en-US')}`,
  invalid_date: 'must be a real calendar date written YYYY-MM-DD',
  invalid_value: 'is not one of the allowed values',
  unknown_edition: 'is not a known rules edition',
  malformed: 'cannot be read',
  unsupported_version: 'comes from a newer version of this site',
};

export function issue(path: string, code: IssueCode, detail?: string): Issue {
  return { path, code, message: `${path || 'The answers'} ${detail ?? messages[code]}.` };
}

type ZodIssue = { code: string; path: PropertyKey[]; keys?: string[]; received?: string; message: string };

function toIssues(zodIssue: ZodIssue): Issue[] {
  const path = zodIssue.path.join('.');
  switch (zodIssue.code) {
    case 'unrecognized_keys':
      return (zodIssue.keys ?? []).map((key) => issue(key, 'unrecognized_key'));
    case 'invalid_type':
      return [zodIssue.received === 'NaN' || zodIssue.received === 'Infinity' ? issue(path, 'not_finite') : issue(path, 'invalid_type')];
    case 'too_small':
      return [issue(path, 'negative')];
    case 'too_big':
      return [issue(path, 'too_large')];
    case 'custom':
      return [zodIssue.message === 'date' ? issue(path, 'invalid_date') : issue(path, 'invalid_value', 'lists the same store twice')];
    default:
      return [issue(path, 'invalid_value')];
  }
}

/** Any input at all → answers, or every bad field named. Never throws. */
export function validateAnswers(input: unknown): Validated {
  const parsed = z.safeParse(answersSchema, input);
  if (parsed.success) return { ok: true, answers: parsed.data };
  return { ok: false, errors: parsed.error.issues.flatMap((i) => toIssues(i as ZodIssue)) };
}

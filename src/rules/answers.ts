/**
 * The calculator's answers: zod/mini schemas per field (they run in the browser, so never classic zod here),
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

const yesNo = z.boolean();
const usd = z.number().check(z.gte(0), z.lte(maxAmountUsd));

/** Real calendar date: 2021-02-30 has the right shape but no such day. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1000;
}

/**
 * One schema per answer field, in Partner Center's order (the share codec and the calculator rely on it).
 * Every field is optional: an omitted field is unanswered. Fields are checked one by one rather than with
 * z.strictObject, which keeps zod/mini's object machinery out of the browser bundle.
 */
const fieldSchemas = {
  offerType: z.enum(offerTypes),
  transactable: yesNo,
  listedIn: z.array(z.enum(stores)),
  partnerIdAndAccount: yesNo,
  businessProfileComplete: yesNo,
  coSellListingComplete: yesNo,
  onePager: yesNo,
  pitchDeck: yesNo,
  salesContactPerGeography: yesNo,
  solutionType: z.enum(solutionTypes),
  servicesCredential: yesNo,
  isvConnectEnrolled: yesNo,
  azureConsumedRevenueUsd: usd,
  billedRevenueUsd: usd,
  technicalValidationPassed: yesNo,
  referenceArchitectureDiagram: yesNo,
  teamsOrM365Linked: yesNo,
  monthlySalesUsd: usd,
  qualifiesOn: z.string().check(z.refine(isCalendarDate)),
};

export type AnswerField = keyof typeof fieldSchemas;
export type Answers = { [K in AnswerField]?: z.infer<(typeof fieldSchemas)[K]> };
export type OfferType = (typeof offerTypes)[number];
export type SolutionType = (typeof solutionTypes)[number];
export type Store = (typeof stores)[number];
export const answerFields = Object.keys(fieldSchemas) as readonly AnswerField[];

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

/** What an answer field is told; codes used outside answers (editions, share codes) bring their own words. */
const messages: Partial<Record<IssueCode, string>> = {
  invalid_type: 'has the wrong type',
  unrecognized_key: 'is not a known answer field',
  negative: 'must not be negative',
  not_finite: 'must be a finite number',
  too_large: 'must be at most 1,000,000,000,000',
  invalid_date: 'must be a real date, YYYY-MM-DD',
  invalid_value: 'is not an allowed value',
};

export function issue(path: string, code: IssueCode, detail?: string): Issue {
  return { path, code, message: `${path || 'The input'} ${detail ?? messages[code]}.` };
}

type ZodIssue = { code: string; path: PropertyKey[]; received?: string; message: string };

function toIssue(zodIssue: ZodIssue, field: string): Issue {
  const path = [field, ...zodIssue.path].join('.');
  switch (zodIssue.code) {
    case 'invalid_type':
      return issue(path, zodIssue.received === 'NaN' || zodIssue.received === 'Infinity' ? 'not_finite' : 'invalid_type');
    case 'too_small':
      return issue(path, 'negative');
    case 'too_big':
      return issue(path, 'too_large');
    case 'custom':
      return issue(path, 'invalid_date');
    default:
      return issue(path, 'invalid_value');
  }
}

const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** Any input at all → answers, or every bad field named. Never throws. */
export function validateAnswers(input: unknown): Validated {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [issue('', 'invalid_type', 'must be an object of answers')] };
  }
  const record = input as Record<string, unknown>;
  const answers: Record<string, unknown> = {};
  const errors: Issue[] = [];
  for (const field of answerFields) {
    if (!has(record, field) || record[field] === undefined) continue;
    const parsed = z.safeParse(fieldSchemas[field], record[field]);
    if (!parsed.success) errors.push(...parsed.error.issues.map((i) => toIssue(i as ZodIssue, field)));
    else if (field === 'listedIn' && new Set(parsed.data as Store[]).size !== (parsed.data as Store[]).length) {
      errors.push(issue(field, 'invalid_value', 'lists the same store twice'));
    } else answers[field] = parsed.data;
  }
  for (const key of Object.keys(record)) if (!has(fieldSchemas, key)) errors.push(issue(key, 'unrecognized_key'));
  return errors.length ? { ok: false, errors } : { ok: true, answers: answers as Answers };
}

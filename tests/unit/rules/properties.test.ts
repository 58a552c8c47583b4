import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  answerFields,
  assess,
  editionIds,
  fieldKind,
  offerTypes,
  solutionTypes,
  validateAnswers,
  type Answers,
} from '../../../src/rules/index.ts';
import { answersArb, assessed, fullAnswersArb, rankOf, yesNoFields } from './fixtures.ts';
import { formatUsd } from '../../../src/lib/format.ts';

const editionArb = fc.constantFrom(...editionIds);
/** Thousands of assessments each: on a machine shared with other work they need more than the default 5 s. */
const heavy = 60_000;

/** Inputs that look like answers to a careless check: lists with their own iterator or methods, non-plain objects. */
const hostileArb = fc.oneof(
  fc.constantFrom(
    new Date(),
    () => ({}),
    [{ offerType: 'saas' }],
    new Map([['offerType', 'saas']]),
    new String('saas'),
    0,
    '',
  ),
  fc.record({ offerType: fc.constantFrom('saas', 'power-bi-app') }).chain((answers) =>
    fc.constantFrom(
      { ...answers, listedIn: [42] },
      {
        ...answers,
        listedIn: Object.assign([42], {
          [Symbol.iterator]: function* () {
            yield 'appsource';
          },
        }),
      },
      { ...answers, listedIn: Object.assign(['appsource'], { slice: () => ['bogus'] }) },
      { ...answers, listedIn: Object.assign(['appsource', 'appsource'], { every: () => true }) },
    ),
  ),
);
const isStore = (s: unknown) => s === 'azure-marketplace' || s === 'appsource';

describe('assess, for any input', () => {
  it(
    'never throws, and accepts only a plain object whose keys are answer fields',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.anything({ withNullPrototype: true, withObjectString: true }), hostileArb),
          editionArb,
          (input, edition) => {
            const result = assess(input, edition);
            if (result.ok) {
              expect(typeof input === 'object' && input !== null && !Array.isArray(input)).toBe(true);
              expect([Object.prototype, null]).toContain(Object.getPrototypeOf(input));
              for (const key of Object.keys(input as object)) expect(answerFields).toContain(key);
              // What was checked is what the result was computed from: every listed store is a store.
              const listed = (input as Answers).listedIn;
              if (listed) for (let i = 0; i < listed.length; i++) expect(isStore(listed[i])).toBe(true);
            } else {
              expect(result.errors.length).toBeGreaterThan(0);
            }
          },
        ),
        { numRuns: 3000 },
      );
    },
    heavy,
  );

  it('never throws for input whose reading throws (a getter, a proxy), and says it cannot be read', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const inputs = [
      Object.defineProperty({}, 'offerType', { enumerable: true, get: trap }),
      new Proxy({}, { ownKeys: trap }),
      { listedIn: new Proxy(['azure'], { get: trap }) },
    ];
    for (const input of inputs) {
      for (const edition of editionIds) {
        const result = assess(input, edition);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors.map((e) => e.code)).toContain('malformed');
      }
    }
  });

  it(
    'answers ok: false, naming the field, when one valid answer is replaced by a value outside the schema',
    () => {
      const badValue = fc.oneof(
        fc.string(),
        fc.integer({ min: -1e6, max: -1 }),
        fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 1e13, null, true, [], {}, '2021-02-30'),
      );
      fc.assert(
        fc.property(
          answersArb,
          fc.constantFrom(...answerFields),
          badValue,
          editionArb,
          (answers, field, value, edition) => {
            const input = { ...answers, [field]: value };
            fc.pre(!validateAnswers({ [field]: value }).ok);
            const result = assess(input, edition);
            expect(result.ok).toBe(false);
            if (!result.ok) expect(result.errors.map((e) => e.path.split('.')[0])).toContain(field);
          },
        ),
        { numRuns: 2000 },
      );
    },
    heavy,
  );

  it('answers ok: false for any unknown key', () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.string().filter((k) => !(answerFields as readonly string[]).includes(k) && k !== '__proto__'),
        (answers, key) => {
          const result = assess({ ...answers, [key]: true }, '2021-03');
          expect(result).toMatchObject({ ok: false, errors: [{ path: key, code: 'unrecognized_key' }] });
        },
      ),
    );
  });
});

/** Writes into a result where the audit saw it reach later results: rows, reasons, sources, verdicts, names. */
function vandalize(result: ReturnType<typeof assess>): void {
  if (!result.ok) return;
  const a = result.assessment as unknown as Record<string, any>;
  const attempts = [
    ...a.requirements.flatMap((row: Record<string, any>) => [
      () => (row.met = !row.met),
      () => (row.reason.en = 'POISONED'),
      () => row.sources.push('S-99'),
    ]),
    () => (a.badge.eligible = !a.badge.eligible),
    () => (a.macc.reason.ja = 'POISONED'),
    () => (a.statusName.en = 'POISONED'),
    () => a.fee.caveats.push(a.fee.caveats[0]),
    () => a.caveats.push('POISONED'),
  ];
  for (const attempt of attempts) {
    try {
      attempt();
    } catch {
      // A frozen part refuses the change (strict mode throws): that is the point.
    }
  }
}

describe('results shared between calls', () => {
  // Rows, reasons and benefit results that mention no figure are built once and then shared (per edition,
  // requirement and outcome): whatever was assessed before, a result must equal a first assessment's.
  it(
    'an assessment equals the one a freshly loaded engine gives, whatever was assessed (and done to the results) before',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(answersArb, { minLength: 1, maxLength: 20 }),
          answersArb,
          editionArb,
          async (before, answers, edition) => {
            // A caller that writes into every result it gets must not change anyone's later result.
            for (const earlier of before) for (const id of editionIds) vandalize(assess(earlier, id));
            vi.resetModules();
            const fresh = await import('../../../src/rules/index.ts');
            expect(assess(answers, edition)).toEqual(fresh.assess(answers, edition));
          },
        ),
        { numRuns: 60 },
      );
    },
    heavy,
  );
});

describe('monotonicity: more in the answers never means a lower status', () => {
  it(
    'turning any yes/no answer from no to yes never lowers the status',
    () => {
      fc.assert(
        fc.property(answersArb, fc.constantFrom(...yesNoFields), editionArb, (answers, field, edition) => {
          const before = assessed({ ...answers, [field]: false }, edition);
          const after = assessed({ ...answers, [field]: true }, edition);
          expect(rankOf(edition, after.status)).toBeGreaterThanOrEqual(rankOf(edition, before.status));
        }),
        { numRuns: 3000 },
      );
    },
    heavy,
  );

  it(
    'raising a revenue figure never lowers the status',
    () => {
      const revenueField = fc.constantFrom('azureConsumedRevenueUsd', 'billedRevenueUsd') satisfies fc.Arbitrary<
        keyof Answers
      >;
      const figures = fc.tuple(
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
      );
      fc.assert(
        fc.property(answersArb, revenueField, figures, editionArb, (answers, field, [x, y], edition) => {
          const [low, high] = x <= y ? [x, y] : [y, x];
          const before = assessed({ ...answers, [field]: low }, edition);
          const after = assessed({ ...answers, [field]: high }, edition);
          expect(rankOf(edition, after.status)).toBeGreaterThanOrEqual(rankOf(edition, before.status));
        }),
        { numRuns: 3000 },
      );
    },
    heavy,
  );
});

describe('results that are consistent for any valid answers', () => {
  it(
    'savings are never negative, and a fee that does not apply saves nothing',
    () => {
      fc.assert(
        fc.property(answersArb, editionArb, (answers, edition) => {
          const { fee } = assessed(answers, edition);
          expect(fee.monthlySavingsUsd).toBeGreaterThanOrEqual(0);
          // As a reader sees them: no "-USD 0" for a -0 amount, no five-digit year for a date late in 9999.
          for (const lang of ['ja', 'en'] as const) {
            expect(formatUsd(fee.monthlySavingsUsd, lang)).not.toContain('-');
            expect(formatUsd(fee.annualSavingsUsd, lang)).not.toContain('-');
          }
          if (fee.reducedFrom !== null) expect(fee.reducedFrom).toMatch(/^\d{4}-\d{2}-01$/);
          expect(fee.annualSavingsUsd).toBeGreaterThanOrEqual(0);
          expect(fee.rate).toBeLessThanOrEqual(fee.standardRate);
          if (!fee.applies) expect(fee.monthlySavingsUsd).toBe(0);
        }),
        { numRuns: 3000 },
      );
    },
    heavy,
  );

  it(
    'a status is reached only when every requirement of it and below is met, and missing lists the rest',
    () => {
      fc.assert(
        fc.property(answersArb, editionArb, (answers, edition) => {
          const a = assessed(answers, edition);
          const below = (status: string) => status === 'cosell-ready' || status === a.status;
          if (a.status !== 'not-cosell-ready') {
            for (const r of a.requirements.filter((r) => below(r.status))) expect(r.met, r.id).toBe(true);
          }
          for (const id of a.missing) expect(a.requirements.find((r) => r.id === id)?.met).not.toBe(true);
          expect(a.missing.length === 0 || a.nextStatus !== null).toBe(true);
        }),
        { numRuns: 2000 },
      );
    },
    heavy,
  );
});

describe('undecided verdicts: null only while an open question could still change it', () => {
  // A partial answer set is a complete one with some answers taken away: the complete set is one of its completions.
  const partialAndFull = fullAnswersArb.chain((full) =>
    fc
      .subarray([...answerFields])
      .map((kept) => ({ full, partial: Object.fromEntries(kept.map((f) => [f, full[f]])) as Answers })),
  );
  type Verdicts = { fee: boolean | null; badge: boolean | null; macc: boolean | null; csp: boolean | null };
  const verdictsOf = (answers: Answers, edition: string): Verdicts => {
    const a = assessed(answers, edition);
    return { fee: a.fee.applies, badge: a.badge.eligible, macc: a.macc.eligible, csp: a.cspIncentive.eligible };
  };
  /** Completions of `partial` that lean each way: every open yes/no the same way, amounts at 0 or far above any threshold. */
  const leaning = (partial: Answers, edition: string, yes: boolean): Verdicts[] => {
    const open = answerFields.filter((f) => partial[f] === undefined);
    const filled: Answers = { ...partial };
    for (const f of open) {
      const kind = fieldKind(f).type;
      const set = (v: unknown) => ((filled as Record<string, unknown>)[f] = v);
      if (kind === 'yes-no') set(yes);
      else if (kind === 'amount') set(yes ? 1e9 : 0);
      else if (kind === 'stores') set(yes ? ['azure-marketplace', 'appsource'] : []);
      else if (f === 'firstPublishedOn') set(yes ? '2000-01-01' : '2030-01-01');
    }
    const choices = <T extends string>(field: 'offerType' | 'solutionType', all: readonly T[]) =>
      partial[field] === undefined ? all : [partial[field] as T];
    return choices('offerType', offerTypes).flatMap((offerType) =>
      choices('solutionType', solutionTypes).map((solutionType) =>
        verdictsOf({ ...filled, offerType, solutionType }, edition),
      ),
    );
  };

  it('a decided verdict stays as it is in every completion; an undecided one has completions both ways', () => {
    fc.assert(
      fc.property(partialAndFull, editionArb, ({ full, partial }, edition) => {
        const now = assessed(partial, edition);
        const then = verdictsOf(full, edition);
        const verdicts = { fee: now.fee, badge: now.badge, macc: now.macc, csp: now.cspIncentive } as const;
        let towardYes: Verdicts[] | undefined;
        let towardNo: Verdicts[] | undefined;
        for (const key of ['fee', 'badge', 'macc', 'csp'] as const) {
          const verdict = key === 'fee' ? now.fee.applies : (verdicts[key] as { eligible: boolean | null }).eligible;
          const decidedBy = verdicts[key].decidedBy;
          if (verdict === null) {
            expect(
              (towardYes ??= leaning(partial, edition, true)).some((v) => v[key] === true),
              key,
            ).toBe(true);
            expect(
              (towardNo ??= leaning(partial, edition, false)).some((v) => v[key] === false),
              key,
            ).toBe(true);
            expect(decidedBy.length, key).toBeGreaterThan(0);
            for (const field of decidedBy) expect(partial[field], `${key} waits on ${field}`).toBeUndefined();
          } else {
            expect(then[key], key).toBe(verdict);
            expect(decidedBy, key).toEqual([]);
          }
        }
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});

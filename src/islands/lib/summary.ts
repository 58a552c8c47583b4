/**
 * A calculation as text safe to paste into a support reply: every verdict with its reason and caveats, the
 * edition and its period, the date it was made, the answers it was computed from, and the link. Loaded only
 * when the reader asks for it.
 */
import { fieldKind, type Answers, type AnswerField, type Assessment, type Localized } from '../../rules/browser.ts';
import type { BrowserEngine } from '../../rules/browser.ts';
import type { Locale } from '../../i18n/index.ts';
import { formatDate, formatRate, formatUsd } from '../../lib/format.ts';
import { byUrgency, noStatusCheck, pathToTop } from './path.ts';
import { fill, inLocale, type CalcText } from './text.ts';
import { benefitKeys, questionList, verdictMark, verdictWord, type Decided } from './verdict.ts';

export type SummaryInput = {
  assessment: Assessment;
  answers: Answers;
  /** The fields the form asks for these answers, in its order. */
  fields: readonly AnswerField[];
  editionTitle: string;
  link: string;
  /** The day the summary is made (YYYY-MM-DD). */
  today: string;
  names: BrowserEngine['names'];
  locale: Locale;
  t: CalcText;
};

type Block = { heading: string; lines: string[] };

/** One answer as the form shows it. */
function answerText(field: AnswerField, value: NonNullable<Answers[AnswerField]>, input: SummaryInput): string {
  const { names, locale, t } = input;
  const kind = fieldKind(field).type;
  if (kind === 'yes-no') return t[value ? 'calc.choice.yes' : 'calc.choice.no'];
  if (kind === 'amount') return formatUsd(value as number, locale);
  if (kind === 'date') return formatDate(value as string, locale);
  if (kind === 'stores') {
    const list = (value as (keyof typeof names.stores)[]).map((s) => names.stores[s][locale]);
    return list.length ? list.join(t['calc.list.separator']) : t['calc.summary.noStore'];
  }
  const choices: Record<string, Localized> = field === 'offerType' ? names.offerTypes : names.solutionTypes;
  return choices[value as string]![locale];
}

function blocks(input: SummaryInput): Block[] {
  const { assessment: a, answers, locale, t } = input;
  const say = (text: Localized) => inLocale(text, locale);
  const { period, superseded } = a;
  const periodText = fill(t['calc.summary.period'], {
    from: formatDate(period.from, locale),
    until: period.until ? formatDate(period.until, locale) : t['calc.summary.open'],
  });
  const head = [
    `${t['calc.summary.edition']}: ${input.editionTitle} (${periodText})`,
    `${t['calc.summary.made']}: ${formatDate(input.today, locale)}`,
    `${t['calc.summary.status']}: ${say(a.statusName)}`,
  ];
  if (superseded) head.push(say(superseded.reason));
  const out: Block[] = [{ heading: t['calc.summary.title'], lines: head }];

  const path = pathToTop(a);
  const check = noStatusCheck(a);
  if (check) {
    out.push({ heading: t['calc.path.none'], lines: [say(check.reason)] });
  } else if (path.items.some((r) => r.met !== true)) {
    const open = byUrgency(path.items).filter((r) => r.met !== true);
    out.push({
      heading: a.nextStatusName
        ? fill(t['calc.summary.missing'], { status: say(a.nextStatusName) })
        : t['calc.path.then'],
      lines: open.map(
        (r) =>
          `${say(r.label)} (${t[r.met === false ? 'calc.checklist.unmet' : 'calc.checklist.open']}): ${say(r.reason)}`,
      ),
    });
  }

  const answer = (v: Decided) =>
    v.eligible === null && v.decidedBy?.length
      ? ` ${fill(t['calc.verdict.answer'], { questions: questionList(v.decidedBy, t) })}`
      : '';
  const caveats = (list: readonly Localized[]) => list.map((c) => `${t['calc.caveats']}: ${say(c)}`);
  // The engine's reason opens with the verdict ("Not eligible. Condition: …"): the mark stands beside it, once.
  const verdict = (v: Decided & { reason: Localized; caveats: readonly Localized[] }) => [
    `${verdictMark(v.eligible)} ${say(v.reason)}${answer(v)}`,
    ...caveats(v.caveats),
  ];
  const fee = a.fee;
  const applies: boolean | null = fee.applies;
  const feeLines = [
    `${applies === null ? `${verdictWord(null, t)}. ` : ''}${say(fee.reason)}${answer({ ...fee, eligible: applies })}`,
  ];
  if (applies) {
    feeLines.unshift(
      fill(t['calc.summary.feeLine'], {
        standard: formatRate(fee.standardRate),
        rate: formatRate(fee.rate),
        monthly: formatUsd(fee.monthlySavingsUsd, locale),
        yearly: formatUsd(fee.annualSavingsUsd, locale),
      }),
      ...(fee.reducedFrom ? [`${t['calc.fee.reducedFrom']}: ${formatDate(fee.reducedFrom, locale)}`] : []),
    );
  }
  if (applies !== false) feeLines.push(...caveats(fee.caveats));
  out.push({ heading: t['calc.fee.heading'], lines: feeLines });
  for (const benefit of ['badge', 'macc', 'cspIncentive'] as const) {
    out.push({ heading: t[benefitKeys[benefit]], lines: verdict(a[benefit]) });
  }
  if (a.caveats.length) out.push({ heading: t['calc.caveats'], lines: a.caveats.map((c) => say(c.text)) });

  const given = input.fields.filter((f) => answers[f] !== undefined);
  out.push({
    heading: t['calc.summary.answers'],
    lines: given.length
      ? given.map((f) => `${t[`calc.field.${f}`]}: ${answerText(f, answers[f]!, input)}`)
      : [t['calc.summary.noAnswers']],
  });
  return out;
}

/** The summary as Markdown (headings, lists, a link) or as plain text (for a form that shows no Markdown). */
export function summaryText(input: SummaryInput, format: 'markdown' | 'text'): string {
  const md = format === 'markdown';
  const text = blocks(input)
    .map(({ heading, lines }, i) =>
      [md ? `${i ? '###' : '##'} ${heading}` : heading, '', ...lines.map((l) => `- ${l}`)].join('\n'),
    )
    .join('\n\n');
  const link = md
    ? `[${input.t['calc.summary.link']}](${input.link})`
    : `${input.t['calc.summary.link']}: ${input.link}`;
  return `${text}\n\n${link}\n`;
}

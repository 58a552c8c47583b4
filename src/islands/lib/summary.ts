import type { Assessment } from '../../rules/browser.ts';
import type { Locale } from '../../i18n/index.ts';
import { formatDate, formatRate, formatUsd } from '../../lib/format.ts';
import { fill, inLocale, type CalcText } from './text.ts';

/** A localized Markdown summary of one calculation, for a support reply. */
export function summaryMarkdown(input: {
  assessment: Assessment;
  editionTitle: string;
  link: string;
  locale: Locale;
  t: CalcText;
}): string {
  const { assessment: a, editionTitle, link, locale, t } = input;
  const say = (text: { ja: string; en: string }) => inLocale(text, locale);
  const lines = [
    `## ${t['calc.summary.title']}`,
    '',
    `- **${t['calc.summary.edition']}**: ${editionTitle}`,
    `- **${t['calc.summary.status']}**: ${say(a.statusName)}`,
  ];
  if (a.nextStatusName) {
    lines.push('', `### ${fill(t['calc.summary.missing'], { status: say(a.nextStatusName) })}`, '');
    for (const r of a.requirements.filter((req) => a.missing.includes(req.id))) {
      const mark = r.met === false ? t['calc.checklist.unmet'] : t['calc.checklist.unanswered'];
      lines.push(`- ${say(r.label)} (${mark}): ${say(r.reason)}`);
    }
  }
  lines.push('', `### ${t['calc.summary.fee']}`, '');
  if (a.fee.applies) {
    lines.push(
      `- ${fill(t['calc.summary.feeLine'], {
        standard: formatRate(a.fee.standardRate),
        rate: formatRate(a.fee.rate),
        monthly: formatUsd(a.fee.monthlySavingsUsd, locale),
        yearly: formatUsd(a.fee.annualSavingsUsd, locale),
      })}`,
    );
    if (a.fee.reducedFrom) lines.push(`- ${t['calc.fee.reducedFrom']}: ${formatDate(a.fee.reducedFrom, locale)}`);
  }
  lines.push(`- ${say(a.fee.reason)}`, '');
  const verdicts = [
    [t['calc.verdict.badge'], a.badge],
    [t['calc.verdict.macc'], a.macc],
    [t['calc.verdict.csp'], a.cspIncentive],
  ] as const;
  // The engine's reason opens with the verdict ("Not eligible. Condition: …"), so it stands alone.
  for (const [heading, v] of verdicts) lines.push(`- **${heading}**: ${say(v.reason)}`);
  lines.push('', `[${t['calc.summary.link']}](${link})`, '');
  return lines.join('\n');
}

/** The same answers under every edition, and what changed between consecutive editions. */
import type { AssessResult, Assessment } from './explain.ts';
import type { EngineTexts as Texts, Localized } from '../../build/edition-schema.ts';
import type { EditionId } from './ids.ts';
import { fillLocalized } from './templates.ts';
import { formatRate as percent } from '../../lib/format.ts';

export type ChangeField = 'statusName' | 'status' | 'fee' | 'badge' | 'macc' | 'cspIncentive';
export type EditionChange = { from: EditionId; to: EditionId; field: ChangeField; before: Localized; after: Localized };
/** One edition's result for the answers compared. */
export type ComparedRow = { edition: EditionId; result: AssessResult };
export type EditionComparison = { rows: ComparedRow[]; changes: EditionChange[] };

/** Each compared aspect as a key (equal keys = no change) and the words shown for it. */
function aspects(
  a: Assessment,
  texts: Texts,
): Record<Exclude<ChangeField, 'statusName'>, { key: string; text: Localized }> {
  const p = texts.phrases;
  const fee = a.fee;
  const yesNo = (eligible: boolean | null) => ({
    key: String(eligible),
    text: eligible === null ? p.undecidedShort : eligible ? p.yes : p.no,
  });
  return {
    status: { key: a.status, text: a.statusName },
    fee: {
      key: fee.applies ? `${fee.rate}/${fee.standardRate}` : String(fee.applies),
      text:
        fee.applies === null
          ? p.undecidedShort
          : !fee.applies
            ? p.feeNone
            : fee.rate === fee.standardRate
              ? { ja: percent(fee.rate), en: percent(fee.rate) }
              : fillLocalized(p.feeSummary, { rate: percent(fee.rate), standard: percent(fee.standardRate) }),
    },
    badge: yesNo(a.badge.eligible),
    macc: yesNo(a.macc.eligible),
    cspIncentive:
      a.cspIncentive.rate === null
        ? yesNo(a.cspIncentive.eligible)
        : {
            key: String(a.cspIncentive.rate),
            text: fillLocalized(p.cspSummary, { rate: percent(a.cspIncentive.rate) }),
          },
  };
}

/** The rows (every edition, oldest first) and what changed from one edition to the next. */
export function compareResults(rows: ComparedRow[], texts: Texts): EditionComparison {
  const changes: EditionChange[] = [];
  for (let i = 1; i < rows.length; i++) {
    const before = rows[i - 1];
    const after = rows[i];
    if (!before.result.ok || !after.result.ok) continue;
    const b = before.result.assessment;
    const c = after.result.assessment;
    const at = { from: before.edition, to: after.edition };
    const aspectsBefore = aspects(b, texts);
    const aspectsAfter = aspects(c, texts);
    if (b.status === c.status && (b.statusName.ja !== c.statusName.ja || b.statusName.en !== c.statusName.en)) {
      changes.push({ ...at, field: 'statusName', before: b.statusName, after: c.statusName });
    }
    for (const field of ['status', 'fee', 'badge', 'macc', 'cspIncentive'] as const) {
      if (aspectsBefore[field].key !== aspectsAfter[field].key) {
        changes.push({ ...at, field, before: aspectsBefore[field].text, after: aspectsAfter[field].text });
      }
    }
  }
  return { rows, changes };
}

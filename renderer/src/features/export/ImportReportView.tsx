import type { ImportResult } from '../../../../shared/contract/domains/export';
import type { ImportReport } from '../../../../shared/model/export';

/**
 * What an import did (ADR 076): annotations created, those placed on an edited passage by fuzzy
 * re-anchoring (new and old quote side by side, so the analyst can check them), those that could not
 * be placed (orphaned), and what else was skipped and why.
 */
export function ImportReportView({ report }: { report: ImportReport | ImportResult }) {
  const reanchored = 'reanchored' in report ? report.reanchored : [];
  const orphaned = 'orphaned' in report ? report.orphaned : [];
  const orphanIds = new Set(orphaned.map((o) => o.item));
  const skipped = report.skipped.filter((s) => !orphanIds.has(s.item));
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return (
    <div role="status" className="export-import-report">
      Imported {n(report.created, 'annotation')}.
      {reanchored.length > 0 && (
        <section aria-label="Re-anchored">
          <strong>{n(reanchored.length, 'passage')} edited since export, re-anchored — please check:</strong>
          <ul>
            {reanchored.map((r) => (
              <li key={r.item}>
                “{r.quote}”{' '}
                <span className="muted">
                  (was “{r.was}”, {r.docId}, score {r.score.toFixed(2)})
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {orphaned.length > 0 && (
        <section aria-label="Orphaned">
          <strong>{n(orphaned.length, 'passage')} could not be placed (orphaned):</strong>
          <ul>
            {orphaned.map((o) => (
              <li key={o.item}>
                {o.item}: {o.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {skipped.length > 0 && (
        <section aria-label="Skipped">
          <strong>{n(skipped.length, 'item')} skipped:</strong>
          <ul>
            {skipped.map((s) => (
              <li key={s.item}>
                {s.item}: {s.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

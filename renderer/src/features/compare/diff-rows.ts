import type { DiffOp } from './word-diff';

/** A piece of one side of a compare row: plain shared text or a difference. */
export interface DiffPiece {
  start: number;
  end: number;
  changed: boolean;
}

/** One aligned row of the compare view: the left and right pieces of the same passage. */
export interface DiffRow {
  left: DiffPiece[];
  right: DiffPiece[];
  changed: boolean;
}

/** Groups diff ops into rows that break at the left text's line breaks, so shared paragraphs line up. */
export function diffRows(ops: readonly DiffOp[]): DiffRow[] {
  const rows: DiffRow[] = [];
  let row: DiffRow = { left: [], right: [], changed: false };
  for (const op of ops) {
    if (op.op !== 'added' && op.left.end > op.left.start)
      row.left.push({ ...op.left, changed: op.op === 'removed' });
    if (op.op !== 'removed' && op.right.end > op.right.start)
      row.right.push({ ...op.right, changed: op.op === 'added' });
    if (op.op !== 'equal') row.changed = true;
    if (op.break) {
      rows.push(row);
      row = { left: [], right: [], changed: false };
    }
  }
  if (row.left.length || row.right.length) rows.push(row);
  return rows;
}

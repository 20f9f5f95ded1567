import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { DecisionSchema, type Decision } from '../../../shared/model/entity';
import type { Session } from '../session';
import type { SidecarCollection } from '../sidecar/collection';
import { sidecarFor } from '../sidecar/store';

/**
 * One analyst decision as a sidecar record (`.dossier/entity-decisions.json`). The log is replayed in
 * `seq` order over freshly recognised clusters; undo flips `state` rather than deleting, so redo works
 * and the sidecar keeps the history.
 */
export const DecisionRecordSchema = z.object({
  id: z.string(),
  seq: z.number().int().min(0),
  at: z.string(),
  state: z.enum(['active', 'undone']),
  decision: DecisionSchema,
});
/** A {@link DecisionRecordSchema} value. */
export type DecisionRecord = z.infer<typeof DecisionRecordSchema>;

/** Schema version of the decision records (bump and add a migration when the shape changes). */
const VERSION = 1;

/** The minimal store the entities service needs; the sidecar collection implements it, tests may fake it. */
export interface DecisionLog {
  /** Active decisions in the order they were made. */
  active(): Decision[];
  /** Every record, oldest first. */
  records(): DecisionRecord[];
  append(decision: Decision): Promise<DecisionRecord>;
  /** Marks the newest active decision undone; returns it, or null when there is nothing to undo. */
  undo(): Promise<DecisionRecord | null>;
  /** Re-activates the most recently undone decision; null when there is nothing to redo. */
  redo(): Promise<DecisionRecord | null>;
  onChange(listener: () => void): () => void;
}

/** A {@link DecisionLog} over a sidecar collection (atomic writes, backups, multi-host merge). */
export class SidecarDecisionLog implements DecisionLog {
  constructor(private readonly col: SidecarCollection<DecisionRecord>) {}

  /** Every record, oldest first. */
  records(): DecisionRecord[] {
    return this.col.all().sort((a, b) => a.seq - b.seq || a.id.localeCompare(b.id));
  }

  /** Active decisions in order. */
  active(): Decision[] {
    return this.records()
      .filter((r) => r.state === 'active')
      .map((r) => r.decision);
  }

  /** Appends a decision; a new decision drops the redo history (as every editor does). */
  async append(decision: Decision): Promise<DecisionRecord> {
    const all = this.records();
    for (const r of all) if (r.state === 'undone') await this.col.remove(r.id);
    const seq = (all[all.length - 1]?.seq ?? 0) + 1;
    const record: DecisionRecord = {
      id: `d${String(seq).padStart(6, '0')}-${randomBytes(3).toString('hex')}`,
      seq,
      at: new Date().toISOString(),
      state: 'active',
      decision,
    };
    await this.col.put(record);
    return record;
  }

  /** Undoes the newest active decision. */
  async undo(): Promise<DecisionRecord | null> {
    const last = this.records()
      .filter((r) => r.state === 'active')
      .pop();
    if (!last) return null;
    const undone = { ...last, state: 'undone' as const };
    await this.col.put(undone);
    return undone;
  }

  /** Redoes the oldest of the undone decisions that follow the active ones. */
  async redo(): Promise<DecisionRecord | null> {
    const next = this.records().find((r) => r.state === 'undone');
    if (!next) return null;
    const redone = { ...next, state: 'active' as const };
    await this.col.put(redone);
    return redone;
  }

  /** Subscribes to changes (this host's or another host's saves). */
  onChange(listener: () => void): () => void {
    return this.col.onChange(() => listener());
  }
}

/** Opens the decision log of the session's open folder. */
export async function openDecisionLog(session: Session): Promise<DecisionLog> {
  const col = await sidecarFor(session).collection<DecisionRecord>(
    'entity-decisions',
    DecisionRecordSchema,
    VERSION,
  );
  return new SidecarDecisionLog(col);
}

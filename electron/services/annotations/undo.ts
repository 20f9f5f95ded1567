import type { Annotation } from '../../../shared/model/annotation';

/** Steps kept per session; older ones fall off (each is a full before/after snapshot, so small). */
const MAX_STEPS = 200;

/** One record's change: null before = created, null after = deleted. */
export interface Change {
  before: Annotation | null;
  after: Annotation | null;
}

/** One undoable action. */
export interface Step {
  label: string;
  changes: Change[];
}

/** What the UI's undo and redo show. */
export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

/** A session's undo and redo stacks of annotation actions. */
export class UndoStack {
  private readonly done: Step[] = [];
  private readonly undone: Step[] = [];

  /** Records a new action (clears redo, as every editor does). */
  push(step: Step): void {
    this.done.push(step);
    if (this.done.length > MAX_STEPS) this.done.shift();
    this.undone.length = 0;
  }

  /** The step to undo, moved to the redo stack; undefined when there is none. */
  popUndo(): Step | undefined {
    const step = this.done.pop();
    if (step) this.undone.push(step);
    return step;
  }

  /** The step to redo, moved back to the undo stack. */
  popRedo(): Step | undefined {
    const step = this.undone.pop();
    if (step) this.done.push(step);
    return step;
  }

  /** Puts a step back where it came from when applying it failed. */
  restore(step: Step, from: 'undo' | 'redo'): void {
    if (from === 'undo') {
      this.undone.pop();
      this.done.push(step);
    } else {
      this.done.pop();
      this.undone.push(step);
    }
  }

  /** The state for the UI. */
  state(): UndoState {
    return {
      canUndo: this.done.length > 0,
      canRedo: this.undone.length > 0,
      undoLabel: this.done.at(-1)?.label ?? null,
      redoLabel: this.undone.at(-1)?.label ?? null,
    };
  }
}

import { screen, type Rectangle } from 'electron';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../services/fs/atomic-write';

const BoundsSchema = z.object({
  // null: not placed yet (the system centres the window). Negative numbers are real positions: a display
  // to the left of or above the primary one has them.
  x: z.number().nullable(),
  y: z.number().nullable(),
  width: z.number().min(400),
  height: z.number().min(300),
  maximized: z.boolean(),
});
/** Saved window geometry. */
export type SavedBounds = z.infer<typeof BoundsSchema>;

const DEFAULT: SavedBounds = { x: null, y: null, width: 1400, height: 900, maximized: false };

/** Reads the last window bounds; falls back when missing, corrupt, or off every current display. */
export function loadBounds(file: string): SavedBounds {
  try {
    const saved = BoundsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    return isVisible(saved) ? saved : DEFAULT;
  } catch {
    return DEFAULT;
  }
}

/** Saves bounds atomically (called on move/resize, debounced by the caller, and on close). */
export async function saveBounds(file: string, bounds: SavedBounds): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, JSON.stringify(bounds));
}

function isVisible(b: SavedBounds): boolean {
  const { x, y } = b;
  if (x === null || y === null) return true;
  return screen
    .getAllDisplays()
    .some(
      ({ workArea: a }: { workArea: Rectangle }) =>
        x < a.x + a.width && x + b.width > a.x && y < a.y + a.height && y + b.height > a.y,
    );
}

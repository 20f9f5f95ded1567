/** Record shapes of the migration-kill scenario: schema 1 has `body`, schema 2 renames it `text` and adds `words`. */
import { z } from 'zod';
import type { Migrations } from '../../electron/services/sidecar/migrate';

/** A schema-1 note. */
export const NoteV1 = z.object({ id: z.string(), body: z.string() });
/** A schema-2 note. */
export const NoteV2 = z.object({ id: z.string(), text: z.string(), words: z.number().int() });
/** Schema 1 → 2. */
export const MIGRATIONS: Migrations = {
  1: (v) => {
    const old = NoteV1.parse(v);
    return { id: old.id, text: old.body, words: old.body.split(/\s+/).filter(Boolean).length };
  },
};
